package io.newspulse.dedup.fingerprint;

import java.util.Arrays;

/**
 * A small set summary as a bottom-k sketch of 16-bit hashes (at most {@value #MAX} kept, the smallest, so that two
 * articles keep comparable subsets), used for the figures and the sentences of an article, and the overlap estimate
 * of two such sets.
 */
public final class BottomKSet {
    /** Most hashes kept per set. */
    public static final int MAX = 24;

    private BottomKSet() {
    }

    /** Sorted (unsigned) distinct 16-bit reductions of the given 64-bit hashes, at most {@link #MAX}. */
    public static char[] of(long[] hashes) {
        return of(hashes, hashes.length);
    }

    /** {@link #of(long[])} of {@code hashes[0, count)}; repeats do not matter. */
    public static char[] of(long[] hashes, int count) {
        char[] all = new char[count];
        for (int i = 0; i < all.length; i++) {
            all[i] = (char) (Hashing.mix64(hashes[i]) >>> 48);
        }
        Arrays.sort(all);
        int w = 0;
        for (int r = 0; r < all.length; r++) {
            if (w == 0 || all[r] != all[w - 1]) {
                all[w++] = all[r];
            }
        }
        return Arrays.copyOf(all, Math.min(w, MAX));
    }

    /**
     * Estimated share of the smaller set found in the other one (overlap coefficient), from the sketches of sets
     * with {@code countA}/{@code countB} distinct members; 1.0 when either set is empty. Exact when both sketches
     * hold their whole set.
     */
    public static double overlap(char[] a, int countA, char[] b, int countB) {
        if (countA == 0 || countB == 0) {
            return 1.0;
        }
        boolean complete = countA <= a.length && countB <= b.length;
        char limit = complete ? Character.MAX_VALUE
                : (char) Math.min(countA <= a.length ? Character.MAX_VALUE : a[a.length - 1],
                countB <= b.length ? Character.MAX_VALUE : b[b.length - 1]);
        int k = complete ? Integer.MAX_VALUE : MAX;
        int i = 0;
        int j = 0;
        int taken = 0;
        int shared = 0;
        while (taken < k && (i < a.length || j < b.length)) {
            char next;
            boolean both = false;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
                both = true;
            }
            if (next > limit) {
                break;
            }
            taken++;
            if (both) {
                shared++;
            }
        }
        if (complete) {
            return Math.min(1.0, shared / (double) Math.min(countA, countB));
        }
        if (taken == 0) {
            return 0.0;
        }
        double jaccard = shared / (double) taken;
        double intersection = jaccard * (countA + countB) / (1.0 + jaccard);
        return Math.min(1.0, intersection / Math.min(countA, countB));
    }
}
