package io.newspulse.dedup.fingerprint;

/**
 * Cuts cleaned content into hashed shingles: {@value #WORDS} consecutive words for spaced languages, or
 * {@value #CHARS} consecutive characters (spaces ignored) for CJK text, and counts the distinct ones.
 */
public final class Shingler {
    /** Words per shingle for spaced languages. */
    public static final int WORDS = 4;
    /** Characters per shingle for CJK text. */
    public static final int CHARS = 4;
    private static final long WORD_SEED = 0x5bd1e9955bd1e995L;
    private static final long CHAR_SALT = 0x7fb5d329728ea185L;

    private Shingler() {
    }

    /** Number of distinct shingles of a text and the MinHash sketch of their set. */
    record Summary(int distinct, short[] sketch) {
    }

    /** The {@link Summary} of cleaned content (words separated by single spaces), using its scratch arrays. */
    static Summary summarize(CleanedContent cleaned) {
        Collector collector = cleaned.charShingles ? charShingles(cleaned) : wordShingles(cleaned);
        return new Summary(collector.distinct, collector.sketch.build());
    }

    private static Collector wordShingles(CleanedContent cleaned) {
        char[] content = cleaned.chars;
        int n = cleaned.length;
        long[] words = cleaned.longScratch(n / 2 + 1);
        int count = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && content[end] != ' ') {
                end++;
            }
            words[count++] = Hashing.hash64(content, start, end, WORD_SEED);
            start = end + 1;
        }
        int shingleCount = count == 0 ? 0 : Math.max(1, count - WORDS + 1);
        Collector out = new Collector(shingleCount, cleaned);
        for (int s = 0; s < shingleCount; s++) {
            long h = 0x2545f4914f6cdd1dL;
            for (int k = s, last = Math.min(count, s + WORDS); k < last; k++) {
                h = Long.rotateLeft(h * 0x9e3779b97f4a7c15L, 23) ^ words[k];
            }
            out.add(Hashing.mix64(h));
        }
        return out;
    }

    /** Rolling: a long holds exactly {@value #CHARS} chars, so shifting one in drops the oldest. */
    private static Collector charShingles(CleanedContent cleaned) {
        char[] content = cleaned.chars;
        int n = cleaned.length;
        Collector out = new Collector(n, cleaned);
        long packed = 0;
        int seen = 0;
        for (int i = 0; i < n; i++) {
            char c = content[i];
            if (c == ' ') {
                continue;
            }
            packed = (packed << 16) | c;
            if (++seen >= CHARS) {
                out.add(Hashing.mix64(packed ^ CHAR_SALT));
            }
        }
        if (seen > 0 && seen < CHARS) {
            out.add(Hashing.mix64(packed ^ CHAR_SALT));
        }
        return out;
    }

    /** Counts distinct shingle hashes (open addressing; the hashes are well mixed) and sketches the new ones. */
    private static final class Collector {
        private final long[] table;
        private final int mask;
        private final MinHashSketch.Builder sketch = new MinHashSketch.Builder();
        private boolean zeroSeen;
        private int distinct;

        Collector(int expected, CleanedContent buffers) {
            int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
            table = buffers.zeroedTable(capacity);
            mask = capacity - 1;
        }

        void add(long v) {
            if (v == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    distinct++;
                    sketch.add(v);
                }
                return;
            }
            int slot = (int) (v >>> 32) & mask;
            while (true) {
                long t = table[slot];
                if (t == 0) {
                    table[slot] = v;
                    distinct++;
                    sketch.add(v);
                    return;
                }
                if (t == v) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /** Number of distinct values among {@code values[0, count)} (well-mixed hashes), via open addressing in a scratch table. */
    static int distinctCount(long[] values, int count, CleanedContent buffers) {
        if (count < 2) {
            return count;
        }
        int capacity = Integer.highestOneBit(count * 2 - 1) << 1;
        int mask = capacity - 1;
        long[] table = buffers.zeroedTable(capacity);
        boolean zeroSeen = false;
        int distinct = 0;
        for (int r = 0; r < count; r++) {
            long v = values[r];
            if (v == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    distinct++;
                }
                continue;
            }
            int slot = (int) (v >>> 32) & mask;
            while (true) {
                long t = table[slot];
                if (t == 0) {
                    table[slot] = v;
                    distinct++;
                    break;
                }
                if (t == v) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return distinct;
    }
}
