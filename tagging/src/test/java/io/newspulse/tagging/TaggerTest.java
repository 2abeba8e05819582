package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaggerTest {
    private final Tagger tagger = TestCompanies.tagger();

    private List<String> ids(String body) {
        return ids(null, body);
    }

    private List<String> ids(String title, String body) {
        return tagger.tag(title, body, null).stream().map(CompanyMatch::companyId).toList();
    }

    private Optional<CompanyMatch> match(String title, String body, String id) {
        return tagger.tag(title, body, null).stream().filter(m -> m.companyId().equals(id)).findFirst();
    }

    @Nested
    class LatinScript {
        @Test
        void shouldMatchNameBetweenWordBoundaries() {
            assertThat(ids("Regulators fined Meta on Tuesday.")).containsExactly("meta");
        }

        @Test
        void shouldNotMatchMetaInsideMetadata() {
            assertThat(ids("The metadata of every file and the metaverse hype.")).isEmpty();
        }

        @Test
        void shouldMatchPossessivesWithStraightAndCurlyApostrophes() {
            CompanyMatch m = match(null, "Microsoft's cloud grew, and Microsoft’s margin too.", "microsoft").orElseThrow();
            assertThat(m.spans()).extracting(Span::text).containsExactly("Microsoft", "Microsoft");
        }

        @Test
        void shouldFoldCaseAndFullWidthLetters() {
            CompanyMatch m = match(null, "ＭＩＣＲＯＳＯＦＴ and MICROSOFT", "microsoft").orElseThrow();
            assertThat(m.count()).isEqualTo(2);
            assertThat(m.spans().get(0).text()).isEqualTo("ＭＩＣＲＯＳＯＦＴ");
        }

        @Test
        void shouldRequireAcronymsInCapitals() {
            assertThat(ids("Eurodeputada Ana Gomes disse.")).isEmpty();
            assertThat(ids("ANA cut fares.")).containsExactly("ana-holdings");
        }

        @Test
        void shouldNotCountCapitalisedNameWrittenAllInLowerCase() {
            assertThat(ids("foi campeã neste sábado")).isEmpty();
            assertThat(ids("Neste raised prices; NESTE SHARES FELL")).containsExactly("neste");
        }

        @Test
        void shouldNotCountNameInsideDomainOrPath() {
            assertThat(ids("See pic.Twitter.com/abc and example.org/Twitter")).isEmpty();
            assertThat(ids("Twitter said.")).containsExactly("x-corp");
        }

        @Test
        void shouldIgnoreNamesInsideUrls() {
            assertThat(ids("参考: https://openai.com/index/micr... と www.sony.com/x")).isEmpty();
            assertThat(ids("OpenAI (https://example.com) said")).containsExactly("openai");
        }

        @Test
        void shouldMatchMultiWordAliasAcrossLineBreaksAndDoubleSpaces() {
            assertThat(ids("a lab called Microsoft \n Research said")).containsExactly("microsoft-research");
        }
    }

    @Nested
    class LongestMatch {
        @Test
        void shouldPreferMicrosoftResearchOverMicrosoft() {
            assertThat(ids("A paper from Microsoft Research shows it.")).containsExactly("microsoft-research");
        }

        @Test
        void shouldPreferSoftBankGroupOverSoftBankInKatakana() {
            assertThat(ids("ソフトバンクグループは決算を発表した。")).containsExactly("softbank-group");
        }
    }

    @Nested
    class Japanese {
        @Test
        void shouldNotMatchKatakanaNameInsideLongerKatakanaWord() {
            assertThat(ids("パーソニーという店とソニーエリクソンの話。")).isEmpty();
        }

        @Test
        void shouldMatchKatakanaNameFollowedByParticleOrKanji() {
            CompanyMatch m = match(null, "マイクロソフトは発表した。マイクロソフト社によると", "microsoft").orElseThrow();
            assertThat(m.count()).isEqualTo(2);
        }

        @Test
        void shouldMatchKatakanaNameRunningIntoKatakanaCorporateSuffix() {
            assertThat(ids("ソニーグループは新製品を出した。")).containsExactly("sony");
        }

        @Test
        void shouldMatchHalfWidthKatakanaAndReportOriginalText() {
            String body = "昨日ﾏｲｸﾛｿﾌﾄが発表";
            CompanyMatch m = match(null, body, "microsoft").orElseThrow();
            Span span = m.spans().get(0);
            assertThat(span.text()).isEqualTo("ﾏｲｸﾛｿﾌﾄ");
            assertThat(body.substring(span.start(), span.end())).isEqualTo("ﾏｲｸﾛｿﾌﾄ");
        }

        @Test
        void shouldMatchKanjiNameFollowedByCorporateSuffix() {
            assertThat(ids("日立株式会社は増益。")).containsExactly("hitachi");
            assertThat(ids("三菱UFJ銀行が融資。")).containsExactly("mufg");
        }

        @Test
        void shouldNotMatchKanjiNameInsideLongerKanjiCompound() {
            assertThat(ids("日立市の工場と奥日立の山。")).isEmpty();
        }

        @Test
        void shouldAllowOneCharCountryPrefixBeforeKanjiName() {
            assertThat(ids("米任天堂が値下げ。")).containsExactly("nintendo");
        }

        @Test
        void shouldMatchLatinNameInsideJapaneseSentence() {
            assertThat(ids("OpenAIとMicrosoftの関係")).containsExactlyInAnyOrder("openai", "microsoft");
        }
    }

    @Nested
    class Tickers {
        @Test
        void shouldCountDollarTicker() {
            assertThat(ids("Traders bought $MSFT today.")).containsExactly("microsoft");
        }

        @Test
        void shouldCountExchangePrefixedTickers() {
            assertThat(match(null, "It (NASDAQ: MSFT) and NASDAQ:MSFT", "microsoft").orElseThrow().count()).isEqualTo(2);
            assertThat(ids("listed as TSE:9984")).containsExactly("softbank-group");
        }

        @Test
        void shouldCountYahooStyleTicker() {
            assertThat(ids("9984.T fell 3%.")).containsExactly("softbank-group");
        }

        @Test
        void shouldCountToshoCodeForm() {
            assertThat(ids("東証9984が反発")).containsExactly("softbank-group");
        }

        @Test
        void shouldCountParenthesisedCodeOnlyRightAfterName() {
            CompanyMatch m = match(null, "ソフトバンクグループ（9984）が上昇", "softbank-group").orElseThrow();
            assertThat(m.spans()).extracting(Span::text).containsExactly("ソフトバンクグループ", "（9984）");
            assertThat(ids("株価(9984)は不明")).isEmpty();
        }

        @Test
        void shouldNotCountBareTickers() {
            assertThat(ids("MSFT and AAPL rose, SHEL fell; see OnMSFT and 9984 too.")).isEmpty();
        }
    }

    @Nested
    class AmbiguousCompanies {
        @Test
        void shouldNotCountLowerCaseAmbiguousName() {
            assertThat(ids("My visa application near the Mastercard office.")).containsExactly("mastercard");
        }

        @Test
        void shouldNotCountAmbiguousNameAtSentenceStartWithoutEvidence() {
            assertThat(ids("Visa rules changed. Apple pie is sweet.")).isEmpty();
        }

        @Test
        void shouldCountAmbiguousNameWithCorporateSuffix() {
            assertThat(ids("Apple Inc. said so.")).containsExactly("apple");
            assertThat(ids("Visa, Inc. said so.")).containsExactly("visa");
            assertThat(ids("アップル社が発表。")).containsExactly("apple");
        }

        @Test
        void shouldCountAmbiguousNameWhenItsTickerIsInTheArticle() {
            assertThat(ids("Apple gained.\nShares ($AAPL) rose.")).containsExactly("apple");
        }

        @Test
        void shouldCountAmbiguousNameWhenContextTermIsInTheArticle() {
            assertThat(ids("Apple ships a new iPhone.")).containsExactly("apple");
            assertThat(ids("Shell. The oil major cut jobs.")).containsExactly("shell");
        }

        @Test
        void shouldCountAmbiguousNameNearAnUnambiguousCompany() {
            assertThat(ids("Visa and Mastercard agreed.")).containsExactlyInAnyOrder("visa", "mastercard");
        }

        @Test
        void shouldCountAmbiguousLatinNameCapitalisedMidSentence() {
            assertThat(ids("The deal was signed by Shell yesterday.")).containsExactly("shell");
            assertThat(ids("報道によるとShellが撤退")).containsExactly("shell");
        }

        @Test
        void shouldCountFurtherMentionsOnceOneMentionHasEvidence() {
            CompanyMatch m = match(null, "Apple rose. The shares of Apple fell.", "apple").orElseThrow();
            assertThat(m.count()).isEqualTo(2);
        }

        @Test
        void shouldNotTreatTitleCapitalisationAsEvidence() {
            assertThat(ids("Why Shell Games Work", "A story about cups.")).isEmpty();
        }
    }

    @Nested
    class SharedAliases {
        @Test
        void shouldPreferParentWhenCompaniesShareAnAliasWithoutOtherEvidence() {
            assertThat(ids("ソフトバンクが出資した。")).containsExactly("softbank-group");
        }

        @Test
        void shouldPreferCompanyNamedElsewhereByItsOwnAlias() {
            assertThat(ids("ソフトバンクは携帯料金を下げた。ソフトバンク株式会社の発表。"))
                    .containsExactly("softbank-corp");
        }
    }

    @Nested
    class Spans {
        @Test
        void shouldReportOffsetsInOriginalTitleAndBody() {
            String title = "Ｓｏｎｙ rises";
            String body = "Analysts like   ソニー and Sony.";
            CompanyMatch m = match(title, body, "sony").orElseThrow();
            assertThat(m.inTitle()).isTrue();
            assertThat(m.spans()).hasSize(3);
            for (Span s : m.spans()) {
                String field = s.inTitle() ? title : body;
                assertThat(field.substring(s.start(), s.end())).isEqualTo(s.text());
            }
            assertThat(m.surfaceForms()).containsExactly("Ｓｏｎｙ", "ソニー", "Sony");
        }
    }

    @Nested
    class Relevance {
        private static final String FILLER = "The market moved sideways as investors waited for data. ";

        @Test
        void shouldScoreSubjectOfTheStoryHigh() {
            CompanyMatch m = match("Sony posts record profit",
                    "Sony said on Friday that profit rose. " + FILLER.repeat(5) + "Sony expects more. Sony shares rose.",
                    "sony").orElseThrow();
            assertThat(m.relevance()).isGreaterThan(0.7);
        }

        @Test
        void shouldScorePassingMentionDeepInBodyLow() {
            List<CompanyMatch> matches = tagger.tag("Sony posts record profit",
                    "Sony said profit rose. Sony is happy. " + FILLER.repeat(10) + "Like Hitachi, it invests.", null);
            CompanyMatch hitachi = matches.stream().filter(m -> m.companyId().equals("hitachi")).findFirst().orElseThrow();
            assertThat(hitachi.relevance()).isLessThan(0.3);
            assertThat(matches.get(0).companyId()).isEqualTo("sony");
        }

        @Test
        void shouldReturnTheSameResultEveryTime() {
            String body = "Sony and Microsoft and Nintendo. " + FILLER + "Microsoft again.";
            assertThat(tagger.tag("Microsoft", body, "en")).isEqualTo(tagger.tag("Microsoft", body, "en"));
        }
    }

    @Test
    void shouldReturnNothingForEmptyOrNullText() {
        assertThat(tagger.tag(null, "", null)).isEmpty();
        assertThat(tagger.tag("", null, "ja")).isEmpty();
    }
}
