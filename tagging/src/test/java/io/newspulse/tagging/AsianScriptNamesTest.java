package io.newspulse.tagging;

import static io.newspulse.tagging.BuiltInTagger.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.avro.Company;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * A self-check, not a benchmark: what knowledge base 2026.12.05-3 added (issue 16, recall on unseen news in Asian
 * scripts; docs/knowledge-base.md): foreign companies written in Korean, Japanese and Chinese script, former
 * companies and groups, exchanges, and Chinese short forms, each with the ordinary-word trap it brings. The
 * sentences are written for this test, not taken from articles.
 */
class AsianScriptNamesTest {
    private static Company company(String id) {
        return CompanyKnowledgeBase.builtIn().companies().stream()
                .filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldTagAmbiguousForeignCompanyByItsUnambiguousAsianScriptNameAlone() {
        // Apple and Alphabet need evidence (apple, alphabet are words); 애플, グーグル, 谷歌 are only the companies
        assertThat(ids("미국의 IT 기업 애플의 최고경영자가 사퇴했다.", "ko")).containsExactly("apple");
        assertThat(ids("グーグルは新しい検索サービスを始めた。", "ja")).containsExactly("alphabet");
        assertThat(ids("谷歌宣布推出新的搜索服务。", "zh")).containsExactly("alphabet");
    }

    @Test
    void shouldNotTagAsianScriptNameThatIsAnOrdinaryWordWithoutEvidence() {
        assertThat(ids("苹果价格上涨了百分之五。", "zh")).isEmpty(); // apple, the fruit
        assertThat(ids("아마존 열대우림이 불타고 있다.", "ko")).isEmpty(); // the Amazon rainforest
        assertThat(ids("小米和大米的价格都上涨了。", "zh")).isEmpty(); // millet
        assertThat(ids("其中石油产量增长了百分之三。", "zh")).isEmpty(); // 其中 + 石油, not 中石油
        assertThat(ids("다음 달에 새 제품을 발표한다.", "ko")).isEmpty(); // 다음 = next, not Daum
    }

    @Test
    void shouldTagForeignCompaniesByTheirKoreanJapaneseAndChineseNames() {
        assertThat(ids("시만텍과 맥아피가 보안 제품을 발표했다.", "ko")).containsExactly("gen-digital", "mcafee");
        assertThat(ids("シマンテックはウイルス対策ソフトの新版を発売した。", "ja")).containsExactly("gen-digital");
        assertThat(ids("百事可乐宣布涨价。", "zh")).containsExactly("pepsico");
        assertThat(ids("Sales of Kellogg's cereals fell in Europe.", "en")).containsExactly("kellanova");
    }

    @Test
    void shouldTagChineseShortFormsOfStateOwnedGroupsBanksAndBrands() {
        assertThat(ids("中石油和中石化宣布上调成品油价格。", "zh")).containsExactly("petrochina", "sinopec");
        assertThat(ids("建行和农行公布了上半年业绩。", "zh"))
                .containsExactly("china-construction-bank", "agricultural-bank-of-china");
        assertThat(ids("招行今年净利润增长。", "zh")).containsExactly("china-merchants-bank");
        assertThat(ids("顺丰今年营收增长。", "zh")).containsExactly("sf-holding");
        assertThat(ids("小米发布了新款智能手机。", "zh")).containsExactly("xiaomi");
    }

    @Test
    void shouldKeepTaiwanCompanyApartFromMainlandCompanyOfTheSameShortName() {
        // 中石化 is Sinopec in mainland news and China Petrochemical Development on the Taiwan exchange: two companies
        assertThat(company("tw-1314").getCountry()).isEqualTo("TW");
        assertThat(company("sinopec").getAliases().get("en")).doesNotContain("China Petrochemical Development");
    }

    @Test
    void shouldTagFormerCompanyByItsOwnNameAndLinkItToItsSuccessor() {
        assertThat(ids("Shares of EADS fell after the delay of the A380.", "en")).containsExactly("eads");
        assertThat(company("eads").getSuccessorId()).isEqualTo("airbus");
        assertThat(ids("三越は来年春に新店舗を開く。", "ja")).containsExactly("mitsukoshi");
        assertThat(company("mitsukoshi").getSuccessorId()).isEqualTo("isetan-mitsukoshi");
        assertThat(ids("ウィルコムとイー・モバイルが新料金を発表した。", "ja")).containsExactly("willcom", "emobile");
    }

    @Test
    void shouldTagGroupByItsShortNameInKoreanAndWithEvidenceInEnglish() {
        assertThat(ids("삼성은 새 회장을 선임했다.", "ko")).containsExactly("samsung-group");
        assertThat(ids("이재용 삼성전자 부회장은 삼성의 노조 문제를 사과했다.", "ko"))
                .containsExactlyInAnyOrder("samsung-electronics", "samsung-group");
        assertThat(ids("Virgin Group founder Richard Branson said the airline would expand.", "en"))
                .containsExactly("virgin-group");
        assertThat(ids("The company is registered in the British Virgin Islands.", "en")).isEmpty();
    }

    @Test
    void shouldNotTakePlacesThatShareAGroupsOrAirlinesShortNameForTheCompany() {
        // "Virgin" and "Northwest" alone are places and names far more often than the companies, and capitals
        // mid-sentence (the evidence rule) do not tell them apart: only the full names count
        assertThat(ids("The storm passed over the U.S. Virgin Islands, and residents prayed to the Virgin Mary.", "en")).isEmpty();
        assertThat(ids("Smoke from fires in the Pacific Northwest reached Seattle as Northwest winds rose.", "en")).isEmpty();
        assertThat(ids("Northwest Airlines said it would cut flights from Minneapolis.", "en")).containsExactly("northwest-airlines");
    }

    @Test
    void shouldTagExchangesAsCompanies() {
        assertThat(ids("東証は午後の取引を停止した。", "ja")).containsExactly("tokyo-stock-exchange");
        assertThat(company("tokyo-stock-exchange").getParentId()).isEqualTo("japan-exchange");
        assertThat(ids("한국거래소는 거래를 정지했다.", "ko")).containsExactly("korea-exchange");
        assertThat(ids("日経平均株価は続落した。", "ja")).isEmpty();
    }

    @Test
    void shouldTagPossessiveNameWrittenWithoutItsApostrophe() {
        assertThat(ids("Shares in McDonalds rose after the results.", "en")).containsExactly("mcdonalds");
        assertThat(ids("Morrisons and Sainsburys cut prices.", "en")).contains("sainsburys");
    }

    @Test
    void shouldTagJapaneseElectronicsAndInternetFirmsButNotTheWordsTheirNamesAre() {
        assertThat(ids("モトローラは新型スマートフォンを発表した。", "ja")).containsExactly("motorola");
        assertThat(ids("パイオニアはカーナビの新製品を発表した。", "ja")).containsExactly("pioneer-corporation");
        assertThat(ids("パイオニア精神で新しい事業に挑む。", "ja")).isEmpty(); // pioneer spirit
        assertThat(ids("グリーはソーシャルゲームの売上が伸びた。", "ja")).containsExactly("gree");
        assertThat(ids("ドラマ「glee/グリー」の新シーズンが始まる。", "ja")).isEmpty();
        assertThat(ids("ニコニコ動画の会員数が増えた。", "ja")).containsExactly("dwango"); // a brand of Dwango
        assertThat(ids("다이슨이 무선청소기 신제품을 출시했다.", "ko")).containsExactly("dyson");
        assertThat(ids("Netaji Subhas Chandra Bose was a leader of the independence movement.", "en")).isEmpty();
    }

    @Test
    void shouldTagChineseInternetCompaniesButNotThePhrasesTheirNamesAreIn() {
        assertThat(ids("搜狐和爱奇艺公布了季度财报。", "zh")).containsExactly("sohu-com", "iqiyi");
        assertThat(ids("唯品会的营收增长了。", "zh")).containsExactly("vipshop");
        assertThat(ids("滴滴出行宣布进入新的城市。", "zh")).containsExactly("didi-global");
        assertThat(ids("生活中的点点滴滴都值得记录。", "zh")).isEmpty(); // bits and pieces
        assertThat(ids("法国新浪潮电影在影史上很重要。", "zh")).isEmpty(); // the New Wave, not Sina
        assertThat(ids("你饿了么？我们去吃饭吧。", "zh")).isEmpty(); // "are you hungry?", not Ele.me
    }

    @Test
    void shouldTellKoreanGroupsApartAndTagKoreanRetailersByTheirKoreanNames() {
        // Hyundai Group (현대엘리베이터...) and Hyundai Motor Group split in 2000: two groups
        assertThat(ids("현대그룹과 현대차그룹이 각각 사장단 인사를 발표했다.", "ko"))
                .containsExactlyInAnyOrder("hyundai-group", "hyundai-motor-group");
        assertThat(ids("에쓰오일과 이마트, 홈플러스가 가격을 내렸다.", "ko"))
                .containsExactlyInAnyOrder("s-oil", "emart", "homeplus");
        assertThat(ids("배달의민족이 수수료를 올렸다.", "ko")).containsExactly("woowa-brothers"); // a brand
        assertThat(ids("백두산에 눈이 내렸다.", "ko")).isEmpty(); // 두산 inside a mountain's name
        // Korean baseball writes a team by its owner's short name: 두산 alone needs evidence of the group
        assertThat(ids("SK는 11월 4일부터 두산과의 한국시리즈 경기를 진행하고 있다.", "ko")).doesNotContain("doosan-group");
        assertThat(ids("두산은 두산에너빌리티의 원전 사업을 키운다.", "ko")).contains("doosan-group");
    }
}
