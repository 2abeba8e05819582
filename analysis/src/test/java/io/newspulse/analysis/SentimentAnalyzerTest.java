package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.tagging.CompanyMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentAnalyzerTest {
    private final SentimentAnalyzer analyzer = SentimentAnalyzer.builtIn();

    private ArticleSentiment analyze(String title, String body, String lang, String... companies) {
        List<CompanyMatch> matches = Articles.matches(title, body, companies);
        return analyzer.analyze(title, body, lang, matches);
    }

    private static double sentiment(ArticleSentiment a, String company) {
        return a.of(Articles.id(company)).sentiment();
    }

    @Test
    void shouldGiveTheArticlesToneToItsSubjectWhenItHasNoStanceOfItsOwn() {
        String title = "Acme Motors publishes its annual report";
        String body = "Acme Motors published its annual report on Monday. Sales across the industry collapsed and demand"
                + " slumped sharply. Dealers warned of heavy losses and the market plunged. The report was printed by Beta Print.";
        List<CompanyMatch> matches = Articles.matches(title, body, "Acme Motors", "Beta Print").stream()
                .map(m -> new CompanyMatch(m.companyId(), m.companyName(), m.inTitle() ? 0.9 : 0.1, m.count(), m.inTitle(), m.spans()))
                .toList();

        ArticleSentiment a = analyzer.analyze(title, body, "en", matches);

        assertThat(a.tone()).isLessThan(-0.1);
        assertThat(sentiment(a, "Acme Motors")).as("the title's company takes the tone").isEqualTo(a.tone());
        assertThat(sentiment(a, "Beta Print")).as("a company named in passing keeps its own (no) stance").isZero();
    }

    @Test
    void shouldScoreRivalNegativeAndSubjectPositiveInContrastSentence() {
        ArticleSentiment a = analyze(null, "Honda's profit fell while Toyota gained market share.", "en",
                "Honda", "Toyota");

        assertThat(sentiment(a, "Honda")).isLessThan(-0.1);
        assertThat(sentiment(a, "Toyota")).isGreaterThan(0.1);
    }

    @Test
    void shouldScoreEachSideOfButSeparately() {
        ArticleSentiment a = analyze(null, "Nissan reported weak sales in Europe, but Mazda posted record profits.",
                "en", "Nissan", "Mazda");

        assertThat(sentiment(a, "Nissan")).isLessThan(-0.1);
        assertThat(sentiment(a, "Mazda")).isGreaterThan(0.1);
    }

    @Test
    void shouldReadNarrowedLossAsPositive() {
        ArticleSentiment a = analyze(null, "Sony said its net loss narrowed to 20 billion yen in the quarter.", "en",
                "Sony");

        assertThat(sentiment(a, "Sony")).isGreaterThan(0.1);
        assertThat(a.of("sony").events()).contains(EventCode.EARNINGS);
    }

    @Test
    void shouldReadWidenedLossAndFallingProfitAsNegative() {
        assertThat(sentiment(analyze(null, "Nokia's losses widened to 300 million euros.", "en", "Nokia"), "Nokia"))
                .isLessThan(-0.1);
        assertThat(sentiment(analyze(null, "Pre-tax profit at Barclays fell 20%.", "en", "Barclays"), "Barclays"))
                .isLessThan(-0.1);
    }

    @Test
    void shouldReadCutOutlookAndSlidingSharesAsNegativeWithEvents() {
        ArticleSentiment a = analyze("Unilever cuts its outlook, shares slide", null, "en", "Unilever");

        assertThat(sentiment(a, "Unilever")).isLessThan(-0.1);
        assertThat(a.of("unilever").events()).contains(EventCode.GUIDANCE, EventCode.STOCK_MOVE);
    }

    @Test
    void shouldReadBeatForecastsAndUpgradeAsPositive() {
        assertThat(sentiment(analyze("Intel beats forecasts", null, "en", "Intel"), "Intel")).isGreaterThan(0.1);
        ArticleSentiment upgraded = analyze("Analysts upgraded Siemens to buy", null, "en", "Siemens");
        assertThat(sentiment(upgraded, "Siemens")).isGreaterThan(0.1);
        assertThat(upgraded.of("siemens").events()).contains(EventCode.RATING);
    }

    @Test
    void shouldReadDowngradeAsNegativeRating() {
        ArticleSentiment a = analyze("Moody's downgraded Ford to junk", null, "en", "Ford");

        assertThat(sentiment(a, "Ford")).isLessThan(-0.1);
        assertThat(a.of("ford").events()).contains(EventCode.RATING);
    }

    @Test
    void shouldFlipPolarityUnderNegation() {
        double plain = analyze(null, "Revenue at Adidas rose this year.", "en", "Adidas").tone();
        double negated = analyze(null, "Revenue at Adidas did not rise this year.", "en", "Adidas").tone();

        assertThat(plain).isGreaterThan(0.1);
        assertThat(negated).isLessThanOrEqualTo(0.0);
    }

    @Test
    void shouldShareSentimentBetweenCompaniesJoinedByAnd() {
        ArticleSentiment a = analyze(null, "Toyota and Honda reported record profits.", "en", "Toyota", "Honda");

        assertThat(sentiment(a, "Toyota")).isGreaterThan(0.1);
        assertThat(sentiment(a, "Honda")).isGreaterThan(0.1);
    }

    @Test
    void shouldAttributeSentenceReferringBackToTheLastCompany() {
        ArticleSentiment a = analyze(null,
                "Siemens held its annual meeting in Munich on Tuesday. The company said net profit plunged 40%.",
                "en", "Siemens");

        assertThat(sentiment(a, "Siemens")).isLessThan(-0.1);
    }

    @Test
    void shouldNotBlameTheAgentOfAPassive() {
        ArticleSentiment a = analyze("Barclays credit rating cut by Moody's", null, "en", "Barclays", "Moody's");

        assertThat(sentiment(a, "Barclays")).isLessThan(-0.1);
        assertThat(sentiment(a, "Moody's")).isBetween(-0.1, 0.1);
    }

    @Test
    void shouldLeaveAMereMentionNeutral() {
        ArticleSentiment a = analyze(null,
                "The conference in Berlin was attended by delegates from Siemens and Bosch, the organisers said.",
                "en", "Siemens", "Bosch");

        assertThat(a.of("siemens")).isEqualTo(new CompanySentiment(0, java.util.Set.of()));
        assertThat(a.tone()).isEqualTo(0.0);
    }

    @Test
    void shouldDetectUpwardRevisionInJapanese() {
        ArticleSentiment a = analyze(null, "トヨタ自動車は8日、2024年3月期の連結業績予想を上方修正した。", "ja", "トヨタ自動車");

        assertThat(sentiment(a, "トヨタ自動車")).isGreaterThan(0.1);
        assertThat(a.of(Articles.id("トヨタ自動車")).events()).contains(EventCode.GUIDANCE);
    }

    @Test
    void shouldReadShrinkingDeficitAsPositiveInJapanese() {
        ArticleSentiment a = analyze(null, "シャープの最終赤字幅が縮小した。", "ja", "シャープ");

        assertThat(sentiment(a, "シャープ")).isGreaterThan(0.1);
    }

    @Test
    void shouldReadProfitDeclineAndPlungingSharesAsNegativeInJapanese() {
        ArticleSentiment a = analyze("日産、大幅減益　株価が急落", null, "ja", "日産");

        assertThat(sentiment(a, "日産")).isLessThan(-0.1);
        assertThat(a.of("日産").events()).contains(EventCode.EARNINGS, EventCode.STOCK_MOVE);
    }

    @Test
    void shouldReadRecordProfitAndHigherEarningsAsPositiveInJapanese() {
        ArticleSentiment a = analyze(null, "任天堂は増益となり、純利益は過去最高を更新した。", "ja", "任天堂");

        assertThat(sentiment(a, "任天堂")).isGreaterThan(0.1);
    }

    @Test
    void shouldSplitJapaneseContrastBetweenCompanies() {
        ArticleSentiment a = analyze(null, "ソニーは増収増益となった一方、パナソニックは赤字に転落した。", "ja", "ソニー", "パナソニック");

        assertThat(sentiment(a, "ソニー")).isGreaterThan(0.1);
        assertThat(sentiment(a, "パナソニック")).isLessThan(-0.1);
    }

    @Test
    void shouldReadJapaneseNegationAfterThePredicate() {
        double plain = analyze(null, "売上高は増加した。", "ja").tone();
        double negated = analyze(null, "売上高は増加しなかった。", "ja").tone();

        assertThat(plain).isGreaterThan(0.1);
        assertThat(negated).isLessThanOrEqualTo(0.0);
    }

    @Test
    void shouldFindEventsInEnglish() {
        ArticleSentiment a = analyze("Oracle to acquire Siebel for $5.85bn", null, "en", "Oracle", "Siebel");
        assertThat(a.of("oracle").events()).containsExactly(EventCode.MERGER_ACQUISITION);
        assertThat(analyze(null, "Hackers stole the personal data of 3 million Target customers.", "en", "Target")
                .of("target").events()).contains(EventCode.CYBER_INCIDENT);
        assertThat(analyze(null, "Boeing will lay off 2,000 workers.", "en", "Boeing").of("boeing").events())
                .contains(EventCode.LAYOFFS);
        assertThat(analyze(null, "Enron filed for bankruptcy.", "en", "Enron").of("enron").events())
                .contains(EventCode.BANKRUPTCY);
    }

    @Test
    void shouldFindEventsInJapanese() {
        assertThat(analyze(null, "平成電電は民事再生法の適用を申請した。", "ja", "平成電電").of("平成電電").events())
                .contains(EventCode.BANKRUPTCY);
        assertThat(analyze(null, "阪急ホールディングスが阪神電鉄を買収する。", "ja", "阪急ホールディングス")
                .of(Articles.id("阪急ホールディングス")).events()).contains(EventCode.MERGER_ACQUISITION);
        assertThat(analyze(null, "鹿児島銀行と十八銀行が業務提携した。", "ja", "十八銀行").of("十八銀行").events())
                .contains(EventCode.PARTNERSHIP);
        assertThat(analyze(null, "ホンダは約10万台のリコールを届け出た。", "ja", "ホンダ").of("ホンダ").events())
                .contains(EventCode.RECALL_SAFETY);
    }

    @Test
    void shouldFindToneAndEventsInKorean() {
        ArticleSentiment a = analyze(null, "네이트와 싸이월드, 3500만 명의 사용자 정보 해킹 당해", "ko", "네이트", "싸이월드");

        assertThat(a.tone()).isLessThan(-0.1);
        assertThat(a.of("네이트").events()).contains(EventCode.CYBER_INCIDENT);
        assertThat(a.of("싸이월드").events()).contains(EventCode.CYBER_INCIDENT);
    }

    @Test
    void shouldFindToneAndEventsInGerman() {
        ArticleSentiment a = analyze(null, "Der Gewinn von Siemens ist deutlich gesunken. Die Firma meldet Insolvenz an.",
                "de", "Siemens");

        assertThat(a.tone()).isLessThan(-0.1);
        assertThat(a.of("siemens").events()).contains(EventCode.BANKRUPTCY, EventCode.EARNINGS);
    }

    @Test
    void shouldFindToneAndEventsInFrenchSpanishAndChinese() {
        ArticleSentiment fr = analyze(null, "Le bénéfice de Renault est en forte hausse.", "fr", "Renault");
        assertThat(fr.tone()).isGreaterThan(0.1);
        assertThat(analyze(null, "Grève chez Air France: les pilotes arrêtent le travail.", "fr", "Air France")
                .of("air-france").events()).contains(EventCode.LABOR_DISPUTE);
        ArticleSentiment es = analyze(null, "Las pérdidas de Telefónica aumentaron un 20%.", "es", "Telefónica");
        assertThat(es.tone()).isLessThan(-0.1);
        assertThat(analyze(null, "Pescanova presentó concurso de acreedores.", "es", "Pescanova").of("pescanova")
                .events()).contains(EventCode.BANKRUPTCY);
        ArticleSentiment zh = analyze(null, "阿里巴巴宣布收购优酷,股价大涨。", "zh", "阿里巴巴");
        assertThat(zh.of("阿里巴巴").events()).contains(EventCode.MERGER_ACQUISITION, EventCode.STOCK_MOVE);
        assertThat(zh.tone()).isGreaterThan(0.1);
    }

    @Test
    void shouldGuessTheLanguageWhenNoneIsGiven() {
        assertThat(Lang.of(null, "日産、大幅減益", null)).isEqualTo(Lang.JA);
        assertThat(Lang.of(null, null, "삼성전자 영업이익 감소")).isEqualTo(Lang.KO);
        assertThat(Lang.of(null, null, "阿里巴巴宣布收购优酷")).isEqualTo(Lang.ZH);
        assertThat(Lang.of(null, null, "Der Gewinn ist gesunken und die Aktie fällt, sagt der Konzern.")).isEqualTo(Lang.DE);
        assertThat(Lang.of(null, null, "Le bénéfice est en hausse et les ventes des magasins progressent.")).isEqualTo(Lang.FR);
        assertThat(Lang.of(null, null, "Las ventas del grupo y los beneficios que subieron.")).isEqualTo(Lang.ES);
        assertThat(Lang.of(null, null, "The company said profit rose.")).isEqualTo(Lang.EN);
        assertThat(Lang.of("ja-JP", "Sony", null)).isEqualTo(Lang.JA);
        assertThat(analyzer.analyze(null, "日産は大幅な減益となった。", null, List.of()).tone()).isLessThan(-0.1);
    }

    @Test
    void shouldHandleEmptyInput() {
        ArticleSentiment a = analyzer.analyze(null, null, null, null);

        assertThat(a.tone()).isEqualTo(0.0);
        assertThat(a.events()).isEmpty();
        assertThat(a.of("anything")).isSameAs(CompanySentiment.NEUTRAL);
    }

    @Test
    void shouldIgnoreSpansOutsideTheText() {
        CompanyMatch stale = new CompanyMatch("sony", "Sony", 0.9, 2, true,
                List.of(new io.newspulse.tagging.Span("Sony", 40, 44, true), new io.newspulse.tagging.Span("Sony", 500, 504, false)));

        ArticleSentiment a = analyzer.analyze("Sony profit falls", "Short body.", "en", List.of(stale));

        assertThat(a.of("sony")).isNotNull();
    }

    @Test
    void shouldBuildTheBuiltInAnalyzerOnce() {
        assertThat(SentimentAnalyzer.builtIn()).isSameAs(SentimentAnalyzer.builtIn());
        for (Lang l : Lang.values()) {
            assertThat(analyzer.lexicon(l).terms()).as(l.code()).isGreaterThan(90);
        }
    }

    @Test
    void shouldNotReadWordsInsideCompanyNamesAsPolar() {
        ArticleSentiment a = analyze(null, "Time Warner and Best Buy said they will hold their meetings in May.",
                "en", "Time Warner", "Best Buy");

        assertThat(sentiment(a, "Time Warner")).isEqualTo(0.0);
        assertThat(sentiment(a, "Best Buy")).isEqualTo(0.0);
        assertThat(a.tone()).isEqualTo(0.0);
    }
}
