package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision traps: teams, joint ventures, people and places that carry a company's name are not the company. */
class TrapRulesTest {
    private final Tagger tagger = TestCompanies.tagger();

    private List<String> ids(String body, String lang) {
        return tagger.tag(null, body, lang).stream().map(CompanyMatch::companyId).toList();
    }

    @Test
    void shouldNotTagBaseballTeamAsItsOwner() {
        assertThat(ids("読売ジャイアンツが阪神タイガースに3-2で勝った。", "ja"))
                .doesNotContain("yomiuri", "hanshin");
        assertThat(ids("The Yomiuri Giants beat the Hanshin Tigers 3-2.", "en"))
                .doesNotContain("yomiuri", "hanshin");
    }

    @Test
    void shouldNotReadAGeneratedKanjiOnlyJapaneseNameInChineseText() {
        assertThat(ids("国際証券は投資家向けの説明会を開いた。", "ja")).contains("jp-org-kokusai");
        assertThat(ids("国際証券市场方面，日本和美国股市普遍上涨。", "zh")).doesNotContain("jp-org-kokusai");
        assertThat(ids("日立在中国扩大投资。", "zh")).contains("hitachi"); // curated names still match
    }

    @Test
    void shouldNotTagAMarketIndexAsTheCompanyThatNamesIt() {
        assertThat(ids("Yahoo dragged down the Nasdaq Composite Index on Wednesday.", "en")).doesNotContain("nasdaq-inc");
        assertThat(ids("The Nasdaq 100 fell 2%.", "en")).doesNotContain("nasdaq-inc");
        assertThat(ids("日経平均株価は反発した。", "ja")).doesNotContain("nikkei");
        assertThat(ids("Nasdaq said it will list the shares.", "en")).contains("nasdaq-inc");
        assertThat(ids("日経によると、同社は撤退する。", "ja")).contains("nikkei");
        assertThat(ids("A Boeing 777 landed safely.", "en")).contains("boeing");
    }

    @Test
    void shouldNotTagAPlatformSomeonePostsOnAsTheCompany() {
        assertThat(ids("The mayor gave his condolences via Twitter on Sunday.", "en")).doesNotContain("x-corp");
        assertThat(ids("He posted a message on Twitter blaming the rebels.", "en")).doesNotContain("x-corp");
        assertThat(ids("She deleted her Twitter account last year.", "en")).doesNotContain("x-corp");
        assertThat(ids("Twitter said its revenue rose as advertisers returned.", "en")).contains("x-corp");
        assertThat(ids("Twitter posts record revenue.", "en")).contains("x-corp");
        assertThat(ids("The government announced a ban on Twitter last week.", "en")).contains("x-corp");
    }

    @Test
    void shouldNotTagAVenueNamedAfterItsSponsor() {
        assertThat(ids("The game at Hitachi Stadium was postponed.", "en")).doesNotContain("hitachi");
        assertThat(ids("日立球場で行われた試合は延期された。", "ja")).doesNotContain("hitachi");
        assertThat(ids("Hitachi said it would build a stadium in Osaka.", "en")).contains("hitachi");
    }

    @Test
    void shouldNotTagKoreanBaseballTeamAsItsOwner() {
        assertThat(ids("SK 와이번스가 한국시리즈에서 우승했다.", "ko")).doesNotContain("sk-group");
    }

    @Test
    void shouldNotTagFootballClubAsItsSponsor() {
        assertThat(ids("Bayer 04 Leverkusen drew 1-1 with Schalke on Saturday.", "en")).doesNotContain("bayer");
    }

    @Test
    void shouldNotTagWorksTeamAsItsCompany() {
        assertThat(ids("前身の日立サッカー部時代から数えて5回目の優勝。", "ja")).doesNotContain("hitachi");
    }

    @Test
    void shouldStillTagTheOwnerWhenNamedAsCompanyInTheSameArticle() {
        assertThat(ids("The Yomiuri Giants won. Yomiuri Corp. owns the team.", "en")).contains("yomiuri");
    }

    @Test
    void shouldTagJointVentureAsOneUnlinkedCompanyNotItsParents() {
        List<CompanyMatch> matches = tagger.tag(null, "Fuji Xerox will cut 1,000 jobs, the copier maker said.", "en");
        assertThat(matches).extracting(CompanyMatch::companyId).containsExactly("org:fuji-xerox");
        assertThat(matches.get(0).linked()).isFalse();
        assertThat(matches.get(0).companyName()).isEqualTo("Fuji Xerox");
    }

    @Test
    void shouldTagThreeWordJointVentureAsOneCompany() {
        assertThat(ids("Nokia Siemens Networks won a contract.", "en")).containsExactly("org:nokia-siemens-networks");
    }

    @Test
    void shouldTagJapaneseJointVentureAsOneCompany() {
        assertThat(ids("富士ゼロックスは新製品を発表した。", "ja")).containsExactly("org:富士ゼロックス");
    }

    @Test
    void shouldStillTagBothCompaniesWhenListed() {
        assertThat(ids("Nokia and Siemens agreed; Fujifilm, Xerox too.", "en"))
                .containsExactlyInAnyOrder("nokia", "siemens", "fujifilm", "xerox");
    }

    @Test
    void shouldNotTagPersonSharingTheCompanyName() {
        assertThat(ids("The book was written by Michael Dell in 1999.", "en")).doesNotContain("dell");
        assertThat(ids("Dell said sales rose; founder Michael Dell was upbeat.", "en")).contains("dell");
    }

    @Test
    void shouldNotReadAnArticleOrCategoryNounBeforeAGermanCompanyAsAGivenName() {
        assertThat(ids("Auch Siemens streicht Stellen.", "de")).contains("siemens");
        assertThat(ids("Der Elektrokonzern Siemens verkauft mehr Züge.", "de")).contains("siemens");
        assertThat(ids("Der Flugzeugbauer Boeing liefert weniger Jets aus.", "de")).contains("boeing");
        assertThat(ids("Selon Samsung, les ventes ont progressé.", "fr")).contains("samsung");
        assertThat(ids("Das Buch schrieb Michael Dell im Jahr 1999.", "de")).doesNotContain("dell");
    }

    @Test
    void shouldNotTagKoreanDistrictNamedLikeTheCompany() {
        assertThat(ids("서울 삼성동 코엑스에서 행사가 열렸다.", "ko")).doesNotContain("samsung");
        assertThat(ids("삼성은 새 휴대폰을 출시했다.", "ko")).contains("samsung");
    }
}
