package io.newspulse.dedup.fingerprint;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014): each shingle
 * hash is hashed once, its top bits choose one of {@value #BINS} bins and each bin keeps its minimum; empty bins
 * borrow from the next non-empty bin. Each bin is stored as 16 bits, so the sketch takes {@code 2 * BINS} bytes
 * and the fraction of equal bins of two sketches estimates the Jaccard similarity of their shingle sets.
 */
public final class MinHashSketch {
    /** Number of bins (= sketch values). */
    public static final int BINS = 128;
    private static final int BIN_BITS = 7;
    private static final long RANK_MASK = (1L << (64 - BIN_BITS)) - 1;

    private MinHashSketch() {
    }

    /** The sketch of a set of shingle hashes; all zeros for an empty set. */
    public static short[] of(long[] shingles) {
        return of(shingles, shingles.length);
    }

    /**
     * The sketch of the set of shingle hashes in {@code shingles[0, count)}; repeats do not matter (a bin keeps a
     * minimum), so they need not be removed first.
     */
    public static short[] of(long[] shingles, int count) {
        Builder builder = new Builder();
        for (int i = 0; i < count; i++) {
            builder.add(shingles[i]);
        }
        return builder.build();
    }

    /** Accumulates shingle hashes (already avalanche-mixed; repeats harmless) into bin minima. */
    static final class Builder {
        private final long[] min = new long[BINS];
        private boolean empty = true;

        Builder() {
            java.util.Arrays.fill(min, Long.MAX_VALUE);
        }

        void add(long h) {
            int bin = (int) (h >>> (64 - BIN_BITS));
            long rank = h & RANK_MASK;
            if (rank < min[bin]) {
                min[bin] = rank;
            }
            empty = false;
        }

        /** The sketch, empty bins densified from the next non-empty one; all zeros when nothing was added. */
        short[] build() {
            short[] values = new short[BINS];
            if (empty) {
                return values;
            }
            for (int b = 0; b < BINS; b++) {
                if (min[b] != Long.MAX_VALUE) {
                    values[b] = (short) min[b];
                }
            }
            for (int b = 0; b < BINS; b++) {
                if (min[b] == Long.MAX_VALUE) {
                    int distance = 1;
                    int from = (b + 1) % BINS;
                    while (min[from] == Long.MAX_VALUE) {
                        from = (from + 1) % BINS;
                        distance++;
                    }
                    values[b] = (short) (Hashing.mix64(min[from] + distance * 0x9e3779b97f4a7c15L));
                }
            }
            return values;
        }
    }

    /** Estimated Jaccard similarity: the fraction of bins holding the same value. */
    public static double jaccard(short[] a, short[] b) {
        int same = 0;
        for (int i = 0; i < BINS; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) BINS;
    }
}
