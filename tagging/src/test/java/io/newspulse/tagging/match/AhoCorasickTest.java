package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
    private static List<String> hits(AhoCorasick ac, List<String> patterns, String text) {
        List<String> out = new ArrayList<>();
        ac.scan(text, (s, e, p) -> out.add(s + ":" + patterns.get(p)));
        return out;
    }

    private static List<String> wordStartHits(AhoCorasick ac, List<String> patterns, String text) {
        List<String> out = new ArrayList<>();
        ac.scanWordStarts(text.toCharArray(), text.length(), (s, e, p) -> out.add(s + ":" + patterns.get(p)));
        return out;
    }

    @Test
    void shouldReportOverlappingAndNestedPatterns() {
        List<String> patterns = List.of("ab", "abcd", "bc", "c", "ソフトバンク", "ソフトバンクグループ");
        AhoCorasick.Builder b = AhoCorasick.builder();
        patterns.forEach(b::add);
        AhoCorasick ac = b.build();
        assertThat(hits(ac, patterns, "xabcd")).containsExactlyInAnyOrder("1:ab", "2:bc", "3:c", "1:abcd");
        assertThat(hits(ac, patterns, "ソフトバンクグループ")).containsExactlyInAnyOrder("0:ソフトバンク", "0:ソフトバンクグループ");
    }

    @Test
    void shouldFindExactlyWhatNaiveSearchFinds() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<String> patterns = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String p = randomString(random, 1 + random.nextInt(4));
                if (!patterns.contains(p)) {
                    patterns.add(p);
                }
            }
            AhoCorasick.Builder b = AhoCorasick.builder();
            patterns.forEach(b::add);
            String text = randomString(random, 200);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                for (String p : patterns) {
                    if (text.startsWith(p, i)) {
                        expected.add(i + ":" + p);
                    }
                }
            }
            assertThat(hits(b.build(), patterns, text)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void shouldFindWithWordStartsExactlyWhatNaiveSearchFindsOutsideWords() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> patterns = NaiveSearch.patterns(random, 25, () -> 1 + random.nextInt(5), "ab1 アカ(");
            AhoCorasick.Builder b = AhoCorasick.builder();
            patterns.forEach(b::add);
            String text = NaiveSearch.randomString(random, 300, "ab1 アカ(.");
            assertThat(wordStartHits(b.build(), patterns, text)).containsExactlyInAnyOrderElementsOf(NaiveSearch.atWordStarts(text, patterns));
        }
    }

    @Test
    void shouldSkipAtTheRootOnlyWhereNoPatternStarts() {
        // many patterns over a larger alphabet, some of one char: the scan skips at the root to the chars that start one
        String alphabet = "abcdefgh12 アイウカキ日本東京(.-";
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            int[] index = {0};
            List<String> patterns = NaiveSearch.patterns(random, 400, () -> 1 + (index[0]++ % 50 == 0 ? 0 : 1 + random.nextInt(4)), alphabet);
            AhoCorasick.Builder b = AhoCorasick.builder();
            patterns.forEach(b::add);
            String text = NaiveSearch.randomString(random, 3000, alphabet + "xyz漢字");
            assertThat(wordStartHits(b.build(), patterns, text)).containsExactlyInAnyOrderElementsOf(NaiveSearch.atWordStarts(text, patterns));
        }
    }

    private static String randomString(Random random, int length) {
        return NaiveSearch.randomString(random, length, "abcア");
    }

}
