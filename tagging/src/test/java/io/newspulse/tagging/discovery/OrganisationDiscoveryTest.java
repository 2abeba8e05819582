package io.newspulse.tagging.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationDiscoveryTest {
    private final OrganisationDiscovery discovery = OrganisationDiscovery.patternsOnly();

    private List<String> texts(String body, String lang) {
        return discovery.discover(null, body, lang).stream().map(Discovered::text).toList();
    }

    private List<String> ids(String body, String lang) {
        return discovery.discover(null, body, lang).stream().map(Discovered::id).distinct().toList();
    }

    @Test
    void shouldDiscoverUnknownCompanyByLegalForm() {
        assertThat(texts("Shares in Acme Widgets plc fell 5% after the warning.", "en"))
                .containsExactly("Acme Widgets plc");
        assertThat(texts("Electrical power generator Calpine Corporation declared bankruptcy.", "en"))
                .containsExactly("Calpine Corporation");
        assertThat(texts("Der Vorstand der Windkraft Nord AG trat zurück.", "de")).containsExactly("Windkraft Nord AG");
        assertThat(texts("La société Dupont Frères S.A. a annoncé des pertes.", "fr")).containsExactly("Dupont Frères S.A.");
    }

    @Test
    void shouldNotReadTheWordAfterANamesLegalSuffixAsACompany() {
        // 주식회사 closes "SK주식회사" here; it does not open a name "측은" ("the side of ... said")
        assertThat(ids("SK주식회사 측은 분기 매출이 증가했다고 밝혔다.", "ko")).doesNotContain("org:측은");
        assertThat(texts("주식회사 한빛소재는 신규 공장을 세운다.", "ko")).contains("주식회사 한빛소재");
    }

    @Test
    void shouldNotDiscoverOrganisationEndingInPartialLegalForm() {
        // 株 after a name is its share (headlines: "X株が急伸"), not the start of a longer name
        assertThat(texts("株式会社ミライ工房株が急落した。", "ja")).containsExactly("株式会社ミライ工房");
        assertThat(texts("株式会社ミライ工房株価は下落した。株式会社ミライ工房株主総会は来月開く。", "ja"))
                .containsExactly("株式会社ミライ工房", "株式会社ミライ工房");
        assertThat(ids("株式会社ミライ工房株式の売却を決めた。", "ja")).containsExactly("org:ミライ工房");
        assertThat(texts("株式会社ミライ工房は新製品を出した。", "ja")).containsExactly("株式会社ミライ工房");
        assertThat(texts("주식회사 한빛소재주식회 관계자는 말했다.", "ko")).containsExactly("주식회사 한빛소재");
        assertThat(discovery.discover("株式会社明治株が急伸、決算が予想上回る", "", "ja"))
                .extracting(Discovered::id).allSatisfy(id -> assertThat(id).doesNotEndWith("株").doesNotEndWith("株式"));
    }

    @Test
    void shouldCountLaterMentionsWithoutTheLegalForm() {
        List<Discovered> found = discovery.discover(null,
                "Calpine Corporation declared bankruptcy. Calpine blamed gas prices.", "en");
        assertThat(found).extracting(Discovered::text).containsExactly("Calpine Corporation", "Calpine");
        assertThat(found).extracting(Discovered::id).containsOnly("org:calpine");
    }

    @Test
    void shouldDiscoverUnknownCompanyByIndustryHeadNoun() {
        assertThat(texts("Passengers of Eos Airlines were stranded at the airport.", "en"))
                .containsExactly("Eos Airlines");
    }

    @Test
    void shouldDiscoverUnknownCompanyByCorporateContext() {
        assertThat(texts("Ford hired law firm Sidley Austin to investigate.", "en")).contains("Sidley Austin");
        assertThat(texts("According to a report by UpGuard, a cybersecurity firm, the data leaked.", "en"))
                .containsExactly("UpGuard");
        assertThat(texts("The bank bought a stake in Transocean last year.", "en")).containsExactly("Transocean");
        assertThat(texts("He said Zorblax's chief executive would resign.", "en")).containsExactly("Zorblax");
        assertThat(texts("Zorblax (NYSE: ZBX) jumped 4%.", "en")).containsExactly("Zorblax");
    }

    @Test
    void shouldNotTreatSaidAsCorporateEvidence() {
        assertThat(texts("Yesterday John Smith said the plan would fail. Mary Jones announced her retirement.",
                "en")).isEmpty();
    }

    @Test
    void shouldNotDiscoverInstitutionsPlacesOrPeople() {
        assertThat(texts("The Federal Reserve Bank and the Asian Development Bank met the Ministry of Finance.",
                "en")).isEmpty();
        assertThat(texts("Julien Talavan, a spokesman for Force Ouvrière, the main Airbus union, spoke.", "en"))
                .isEmpty();
        assertThat(texts("Students at Stanford University and members of the Teamsters Union protested.", "en"))
                .isEmpty();
        assertThat(texts("日本銀行と世界銀行、東京大学、日本サッカー協会が会合を開いた。", "ja")).isEmpty();
        assertThat(texts("한국은행은 기준금리를 동결했다.", "ko")).isEmpty();
    }

    @Test
    void shouldDropLeadingFunctionWordsAndNationalities() {
        assertThat(texts("German Acme Widgets AG bought American Zorblax Inc. on Monday.", "en"))
                .containsExactly("Acme Widgets AG", "Zorblax Inc.");
    }

    @Test
    void shouldNotDiscoverSportsTeams() {
        assertThat(texts("The Hokkaido Fighters Group won; FC Zorblax Holdings lost.", "en")).isEmpty();
    }

    @Test
    void shouldSkipTitleWrittenInTitleCase() {
        assertThat(discovery.discover("Acme Widgets Holdings Posts Record Profit In Strong Quarter", "", "en"))
                .isEmpty();
    }

    @Test
    void shouldDiscoverJapaneseCompaniesByLegalFormAndMarkers() {
        assertThat(texts("株式会社センターロードは破産した。", "ja")).containsExactly("株式会社センターロード");
        assertThat(texts("平成電電株式会社が民事再生法の適用を申請した。", "ja")).containsExactly("平成電電株式会社");
        assertThat(texts("ミートホープ社の社長が逮捕された。", "ja")).containsExactly("ミートホープ社");
        assertThat(texts("徳島銀行と香川銀行が経営統合する。", "ja")).containsExactly("徳島銀行", "香川銀行");
        assertThat(texts("丸三証券の元社員が逮捕された。", "ja")).containsExactly("丸三証券");
    }

    @Test
    void shouldDiscoverJapaneseCompaniesByContextCues() {
        assertThat(texts("英会話学校・NOVAが名古屋の会社に事業を譲渡した。", "ja")).containsExactly("NOVA");
        assertThat(texts("文具メーカー・トンボ鉛筆会長が逮捕された。", "ja")).containsExactly("トンボ");
        assertThat(texts("化粧品メーカー・カネボウ化粧品の売却先が決まった。", "ja")).containsExactly("カネボウ化粧品");
        assertThat(texts("製品を製造したマンナンライフ(本社:群馬県富岡市)は回収を始めた。", "ja"))
                .containsExactly("マンナンライフ");
        assertThat(texts("旭川電気軌道(旭川市)は事業から撤退する。", "ja")).containsExactly("旭川電気軌道");
        assertThat(texts("大阪書籍が民事再生法の適用を申請した。", "ja")).containsExactly("大阪書籍");
        assertThat(texts("負債総額は帝国データバンクの調べで30億円。", "ja")).containsExactly("帝国データバンク");
        assertThat(texts("同州と子会社「コナミデジタルエンタテインメント」が契約した。", "ja"))
                .containsExactly("コナミデジタルエンタテインメント");
        assertThat(texts("加ト吉の子会社が偽装した。", "ja")).containsExactly("加ト吉");
        assertThat(texts("ミートホープの元社長を起訴した。", "ja")).containsExactly("ミートホープ");
    }

    @Test
    void shouldNotTakeOfficesPeopleOrCountsForCompaniesByJapaneseContextCues() {
        assertThat(texts("警察の調べによると、総務省の調べでも同じだった。", "ja")).isEmpty();
        assertThat(texts("山田太郎容疑者(東京都)が逮捕された。", "ja")).isEmpty();
        assertThat(texts("同社が民事再生法の適用を申請した。", "ja")).isEmpty();
        assertThat(texts("英国に239店・4350人従業員を抱える。", "ja")).isEmpty();
        assertThat(texts("新製品が発売された。", "ja")).isEmpty();
    }

    @Test
    void shouldCountAHeadlineMentionOfANameTheBodyIntroduces() {
        List<Discovered> found = discovery.discover("加ト吉、冷凍食品を回収", "加ト吉の子会社が偽装した。", "ja");
        assertThat(found).extracting(Discovered::text, Discovered::inTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("加ト吉", true),
                        org.assertj.core.groups.Tuple.tuple("加ト吉", false));
    }

    @Test
    void shouldNotDiscoverGenericJapaneseWords() {
        assertThat(texts("同社は大手証券や地方銀行、有価証券、同銀行について述べた。", "ja")).isEmpty();
        assertThat(texts("東京証券取引所は取引を停止した。", "ja")).isEmpty();
        assertThat(texts("武装グループが村を襲った。", "ja")).isEmpty();
    }

    @Test
    void shouldDiscoverKoreanCompanies() {
        assertThat(texts("부산저축은행과 대전 저축은행이 영업정지를 당했다.", "ko"))
                .containsExactly("부산저축은행", "대전 저축은행");
        assertThat(texts("(주)롯데쇼핑은 과자를 수입했다.", "ko")).containsExactly("(주)롯데쇼핑");
        assertThat(texts("SGS사는 조사 결과를 발표했다.", "ko")).containsExactly("SGS사");
        assertThat(texts("KB국민카드와 농협카드의 회원 정보가 유출됐다.", "ko")).containsExactly("KB국민카드", "농협카드");
        assertThat(texts("신용카드와 체크카드 사용이 늘었다.", "ko")).isEmpty();
    }

    @Test
    void shouldDiscoverChineseCompanies() {
        assertThat(ids("阿里巴巴集团宣布收购饿了么。", "zh")).containsExactly("org:阿里巴巴集团");
        assertThat(texts("这家公司和该公司都没有回应。", "zh")).isEmpty();
        assertThat(ids("消息来自斯沃琪集团。", "zh")).containsExactly("org:斯沃琪集团");
    }

    @Test
    void shouldFindJapaneseOrganisationNounsWithKuromojiOnlyInCorporateContext() {
        OrganisationDiscovery kuromoji = OrganisationDiscovery.withKuromoji();
        assertThat(kuromoji.usesKuromoji()).isTrue();
        List<String> found = kuromoji.discover(null, "トヨタは決算を発表した。", "ja").stream()
                .map(Discovered::text).toList();
        assertThat(found).containsExactly("トヨタ");
        assertThat(kuromoji.discover(null, "トヨタの車が走っている。", "ja")).isEmpty();
        assertThat(kuromoji.discover(null, "トヨタは決算を発表した。", "en")).isEmpty();
    }
}
