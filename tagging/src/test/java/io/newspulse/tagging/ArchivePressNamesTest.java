package io.newspulse.tagging;

import static io.newspulse.tagging.BuiltInTagger.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.avro.Company;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Companies of three kinds of news the knowledge base missed (knowledge base 2026.12.05-5: curated lines written
 * from the companies' own names, see docs/knowledge-base.md): English business and entertainment news of 2004-05
 * (companies merged, renamed or gone since), the German-language press of Austria, Germany and Switzerland, and
 * Japanese portal news (internet, film, games, sport, lifestyle). The sentences are written for this test, not taken
 * from articles.
 */
class ArchivePressNamesTest {
    @Test
    void shouldTagBritishCompaniesOfTheMidTwoThousandsThatHaveGoneSince() {
        assertThat(ids("Shares in Mowlem and Taylor Woodrow rose after the bid from Carillion.", "en"))
                .contains("mowlem", "taylor-woodrow", "carillion");
        assertThat(ids("Energis was bought by Cable & Wireless, and Amvescap sold a stake to Cazenove.", "en"))
                .contains("energis", "amvescap", "cazenove");
        assertThat(ids("The chairman of Allders said the department store chain had called in administrators.", "en"))
                .contains("allders");
        assertThat(ids("Analysts said the takeover of Powergen by E.ON would cut costs.", "en"))
                .contains("powergen", "eon");
    }

    @Test
    void shouldTagAmericanAndEuropeanCompaniesOfTheDotComAftermath() {
        assertThat(ids("Oracle completed its purchase of PeopleSoft, and Adobe agreed to buy Macromedia.", "en"))
                .contains("macromedia");
        assertThat(ids("Sprint agreed to merge with Nextel in a deal worth $35bn.", "en")).contains("sprint", "nextel");
        assertThat(ids("The trial of former Enron executives opened in Houston.", "en")).contains("enron");
        assertThat(ids("Gazprom said it would bid for Yuganskneftegaz.", "en")).contains("gazprom");
        assertThat(ids("Infogrames, which now trades as Atari, cut its forecast; Eidos and SCi Entertainment held talks.",
                "en")).contains("atari", "eidos", "sci-entertainment");
    }

    @Test
    void shouldLinkAFormerCompanyToItsSuccessor() {
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        assertThat(kb.get("amvescap").map(Company::getSuccessorId).map(String::valueOf)).contains("invesco");
        assertThat(kb.get("scottish-power").map(Company::getSuccessorId).map(String::valueOf)).contains("iberdrola");
        assertThat(kb.get("boehler-uddeholm").map(Company::getSuccessorId).map(String::valueOf))
                .contains("voestalpine");
        assertThat(kb.get("kanebo").map(Company::getSuccessorId).map(String::valueOf)).contains("kao");
    }

    @Test
    void shouldNotTagPeoplePlacesAndWordsThatShareANewName() {
        assertThat(ids("Singer Jarvis Cocker said the band would tour in the spring.", "en")).doesNotContain("jarvis");
        assertThat(ids("The barons forced the king to seal the Magna Carta in 1215.", "en"))
                .doesNotContain("magna-international");
        assertThat(ids("The actor who plays Sirius Black said filming had ended.", "en"))
                .doesNotContain("sirius-satellite-radio");
        assertThat(ids("The ferry crossed the Hudson after dark.", "en")).doesNotContain("hudson-soft");
        assertThat(ids("The Mars rover sent back new pictures of the crater.", "en")).doesNotContain("rover-group");
        assertThat(ids("Die Quelle des Flusses liegt hoch in den Alpen.", "de")).doesNotContain("quelle");
        assertThat(ids("Die Premiere des Films fand am Abend in Wien statt.", "de")).doesNotContain("premiere");
        assertThat(ids("地図帳のアトラスを本屋で買った。", "ja")).doesNotContain("atlus");
    }

    @Test
    void shouldTagAustrianCompaniesByTheNamesTheGermanLanguagePressWrites() {
        assertThat(ids("Die RBI und die Vienna Insurance Group legten ihre Quartalszahlen vor.", "de"))
                .contains("raiffeisen-bank-international", "vienna-insurance-group");
        assertThat(ids("Böhler-Uddeholm wurde von der Voestalpine übernommen.", "de"))
                .contains("boehler-uddeholm", "voestalpine");
        assertThat(ids("Der Stromkonzern Verbund erhöht die Preise für Haushaltskunden.", "de")).contains("verbund");
        assertThat(ids("Die Kelag und die Kommunalkredit unterzeichneten einen Kreditvertrag.", "de"))
                .contains("kelag", "kommunalkredit");
        assertThat(ids("Bei Kuka und Hugo Boss stiegen die Aktien.", "de")).contains("kuka", "hugo-boss");
    }

    @Test
    void shouldTagJapanesePortalCompaniesByTheirKatakanaAndKanjiNames() {
        assertThat(ids("ライブドアは新しいブログサービスを始めた。", "ja")).contains("livedoor");
        assertThat(ids("松竹と東映が共同で映画を配給する。", "ja")).contains("shochiku", "toei");
        assertThat(ids("ヨネックスとミズノが新しいラケットを発表した。", "ja")).contains("yonex", "mizuno");
        assertThat(ids("スカパーの加入者が増えた。", "ja")).contains("sky-perfect-jsat");
        assertThat(ids("アトラスはペルソナシリーズの新作ゲームを発表した。", "ja")).contains("atlus");
    }
}
