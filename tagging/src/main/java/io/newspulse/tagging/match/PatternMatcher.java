package io.newspulse.tagging.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a set of folded patterns in folded text, split by their first char: patterns that start with a word char
 * (Latin, Greek, Cyrillic letters and digits) go to {@link WordPatterns}, a word-level pass that hashes each word
 * of the text once; the others (CJK, kana, Hangul, "$" and "(" ticker forms) stay in an {@link AhoCorasick}
 * automaton, which now holds far fewer states and, at the root, steps over Latin words at once. Patterns are
 * numbered in the order they were added. Immutable and thread-safe once built.
 */
public final class PatternMatcher {
    private final WordPatterns words;
    private final AhoCorasick others;
    /** Pattern number of each of {@link #others}'s patterns. */
    private final int[] otherNumbers;
    private final int patternCount;

    private PatternMatcher(Builder b) {
        patternCount = b.count;
        words = WordPatterns.of(b.wordPatterns, b.wordNumbers);
        AhoCorasick.Builder automaton = AhoCorasick.builder();
        b.otherPatterns.forEach(automaton::add);
        others = automaton.build();
        otherNumbers = b.otherNumbers.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The matcher {@link #writeTo} wrote (see {@link DictionaryImage}). */
    private PatternMatcher(DictionaryImage.In in) {
        patternCount = in.integer();
        otherNumbers = in.ints();
        words = WordPatterns.readFrom(in);
        others = AhoCorasick.readFrom(in);
    }

    static PatternMatcher readFrom(DictionaryImage.In in) {
        return new PatternMatcher(in);
    }

    /** Writes every field, in the order the reading constructor reads them. */
    void writeTo(DictionaryImage.Out out) throws java.io.IOException {
        out.integer(patternCount);
        out.ints(otherNumbers);
        words.writeTo(out);
        others.writeTo(out);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of patterns. */
    public int patternCount() {
        return patternCount;
    }

    /**
     * Reports every occurrence in the first {@code length} chars of {@code text} that neither starts nor ends
     * inside a word (a letter or digit of {@link CharClasses#isWord} right next to another), in no particular
     * order. Occurrences left out never pass {@link BoundaryRules}: this is what {@link
     * AhoCorasick#scanWordStarts} reports, less the occurrences that end inside a word.
     */
    public void scan(char[] text, int length, AhoCorasick.HitListener listener) {
        words.scan(text, length, listener);
        if (otherNumbers.length == 0) {
            return;
        }
        int[] numbers = otherNumbers;
        others.scanWordStarts(text, length, (start, end, p) -> {
            if (end < length && CharClasses.isWord(text[end]) && CharClasses.isWord(text[end - 1])) {
                return;
            }
            listener.onHit(start, end, numbers[p]);
        });
    }

    /** Collects patterns; {@link #build()} may be called once. */
    public static final class Builder {
        private final List<String> wordPatterns = new ArrayList<>();
        private final List<Integer> wordNumbers = new ArrayList<>();
        private final List<String> otherPatterns = new ArrayList<>();
        private final List<Integer> otherNumbers = new ArrayList<>();
        private int count;

        private Builder() {
        }

        /** Adds a non-empty pattern and returns its number. */
        public int add(CharSequence pattern) {
            if (pattern.length() == 0) {
                throw new IllegalArgumentException("empty pattern");
            }
            int number = count++;
            if (WordPatterns.startsWithWord(pattern)) {
                wordPatterns.add(pattern.toString());
                wordNumbers.add(number);
            } else {
                otherPatterns.add(pattern.toString());
                otherNumbers.add(number);
            }
            return number;
        }

        public PatternMatcher build() {
            return new PatternMatcher(this);
        }
    }
}
