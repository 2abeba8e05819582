package io.newspulse.tagging;

import static io.newspulse.tagging.BuiltInTagger.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.avro.Company;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Companies of the second round of classes of news (knowledge base 2026.12.06-1: curated lines written from the
 * companies' own names, see docs/knowledge-base.md): Japanese portal news (chains, railways, agencies, game makers,
 * private firms), the German-language press of Austria and Switzerland (state and private firms, regional banks),
 * English business news of 2004-05 (companies bought, renamed or gone since; non-listed firms), and the words,
 * places and people that share a new name. The sentences are written for this test, not taken from articles.
 */
class RegionalPressNamesTest {
    @Test
    void shouldTagJapaneseChainsRailwaysAndAgenciesByTheNamesPortalNewsWrites() {
        assertThat(ids("すき家と丸亀製麺、ミスタードーナツが値上げを発表した。西友も追随した。", "ja"))
                .contains("jp-7550", "marugame-seimen", "jp-4665", "seiyu");
        assertThat(ids("サイゼリヤとワークマンは2日、新しい店舗を発表した。", "ja")).contains("jp-7581", "jp-7564");
        assertThat(ids("京急と名鉄、西鉄が運賃の値上げを申請した。", "ja")).contains("jp-9006", "jp-9048", "jp-9031");
        assertThat(ids("スターダストプロモーションと研音の所属俳優が共演する。", "ja"))
                .contains("stardust-promotion", "ken-on");
        assertThat(ids("サイゲームスとフロム・ソフトウェアの新作が発表された。", "ja")).contains("cygames", "fromsoftware");
        assertThat(ids("コーセーとファンケル、カルビーが新商品を発表した。", "ja")).contains("jp-4922", "jp-4921", "jp-2229");
        assertThat(ids("東宝東和とショウゲートが配給する。", "ja")).contains("toho-towa", "showgate");
    }

    @Test
    void shouldNotTagARegionOrAWordThatAJapaneseShortFormRunsInto() {
        assertThat(ids("京阪神の天気は晴れ。京阪間の移動は電車が便利だ。", "ja")).doesNotContain("jp-9045");
        assertThat(ids("京阪は2日、新しい特急車両を発表した。", "ja")).contains("jp-9045");
        assertThat(ids("ガストが強く吹いた。", "ja")).isEmpty();
    }

    @Test
    void shouldTagAustrianAndSwissStateAndPrivateFirms() {
        assertThat(ids("Die Asfinag erhöht die Maut, die ÖBB und die Wiener Linien die Ticketpreise.", "de"))
                .contains("asfinag", "wiener-linien");
        assertThat(ids("Die Hypo Noe und die Raiffeisenlandesbank Oberösterreich legten Zahlen vor.", "de"))
                .contains("hypo-noe", "rlb-oberoesterreich");
        assertThat(ids("Almdudler, Stiegl und die Berglandmilch erhöhen die Preise.", "de"))
                .contains("almdudler", "stiegl", "berglandmilch");
        assertThat(ids("Swietelsky und Habau bauen das Projekt gemeinsam.", "de"))
                .contains("swietelsky", "habau");
        assertThat(ids("Die Zürcher Kantonalbank und Postfinance senken die Zinsen.", "de"))
                .contains("zuercher-kantonalbank", "postfinance");
        assertThat(ids("Die Mediaprint, Puls 4 und Servus TV verhandeln mit willhaben.", "de"))
                .contains("mediaprint", "puls-4", "servus-tv", "willhaben");
    }

    @Test
    void shouldNotTagGermanWordsPlacesAndPeopleThatShareANewName() {
        assertThat(ids("Auf der Westbahn zwischen Wien und Salzburg kam es am Montag zu Verspätungen.", "de"))
                .doesNotContain("westbahn");
        assertThat(ids("Über dem Dach stieg dichter Rauch auf, die Feuerwehr rückte aus.", "de"))
                .doesNotContain("rauch");
        assertThat(ids("Vom Gipfel des Pilatus hat man einen Blick auf den Vierwaldstättersee.", "de"))
                .doesNotContain("pilatus-aircraft");
        assertThat(ids("Der Unfall geschah in der Ottakringer Straße am Abend.", "de")).doesNotContain("ottakringer");
        assertThat(ids("Die Netzfrequenz liegt bei 50 Hertz.", "de")).doesNotContain("hertz-global");
        assertThat(ids("Der Skiläufer Andreas Egger gewann das Rennen in Kitzbühel.", "de")).doesNotContain("egger");
        assertThat(ids("In der Steiermark, lateinisch Styria, regnete es.", "de")).doesNotContain("styria-media-group");
    }

    @Test
    void shouldTagEnglishCompaniesOfTwoThousandFourThatHaveGoneSince() {
        assertThat(ids("Shares in Guidant rose after Boston Scientific raised its offer; Maytag and Texaco fell.", "en"))
                .contains("guidant", "boston-scientific", "maytag", "texaco");
        assertThat(ids("Bank One and FleetBoston were bought by bigger rivals, and Knight Ridder was sold.", "en"))
                .contains("bank-one", "fleetboston", "knight-ridder");
        assertThat(ids("The deal for May Department Stores will make Federated Department Stores the largest.", "en"))
                .contains("may-department-stores", "federated-department-stores");
        assertThat(ids("Petronas, Sonatrach and PDVSA raised output, while Bechtel won the contract.", "en"))
                .contains("petronas", "sonatrach", "pdvsa", "bechtel");
    }

    @Test
    void shouldNotTagEnglishPlacesAndPeopleThatShareAFormerCompanysName() {
        assertThat(ids("The fire started in National City, near San Diego, officials said.", "en"))
                .doesNotContain("national-city");
        assertThat(ids("He signed with a flourish worthy of John Hancock.", "en")).doesNotContain("john-hancock");
        assertThat(ids("The signal oscillates at 50 Hertz, the engineer said.", "en")).doesNotContain("hertz-global");
        assertThat(ids("The gymnast landed a handspring on the beam.", "en")).doesNotContain("handspring");
    }

    @Test
    void shouldLinkFormerCompaniesToTheirSuccessors() {
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        assertThat(kb.get("guidant").map(Company::getSuccessorId).map(String::valueOf)).contains("boston-scientific");
        assertThat(kb.get("may-department-stores").map(Company::getSuccessorId).map(String::valueOf))
                .contains("macy-s");
        assertThat(kb.get("sears-roebuck").map(Company::getSuccessorId).map(String::valueOf))
                .contains("sears-holdings");
        assertThat(kb.get("texaco").map(Company::getSuccessorId).map(String::valueOf)).contains("chevron");
    }

    @Test
    void shouldNotTagKaiInsideTheNameOfAResearchInstitute() {
        assertThat(ids("한국항공우주연구원은 2일 누리호 발사 일정을 발표했다.", "ko")).doesNotContain("kr-047810");
        assertThat(ids("한국항공우주는 2일 새로운 전투기 수출 계약을 발표했다.", "ko")).contains("kr-047810");
    }
}
