package io.newspulse.tagging.match;

import io.newspulse.core.text.TextNormalizer;

/**
 * A field of an article (or an alias) folded for matching: {@link TextNormalizer#normalizeWithOffsets} (NFKC,
 * width and case folding), then runs of white space collapsed to one space and typographic apostrophes and
 * hyphens replaced by ASCII ones. Every folded char remembers the original span it came from, so matches map
 * back to UTF-16 offsets of the original text.
 *
 * <p>Folding is one pass: chars with a one-char folding come from {@link FoldTable}, the rest (expansions,
 * surrogate pairs, half-width voicing) go through {@link TextNormalizer} piece by piece, giving the same
 * result as normalising the whole text.
 */
public final class FoldedText {
    private final String original;
    private final String text;
    private final char[] chars;
    private final int[] origStart;
    /** Null when every folded char ends one past its start. */
    private final int[] origEnd;

    private FoldedText(String original, char[] chars, int length, int[] origStart, int[] origEnd) {
        this.original = original;
        this.chars = chars;
        this.text = new String(chars, 0, length);
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    /** Folds {@code original} (null is treated as empty). */
    public static FoldedText of(String original) {
        String source = original == null ? "" : original;
        return new Folding(source, null).run();
    }

    /**
     * As {@link #of(String)}, into arrays the calling thread reuses: the result is valid only until the thread's
     * next call with the same {@code slot} (0 or 1), so it must not outlive the work on one article (the tagger
     * folds the title into slot 0 and the body into slot 1). Saves allocating and first touching about 10 bytes
     * per char of every article.
     */
    public static FoldedText ofReused(String original, int slot) {
        String source = original == null ? "" : original;
        return new Folding(source, REUSED.get()[slot]).run();
    }

    /** Per thread, the arrays of {@link #ofReused} for each slot. */
    private static final ThreadLocal<Buffers[]> REUSED = ThreadLocal.withInitial(
            () -> new Buffers[] {new Buffers(), new Buffers()});

    /** Arrays kept for reuse, grown as needed (never beyond {@link #MAX_KEPT} chars). */
    private static final class Buffers {
        char[] chars = new char[0];
        int[] starts = new int[0];
        int[] ends = new int[0];
    }

    /** Folding state: output chars, their original starts and (once known) ends. */
    private static final class Folding {
        private final String source;
        /** Null: fresh arrays. */
        private final Buffers reuse;
        private char[] chars;
        private int[] starts;
        private int[] ends;

        Folding(String source, Buffers reuse) {
            this.source = source;
            int capacity = source.length() + 16;
            this.reuse = reuse != null && capacity <= MAX_KEPT ? reuse : null;
            if (this.reuse != null && this.reuse.chars.length >= capacity) {
                chars = this.reuse.chars;
                starts = this.reuse.starts;
            } else {
                chars = new char[capacity];
                starts = new int[capacity];
            }
        }

        /**
         * Switches to explicit ends: until now every output char was a one-char piece of its own, ending one
         * past its start.
         */
        private int[] explicitEnds(int k) {
            ends = reuse != null && reuse.ends.length >= chars.length ? reuse.ends : new int[chars.length];
            for (int j = 0; j < k; j++) {
                ends[j] = starts[j] + 1;
            }
            return ends;
        }

        /**
         * One pass over the source, piece by piece (a piece is one char, or a code point plus a half-width
         * voicing mark, that folds on its own). Pieces cover the source without gaps, so an output char ends
         * where its piece ends; a space after a space is dropped and extends the kept one to its own end. Ends
         * are only stored once some char does not simply end one past its start.
         */
        FoldedText run() {
            String s = source;
            int len = s.length();
            char[] src = sourceBuffer(len + 1);
            s.getChars(0, len, src, 0);
            src[len] = 0; // no bounds test for the look-ahead
            char[] out = chars;
            int[] st = starts;
            int[] en = ends;
            int k = 0;
            int i = 0;
            while (i < len) {
                char f = FoldTable.fold(src[i]);
                if (f != 0 && !FoldTable.isVoicingMark(src[i + 1])) {
                    if (f == ' ' && k > 0 && out[k - 1] == ' ') {
                        if (en == null) {
                            en = explicitEnds(k);
                        }
                        en[k - 1] = i + 1;
                    } else {
                        out[k] = f;
                        st[k] = i;
                        if (en != null) {
                            en[k] = i + 1;
                        }
                        k++;
                    }
                    i++;
                    continue;
                }
                if (en == null) {
                    en = explicitEnds(k);
                }
                int cp = Character.codePointAt(src, i, len);
                int next = i + Character.charCount(cp);
                if (next < len && FoldTable.isVoicingMark(src[next])) {
                    next++;
                }
                String piece = TextNormalizer.normalizeWithOffsets(s.substring(i, next)).text();
                int room = k + piece.length() + (len - next) + 1;
                if (out.length < room) {
                    out = chars = java.util.Arrays.copyOf(out, room + 16);
                    st = starts = java.util.Arrays.copyOf(st, room + 16);
                    en = ends = java.util.Arrays.copyOf(en, room + 16);
                }
                if (piece.isEmpty()) {
                    // Nothing to show for this piece: the chars that ended where it starts now end after it.
                    for (int j = k - 1; j >= 0 && en[j] == i; j--) {
                        en[j] = next;
                    }
                }
                for (int p = 0; p < piece.length(); p++) {
                    char c = foldChar(piece.charAt(p));
                    if (c == ' ' && k > 0 && out[k - 1] == ' ') {
                        en[k - 1] = next;
                    } else {
                        out[k] = c;
                        st[k] = i;
                        en[k] = next;
                        k++;
                    }
                }
                i = next;
            }
            if (reuse != null) {
                reuse.chars = out;
                reuse.starts = st;
                if (en != null) {
                    reuse.ends = en;
                }
            }
            return new FoldedText(s, out, k, st, en);
        }
    }

    /** Per thread, the copy of the source that {@link Folding#run()} reads (it never leaves the method). */
    private static final ThreadLocal<char[]> SOURCE = ThreadLocal.withInitial(() -> new char[4096]);
    /** Longer sources get a buffer of their own, so that no thread keeps a huge one. */
    private static final int MAX_KEPT = 1 << 20;

    /** A buffer of at least {@code size} chars, reused by the thread (contents undefined). */
    private static char[] sourceBuffer(int size) {
        char[] buffer = SOURCE.get();
        if (buffer.length >= size) {
            return buffer;
        }
        if (size > MAX_KEPT) {
            return new char[size];
        }
        buffer = new char[Math.max(size, buffer.length * 2)];
        SOURCE.set(buffer);
        return buffer;
    }

    /** Space, apostrophe and hyphen folding applied after {@link TextNormalizer}. */
    static char foldChar(char c) {
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

    /** The folded chars; only the first {@link #length()} are meaningful. Callers must not modify them. */
    char[] chars() {
        return chars;
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
        return origEnd == null ? origStart[endExclusive - 1] + 1 : origEnd[endExclusive - 1];
    }

    /** The original text of folded span {@code [start, end)}. */
    public String originalSpan(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }
}
