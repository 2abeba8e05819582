package io.newspulse.dedup.fingerprint;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Working buffers of one {@link TextCleaner} pass, read by {@link Fingerprinter} without copying: the cleaned
 * content as chars (title tokens first, single spaces), the hashes of its sentences and of its figures (repeats
 * included), and optionally the figures as text; plus scratch arrays for shingling. Not thread-safe; reusable
 * article after article ({@link #reset}) by one thread.
 */
final class CleanedContent {
    /** Seed of the sentence hashes. */
    static final long SENTENCE_SEED = 0x3c6ef372fe94f82bL;
    /** Seed of the figure hashes. */
    static final long FIGURE_SEED = 0x1b873593L;

    char[] chars;
    int length;
    boolean charShingles;
    long[] sentences = new long[32];
    int sentenceCount;
    long[] figures = new long[16];
    int figureCount;
    /** Distinct figures in order of first appearance, or null when not asked for. */
    final Set<String> figureTexts;
    private int[] spans = new int[32];
    private int[] digitRuns = new int[32];
    private int digitRunCount;
    private int spanCount;
    private char[] scratch = new char[64];
    private char[] line = new char[256];
    private char[] source = new char[0];
    private long[] longs = new long[0];
    private long[] table = new long[0];

    CleanedContent(int capacity, boolean keepFigureTexts) {
        this.chars = new char[Math.max(16, capacity)];
        this.figureTexts = keepFigureTexts ? new LinkedHashSet<>() : null;
    }

    /** Empties the buffers for the next article, keeping their storage; content room for {@code capacity}. */
    void reset(int capacity) {
        length = 0;
        sentenceCount = 0;
        figureCount = 0;
        spanCount = 0;
        charShingles = false;
        if (figureTexts != null) {
            figureTexts.clear();
        }
        ensureCapacity(capacity);
    }

    /** A buffer of at least {@code n} chars for the folded source text (reused; contents undefined). */
    char[] sourceBuffer(int n) {
        if (source.length < n) {
            source = new char[Math.max(n, source.length * 2)];
        }
        return source;
    }

    /** A scratch array of at least {@code n} longs (reused; contents undefined). */
    long[] longScratch(int n) {
        if (longs.length < n) {
            longs = new long[Math.max(n, longs.length * 2)];
        }
        return longs;
    }

    /** An all-zero array of at least {@code n} longs for an open-addressing table (reused, cleared). */
    long[] zeroedTable(int n) {
        if (table.length < n) {
            table = new long[n];
        } else {
            Arrays.fill(table, 0, n, 0L);
        }
        return table;
    }

    /** Makes room for {@code extra} more content chars. */
    void ensureCapacity(int extra) {
        if (length + extra > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + extra));
        }
    }

    /** Whether {@code chars[from, length)} equals {@code chars[0, prefix)}. */
    boolean tailEqualsPrefix(int from, int prefix) {
        return length - from == prefix && Arrays.equals(chars, from, length, chars, 0, prefix);
    }

    /** Remembers a candidate sentence {@code chars[from, to)} of the line being cleaned. */
    void addSpan(int from, int to) {
        if (spanCount + 2 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[spanCount++] = from;
        spans[spanCount++] = to;
    }

    /** Forgets the noted starts of digit runs. */
    void clearDigitRuns() {
        digitRunCount = 0;
    }

    /** Notes that a run of digits starts at {@code index} of the text being tokenised. */
    void addDigitRun(int index) {
        if (digitRunCount == digitRuns.length) {
            digitRuns = Arrays.copyOf(digitRuns, digitRunCount * 2);
        }
        digitRuns[digitRunCount++] = index;
    }

    /** Starts of the digit runs noted since {@link #clearDigitRuns()}, in increasing order. */
    int[] digitRuns() {
        return digitRuns;
    }

    /** How many entries of {@link #digitRuns()} are valid. */
    int digitRunCount() {
        return digitRunCount;
    }

    /** Forgets the candidate sentences of a dropped line. */
    void dropSpans() {
        spanCount = 0;
    }

    /**
     * Hashes the candidate sentences of a kept line that are long enough to be specific (CJK compared without
     * spaces), then forgets them.
     */
    void commitSpans(int minLength) {
        for (int s = 0; s < spanCount; s += 2) {
            int from = spans[s];
            int to = spans[s + 1];
            if (charShingles) {
                int n = 0;
                char[] buf = scratch(to - from);
                for (int i = from; i < to; i++) {
                    char c = chars[i];
                    if (c != ' ') {
                        buf[n++] = c;
                    }
                }
                if (n >= minLength) {
                    addSentence(Hashing.hash64(buf, 0, n, SENTENCE_SEED));
                }
            } else if (to - from >= minLength) {
                addSentence(Hashing.hash64(chars, from, to, SENTENCE_SEED));
            }
        }
        spanCount = 0;
    }

    private void addSentence(long hash) {
        if (sentenceCount == sentences.length) {
            sentences = Arrays.copyOf(sentences, sentenceCount * 2);
        }
        sentences[sentenceCount++] = hash;
    }

    /** Records a figure held in {@code figure[0, n)}. */
    void addFigure(char[] figure, int n) {
        if (figureCount == figures.length) {
            figures = Arrays.copyOf(figures, figureCount * 2);
        }
        figures[figureCount++] = Hashing.hash64(figure, 0, n, FIGURE_SEED);
        if (figureTexts != null) {
            figureTexts.add(new String(figure, 0, n));
        }
    }

    /** A scratch array of at least {@code n} chars (reused; contents undefined). */
    char[] scratch(int n) {
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        return scratch;
    }

    /** A buffer of at least {@code n} chars for the line being cleaned (reused; contents undefined). */
    char[] lineBuffer(int n) {
        if (line.length < n) {
            line = new char[Math.max(n, line.length * 2)];
        }
        return line;
    }

    /** Approximate bytes held by the buffers (they only grow), to decide whether to keep them for reuse. */
    long retainedBytes() {
        return 2L * (chars.length + scratch.length + line.length + source.length)
                + 8L * (sentences.length + figures.length + longs.length + table.length)
                + 4L * (spans.length + digitRuns.length);
    }

    /** The content as a string. */
    String contentString() {
        return new String(chars, 0, length);
    }
}
