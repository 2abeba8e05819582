package io.newspulse.dedup.fingerprint;

import java.util.Arrays;

/**
 * Cuts cleaned content into hashed shingles: {@value #WORDS} consecutive words for spaced languages, or
 * {@value #CHARS} consecutive characters (spaces ignored) for CJK text. Returns the distinct 64-bit shingle hashes.
 */
public final class Shingler {
    /** Words per shingle for spaced languages. */
    public static final int WORDS = 4;
    /** Characters per shingle for CJK text. */
    public static final int CHARS = 4;
    private static final long WORD_SEED = 0x5bd1e9955bd1e995L;

    private Shingler() {
    }

    /** Distinct shingle hashes of {@code text} (in no particular order). */
    public static long[] shingles(CleanedText text) {
        long[] raw = text.charShingles() ? charShingles(text.content()) : wordShingles(text.content());
        return distinct(raw);
    }

    static long[] wordShingles(String content) {
        if (content.isEmpty()) {
            return new long[0];
        }
        long[] words = new long[16];
        int count = 0;
        int start = 0;
        int n = content.length();
        while (start < n) {
            int end = content.indexOf(' ', start);
            if (end < 0) {
                end = n;
            }
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
            }
            words[count++] = Hashing.hash64(content, start, end, WORD_SEED);
            start = end + 1;
        }
        int shingleCount = Math.max(1, count - WORDS + 1);
        long[] out = new long[shingleCount];
        for (int s = 0; s < shingleCount; s++) {
            long h = 0x2545f4914f6cdd1dL;
            for (int k = s; k < Math.min(count, s + WORDS); k++) {
                h = Long.rotateLeft(h * 0x9e3779b97f4a7c15L, 23) ^ words[k];
            }
            out[s] = Hashing.mix64(h);
        }
        return out;
    }

    static long[] charShingles(String content) {
        char[] chars = new char[content.length()];
        int n = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c != ' ') {
                chars[n++] = c;
            }
        }
        if (n == 0) {
            return new long[0];
        }
        int shingleCount = Math.max(1, n - CHARS + 1);
        long[] out = new long[shingleCount];
        for (int s = 0; s < shingleCount; s++) {
            long packed = 0;
            for (int k = s; k < Math.min(n, s + CHARS); k++) {
                packed = (packed << 16) | chars[k];
            }
            out[s] = Hashing.mix64(packed ^ 0x7fb5d329728ea185L);
        }
        return out;
    }

    /** Distinct values (order not kept), via a small open-addressing set: cheaper than sorting. */
    static long[] distinct(long[] values) {
        int n = values.length;
        if (n < 2) {
            return values;
        }
        int capacity = Integer.highestOneBit(n * 2 - 1) << 1;
        int mask = capacity - 1;
        long[] table = new long[capacity];
        boolean zeroSeen = false;
        int w = 0;
        for (int r = 0; r < n; r++) {
            long v = values[r];
            if (v == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    values[w++] = v;
                }
                continue;
            }
            int slot = (int) (v >>> 32) & mask; // values are already well-mixed hashes
            while (true) {
                long t = table[slot];
                if (t == 0) {
                    table[slot] = v;
                    values[w++] = v;
                    break;
                }
                if (t == v) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return w == n ? values : Arrays.copyOf(values, w);
    }
}
