package io.newspulse.tagging.match;

import io.newspulse.core.text.NormalizedText;
import io.newspulse.core.text.TextNormalizer;

/**
 * A field of an article (or an alias) folded for matching: {@link TextNormalizer#normalizeWithOffsets} (NFKC,
 * width and case folding), then runs of white space collapsed to one space and typographic apostrophes and
 * hyphens replaced by ASCII ones. Every folded char remembers the original span it came from, so matches map
 * back to UTF-16 offsets of the original text.
 */
public final class FoldedText {
    private final String original;
    private final String text;
    private final int[] origStart;
    private final int[] origEnd;

    private FoldedText(String original, String text, int[] origStart, int[] origEnd) {
        this.original = original;
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    /** Folds {@code original} (null is treated as empty). */
    public static FoldedText of(String original) {
        String source = original == null ? "" : original;
        NormalizedText nt = TextNormalizer.normalizeWithOffsets(source);
        String t = nt.text();
        int n = t.length();
        int[] start = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = nt.originalOffset(i);
        }
        int[] end = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            if (i + 1 < n) {
                end[i] = start[i + 1] != start[i] ? start[i + 1] : end[i + 1];
            } else {
                end[i] = source.length();
            }
        }
        StringBuilder out = new StringBuilder(n);
        int[] outStart = new int[n];
        int[] outEnd = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = fold(t.charAt(i));
            if (c == ' ' && k > 0 && out.charAt(k - 1) == ' ') {
                outEnd[k - 1] = end[i];
                continue;
            }
            out.append(c);
            outStart[k] = start[i];
            outEnd[k] = end[i];
            k++;
        }
        return new FoldedText(source, out.toString(), java.util.Arrays.copyOf(outStart, k),
                java.util.Arrays.copyOf(outEnd, k));
    }

    private static char fold(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        switch (c) {
            case '\u2018': case '\u2019': case '\u02BC': case '\u2032':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2212':
                return '-';
            default:
                return c;
        }
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** The folded text that is matched. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    /** Original UTF-16 offset where folded char {@code i} starts. */
    public int originalStart(int i) {
        return origStart[i];
    }

    /** Original UTF-16 offset (exclusive) where the folded span ending before {@code endExclusive} ends. */
    public int originalEnd(int endExclusive) {
        return origEnd[endExclusive - 1];
    }

    /** The original text of folded span {@code [start, end)}. */
    public String originalSpan(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }
}
