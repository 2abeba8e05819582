package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import io.newspulse.testsupport.DevSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The word-level first pass ({@link PatternMatcher}, {@link WordPatterns}) against naive search on random patterns
 * and text, and against the char automaton alone ({@link AhoCorasick#scanWordStarts}, the path it replaces) with
 * every pattern of the built-in knowledge base on the dev set and on text spliced from real names.
 */
class PatternMatcherTest {
    private static AliasDictionary dictionary;
    private static AhoCorasick automaton;

    @BeforeAll
    static void buildBoth() {
        dictionary = AliasDictionary.build(CompanyKnowledgeBase.builtIn().companies());
        AhoCorasick.Builder b = AhoCorasick.builder();
        for (int p = 0; p < dictionary.matcher().patternCount(); p++) {
            b.add(dictionary.pattern(p));
        }
        automaton = b.build();
    }

    @Test
    void shouldReportOverlappingNestedAndTailedPatterns() {
        List<String> patterns = List.of("apple", "apple inc.", "at&t", "at", "jr東日本", "ソフトバンク", "$aapl", "inc");
        PatternMatcher matcher = build(patterns);
        assertThat(hits(matcher, patterns, "buy apple inc. and at&t, not pineapple or atm; jr東日本 ソフトバンク $aapl"))
                .containsExactlyInAnyOrder("4:apple", "4:apple inc.", "10:inc", "19:at&t", "19:at",
                        "47:jr東日本", "53:ソフトバンク", "60:$aapl");
        assertThat(hits(matcher, patterns, "$aaplx apples inc")).containsExactly("14:inc");
    }

    @Test
    void shouldFindExactlyWhatNaiveSearchFindsOutsideWords() {
        Random random = new Random(11);
        for (int round = 0; round < 400; round++) {
            List<String> patterns = NaiveSearch.patterns(random, 30, () -> 1 + random.nextInt(7), "ab1 .&アカ(é");
            String text = NaiveSearch.randomString(random, 400, "ab1 .&アカ(éx");
            List<String> expected = NaiveSearch.outsideWords(text, patterns);
            assertThat(hits(build(patterns), patterns, text)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void shouldFindWhatTheAutomatonFindsOnTheDevSetWithEveryBuiltInName() {
        int compared = 0;
        for (JsonNode article : DevSet.articles()) {
            for (String field : List.of("title", "body")) {
                FoldedText folded = FoldedText.of(article.path(field).asText());
                assertThat(matcherHits(folded)).as(article.path("id").asText() + " " + field)
                        .isEqualTo(automatonHits(folded));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(2 * DevSet.articles().size());
    }

    @Test
    void shouldFindWhatTheAutomatonFindsInTextSplicedFromRealNames() {
        Random random = new Random(5);
        String[] separators = {" ", " ", ". ", "-", "&", "", "、", "(", ") ", "'s ", "株式会社", "x"};
        int count = dictionary.matcher().patternCount();
        int found = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                String p = dictionary.pattern(random.nextInt(count));
                text.append(random.nextInt(4) == 0 ? p.substring(0, 1 + random.nextInt(p.length())) : p);
                text.append(separators[random.nextInt(separators.length)]);
            }
            FoldedText folded = FoldedText.of(text.toString());
            Set<String> expected = automatonHits(folded);
            assertThat(matcherHits(folded)).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(10_000);
    }

    private static Set<String> matcherHits(FoldedText folded) {
        Set<String> out = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        dictionary.matcher().scan(folded.chars(), folded.length(), (s, e, p) -> {
            if (!out.add(s + ":" + e + ":" + p)) {
                duplicates.add(s + ":" + e + ":" + p);
            }
        });
        assertThat(duplicates).isEmpty();
        return out;
    }

    /** The automaton's word-start hits, less those ending inside a word (which never pass the boundary rules). */
    private static Set<String> automatonHits(FoldedText folded) {
        Set<String> out = new HashSet<>();
        char[] text = folded.chars();
        int length = folded.length();
        automaton.scanWordStarts(text, length, (s, e, p) -> {
            if (!(e < length && CharClasses.isWord(text[e]) && CharClasses.isWord(text[e - 1]))) {
                out.add(s + ":" + e + ":" + p);
            }
        });
        return out;
    }

    private static PatternMatcher build(List<String> patterns) {
        PatternMatcher.Builder b = PatternMatcher.builder();
        patterns.forEach(b::add);
        return b.build();
    }

    private static List<String> hits(PatternMatcher matcher, List<String> patterns, String text) {
        List<String> out = new ArrayList<>();
        matcher.scan(text.toCharArray(), text.length(), (s, e, p) -> out.add(s + ":" + patterns.get(p)));
        return out;
    }

}
