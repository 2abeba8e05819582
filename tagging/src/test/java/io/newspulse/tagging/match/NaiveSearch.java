package io.newspulse.tagging.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The reference the matcher tests compare with: every occurrence found by trying each pattern at each position. */
final class NaiveSearch {
    private NaiveSearch() {
    }

    /** "start:pattern" of every occurrence of {@code patterns} in {@code text} that does not start inside a word. */
    static List<String> atWordStarts(String text, List<String> patterns) {
        return hits(text, patterns, false);
    }

    /** As {@link #atWordStarts}, and not ending inside a word either. */
    static List<String> outsideWords(String text, List<String> patterns) {
        return hits(text, patterns, true);
    }

    private static List<String> hits(String text, List<String> patterns, boolean wholeWords) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && CharClasses.isWord(text.charAt(i)) && CharClasses.isWord(text.charAt(i - 1))) {
                continue;
            }
            for (String p : patterns) {
                int end = i + p.length();
                if (text.startsWith(p, i) && !(wholeWords && end < text.length() && CharClasses.isWord(text.charAt(end))
                        && CharClasses.isWord(text.charAt(end - 1)))) {
                    expected.add(i + ":" + p);
                }
            }
        }
        return expected;
    }

    /** {@code count} distinct random patterns, each of a length from {@code length}. */
    static List<String> patterns(Random random, int count, java.util.function.IntSupplier length, String alphabet) {
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String p = randomString(random, length.getAsInt(), alphabet);
            if (!patterns.contains(p)) {
                patterns.add(p);
            }
        }
        return patterns;
    }

    static String randomString(Random random, int length, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
