package io.newspulse.tagging.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a marker list grouped by their first char, each group in list order: a loop over
 * {@code startingWith(text.charAt(i))} that tests {@code text.startsWith(word, i)} finds the same words in the same
 * order as a loop over the whole list, without testing the words that cannot match. {@link #byLastChar} groups by
 * last char instead, for {@code endsWith} loops. Immutable.
 */
final class ByFirstChar {
    private static final String[] NONE = new String[0];

    /** Distinct first chars, ascending. */
    private final char[] firsts;
    /** The words starting with {@code firsts[k]}, in list order. */
    private final String[][] groups;

    ByFirstChar(List<String> words) {
        this(words, false);
    }

    private ByFirstChar(List<String> words, boolean last) {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String w : words) {
            byFirst.computeIfAbsent(w.charAt(last ? w.length() - 1 : 0), k -> new ArrayList<>()).add(w);
        }
        firsts = new char[byFirst.size()];
        int k = 0;
        for (char c : byFirst.keySet()) {
            firsts[k++] = c;
        }
        Arrays.sort(firsts);
        groups = new String[firsts.length][];
        for (int g = 0; g < firsts.length; g++) {
            groups[g] = byFirst.get(firsts[g]).toArray(NONE);
        }
    }

    /** The words of {@code words} grouped by their last char: use {@link #endingWith}. */
    static ByFirstChar byLastChar(List<String> words) {
        return new ByFirstChar(words, true);
    }

    /** Of a {@link #byLastChar} grouping: the words that end with {@code c}, in list order (empty when none). */
    String[] endingWith(char c) {
        return startingWith(c);
    }

    /** The words that start with {@code c}, in list order (empty when none). */
    String[] startingWith(char c) {
        int k = Arrays.binarySearch(firsts, c);
        return k < 0 ? NONE : groups[k];
    }
}
