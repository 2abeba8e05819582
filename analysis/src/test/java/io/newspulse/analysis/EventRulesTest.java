package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.tagging.CompanyMatch;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event attribution rules: who an event belongs to, and when a trigger is history rather than news. */
class EventRulesTest {
    private final SentimentAnalyzer analyzer = SentimentAnalyzer.builtIn();

    private Set<EventCode> events(String title, String body, String company, String... others) {
        return eventsIn("en", title, body, company, others);
    }

    private Set<EventCode> eventsIn(String lang, String title, String body, String company, String... others) {
        String[] names = new String[others.length + 1];
        names[0] = company;
        System.arraycopy(others, 0, names, 1, others.length);
        List<CompanyMatch> matches = Articles.matches(title, body, names);
        return analyzer.analyze(title, body, lang, matches).of(Articles.id(company)).events();
    }

    @Test
    void shouldCodeAircraftPurchaseAsSupplyDealNotTakeover() {
        String body = "Russian carrier Aeroflot has negotiated the purchase of 22 new Boeing 787 aircraft. "
                + "The supply deal with Boeing is worth $3 billion.";

        assertThat(events("Aeroflot orders Boeing jets", body, "Aeroflot", "Boeing"))
                .contains(EventCode.PARTNERSHIP).doesNotContain(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldStillCodeStakePurchaseAsAcquisition() {
        assertThat(Orders.isOrder("bought 51% of the company".toCharArray(), 0)).isFalse();
        assertThat(Orders.isOrder("purchase of 1.5 million shares".toCharArray(), 0)).isFalse();
        assertThat(Orders.isOrder("purchase of 22 new aircraft".toCharArray(), 0)).isTrue();
    }

    @Test
    void shouldNotCodeAnEarlierDealInTheSameSentenceAsNews() {
        String body = "Yahoo, who bought HotJobs in 2001 for $436 million, agreed last month to sell Zimbra to "
                + "VMware in 2010. The sale of Zimbra was completed in 2010.";

        assertThat(events(null, body, "HotJobs", "Yahoo", "Zimbra")).doesNotContain(EventCode.MERGER_ACQUISITION);
        assertThat(events(null, body, "Zimbra", "Yahoo", "HotJobs")).contains(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldKeepTheTakeoverToThePartiesTheTitleNamesNotToAnEarlierTarget() {
        String title = "Alpha to acquire Betamalt for $5 billion";
        String body = "Alpha said on Monday it will acquire Betamalt Systems for $5 billion in cash. The boards of "
                + "both companies have approved the acquisition. The deal follows the purchase of rival Gammaco by "
                + "Alpha in March.";

        assertThat(events(title, body, "Gammaco", "Alpha", "Betamalt Systems"))
                .doesNotContain(EventCode.MERGER_ACQUISITION);
        assertThat(events(title, body, "Betamalt Systems", "Alpha", "Gammaco")).contains(EventCode.MERGER_ACQUISITION);
        assertThat(events(title, body, "Alpha", "Betamalt Systems", "Gammaco")).contains(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldNotCodeNewJobsAsJobCuts() {
        assertThat(events(null, "Norvale is to build a new warehouse near Leeds, creating 800 jobs.", "Norvale"))
                .contains(EventCode.INVESTMENT).doesNotContain(EventCode.LAYOFFS);
        assertThat(events(null, "Norvale is to cut 800 jobs at its Leeds warehouse.", "Norvale"))
                .contains(EventCode.LAYOFFS);
    }

    @Test
    void shouldCodeJapaneseCompanyWithPercentageAndDirectionAsShareMove() {
        String body = "東和電機の株価が4%上昇した一方、北西食品は3%下落した。";

        assertThat(eventsIn("ja", null, body, "北西食品", "東和電機")).contains(EventCode.STOCK_MOVE);
        assertThat(analyzer.analyze(null, body, "ja", Articles.matches(null, body, "北西食品", "東和電機"))
                .of(Articles.id("北西食品")).sentiment()).isLessThan(-0.1);
    }

    @Test
    void shouldNotCodeAListedCompanyOrACourtFilingAsFinancingOrLawsuit() {
        assertThat(eventsIn("ja", null, "東和電機は東証プライム市場に上場している。", "東和電機"))
                .doesNotContain(EventCode.FINANCING);
        assertThat(eventsIn("ja", null, "北西食品は東京地裁に民事再生法の適用を申請した。", "北西食品"))
                .contains(EventCode.BANKRUPTCY).doesNotContain(EventCode.LEGAL_REGULATORY);
    }

    @Test
    void shouldCodeJapaneseProductHazardsAsSafetyEvents() {
        assertThat(eventsIn("ja", "東和電機の携帯電話用電池パックが破裂", null, "東和電機"))
                .contains(EventCode.RECALL_SAFETY);
        assertThat(eventsIn("ja", "北西食品の菓子から有害物質を検出", null, "北西食品")).contains(EventCode.RECALL_SAFETY);
        assertThat(eventsIn("ja", "南海急行の特急列車がトンネル内で緊急停止", null, "南海急行"))
                .contains(EventCode.RECALL_SAFETY);
    }

    @Test
    void shouldTreatMergerThatFormedTheCompanyAsBackground() {
        String body = "Tata Steel agreed to buy Corus for $12 billion. Corus, which was formed by the merger of "
                + "British Steel and Hoogovens, employs 47,300 people. The takeover was approved by the board.";

        assertThat(events(null, body, "Hoogovens", "Tata Steel", "Corus", "British Steel"))
                .doesNotContain(EventCode.MERGER_ACQUISITION);
        assertThat(events(null, body, "Corus", "Tata Steel", "British Steel", "Hoogovens"))
                .contains(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldNotGiveTheRatingEventToTheRatingAgency() {
        String body = "Moody's downgraded Barclays by one notch on Tuesday. Barclays shares fell 3%. "
                + "Fitch also downgraded the lender.";

        assertThat(events(null, body, "Moody's", "Barclays")).doesNotContain(EventCode.RATING);
        assertThat(events(null, body, "Barclays", "Moody's")).contains(EventCode.RATING);
    }

    @Test
    void shouldNotGiveTheEventToTheCompanyQuotedAsSource() {
        String body = "According to Teikoku Databank, the builder Sanko filed for bankruptcy with debts of 5 billion "
                + "yen. Its creditors met on Monday. The company had 300 employees.";

        assertThat(events(null, body, "Teikoku Databank", "Sanko")).doesNotContain(EventCode.BANKRUPTCY);
        assertThat(events(null, body, "Sanko", "Teikoku Databank")).contains(EventCode.BANKRUPTCY);
    }

    @Test
    void shouldNotReadCompanyQuittingAMarketAsExecutiveChange() {
        assertThat(events("Shell quits Irish fuel retail market", "Shell has sold its Irish retail business.",
                "Shell")).doesNotContain(EventCode.EXECUTIVE_CHANGE);
        assertThat(events("Shell chief executive quits", "The chairman of Shell will take over.", "Shell"))
                .contains(EventCode.EXECUTIVE_CHANGE);
    }

    @Test
    void shouldKeepYahooExclamationMarkInsideTheSentence() {
        String body = "Yahoo! has purchased Ludicorp, the company which owns Flickr. Yahoo! will pay $30 million "
                + "for the acquisition.";

        assertThat(events("Yahoo! buys Flickr", body, "Yahoo!", "Ludicorp", "Flickr"))
                .contains(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldNotReadAWordInsideACompanyNameAsATrigger() {
        String body = "金融庁は28日、朝日火災海上保険に業務改善命令を出した。朝日火災海上保険は無資格で保険を販売していた。";

        assertThat(eventsIn("ja", "朝日火災海上保険に業務改善命令", body, "朝日火災海上保険"))
                .contains(EventCode.LEGAL_REGULATORY).doesNotContain(EventCode.RECALL_SAFETY);
    }

    @Test
    void shouldNotGiveTheEventToACompanyNamedInABracketedAside() {
        String body = "新生銀行とあおぞら銀行は1日、合併することで合意した。合併行の社長に就任する池田氏(前足利銀行頭取)は"
                + "会見で抱負を述べた。合併後の行名は未定。";

        assertThat(eventsIn("ja", "新生銀行とあおぞら銀行が合併へ", body, "足利銀行", "新生銀行", "あおぞら銀行"))
                .doesNotContain(EventCode.EXECUTIVE_CHANGE, EventCode.MERGER_ACQUISITION);
        assertThat(eventsIn("ja", "新生銀行とあおぞら銀行が合併へ", body, "あおぞら銀行", "新生銀行", "足利銀行"))
                .contains(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldReferBothCompaniesToTheStoryPair() {
        String body = "Continental Airlines and United Airlines announced plans to merge on Monday. "
                + "Analysts at Barclays expect the deal to close this year. "
                + "The stock price of both companies rose when news of their merger was announced.";

        assertThat(events("Continental and United Airlines to merge", body, "United Airlines",
                "Continental Airlines", "Barclays")).contains(EventCode.STOCK_MOVE);
        assertThat(events("Continental and United Airlines to merge", body, "Barclays",
                "Continental Airlines", "United Airlines")).doesNotContain(EventCode.STOCK_MOVE);
    }

    @Test
    void shouldNotCountTheMergerAgreementAsAPartnership() {
        String body = "Japan Tobacco signed a merger agreement with Katokichi on Monday. "
                + "The merger will create the largest frozen food maker in Japan. Katokichi shares rose 4%.";

        assertThat(events(null, body, "Katokichi", "Japan Tobacco"))
                .contains(EventCode.MERGER_ACQUISITION).doesNotContain(EventCode.PARTNERSHIP);
    }

    @Test
    void shouldNotGiveTheRatingToTheFirmsThatHandItOut() {
        String body = "Intel shares fell 11% on Tuesday. A number of research firms including Citigroup and UBS "
                + "handed downgrades to Intel stock today. Moody's said it may review the chipmaker.";

        assertThat(events(null, body, "Citigroup", "UBS", "Intel", "Moody's")).doesNotContain(EventCode.RATING);
        assertThat(events(null, body, "Moody's", "UBS", "Intel", "Citigroup")).doesNotContain(EventCode.RATING);
        assertThat(events(null, body, "Intel", "UBS", "Citigroup", "Moody's")).contains(EventCode.RATING);
    }

    @Test
    void shouldGiveJapaneseSubjectlessClausesToTheTitleCompany() {
        String body = "警視庁は13日、トンボ鉛筆の会長を逮捕した。朝日新聞によると、会長は15日付で辞任すると発表した。"
                + "後任は決まっていない。";

        assertThat(eventsIn("ja", "トンボ鉛筆会長を逮捕", body, "トンボ鉛筆", "朝日新聞"))
                .contains(EventCode.EXECUTIVE_CHANGE);
        assertThat(eventsIn("ja", "トンボ鉛筆会長を逮捕", body, "朝日新聞", "トンボ鉛筆"))
                .doesNotContain(EventCode.EXECUTIVE_CHANGE);
    }

    @Test
    void shouldReadACompanyFallingByAPercentageAsAStockMove() {
        String body = "Ryanair shares fell 12% on Tuesday after a profit warning. Easyjet has declined 11%. "
                + "Other airlines also lost ground.";

        assertThat(events(null, body, "Easyjet", "Ryanair")).contains(EventCode.STOCK_MOVE);
    }

    @Test
    void shouldNotReadIntegratingAServiceAsAMerger() {
        String body = "マイクロソフトは6月27日、産経新聞と提携した。マイクロソフトはニュースサービスと事業を統合させる。"
                + "10月から新サイトを公開する。";

        assertThat(eventsIn("ja", null, body, "マイクロソフト", "産経新聞")).doesNotContain(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldReadAKoreanSalesHaltAsASafetyEvent() {
        String body = "삼성전자는 갤럭시 노트7 교환품에 대해 판매와 교환을 잠정 중단하기로 결정했다고 밝혔다. "
                + "삼성전자는 고객의 안전을 최우선으로 고려하여 판매를 중단했다.";

        assertThat(eventsIn("ko", "갤럭시 노트7, 판매 중단", body, "삼성전자")).contains(EventCode.RECALL_SAFETY);
    }

    @Test
    void shouldReferTheCompanyToTheCompanyOfTheTitle() {
        String body = "US regulators fined Toyota $16 million in April 2010. The fine is the largest ever against an "
                + "automaker, dwarfing a $1 million fine against General Motors in 2004. Officials said the company "
                + "had committed other violations and could face further fines.";

        assertThat(events("Toyota fined over recalls", body, "General Motors", "Toyota"))
                .doesNotContain(EventCode.LEGAL_REGULATORY);
        assertThat(events("Toyota fined over recalls", body, "Toyota", "General Motors"))
                .contains(EventCode.LEGAL_REGULATORY);
    }

    @Test
    void shouldGiveAJapaneseInsolvencyToTheSubjectNearestTheTrigger() {
        String body = "会社更生計画では、シティドーム社を100%減資した上で、オリックス不動産がそれを9月1日付けで買い取る。"
                + "大阪市は売却を歓迎した。";

        assertThat(eventsIn("ja", null, body, "オリックス不動産", "シティドーム社")).doesNotContain(EventCode.BANKRUPTCY);
        assertThat(eventsIn("ja", null, body, "シティドーム社", "オリックス不動産")).contains(EventCode.BANKRUPTCY);
    }

    @Test
    void shouldPassOverTheMakerOfAProductNamedInPassingInJapanese() {
        String body = "東西通信が、北光電機製の端末の電池に不具合があり、約2万台を回収すると発表した。同社は原因を調べている。";

        assertThat(eventsIn("ja", null, body, "東西通信", "北光電機")).contains(EventCode.RECALL_SAFETY);
    }
}
