package io.newspulse.dedup.fingerprint;

import java.util.Arrays;
import java.util.List;

/**
 * The figures of an article as a bottom-k set of 16-bit hashes (at most {@value #MAX} kept, the smallest hashes, so
 * that two articles keep comparable subsets), and their overlap estimate. Figures are evidence: two stories with the
 * same wording but different numbers are different stories.
 */
public final class KeyNumbers {
    /** Most number hashes kept per article. */
    public static final int MAX = 24;

    private KeyNumbers() {
    }

    /** Sorted (unsigned) distinct 16-bit hashes of the numbers, at most {@link #MAX}. */
    public static char[] of(List<String> numbers) {
        char[] all = new char[numbers.size()];
        for (int i = 0; i < all.length; i++) {
            String n = numbers.get(i);
            all[i] = (char) (Hashing.hash64(n, 0, n.length(), 0x1b873593L) >>> 48);
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
     * Estimated share of the smaller number set found in the other one (overlap coefficient), from bottom-k
     * sketches of sets with {@code countA}/{@code countB} distinct numbers; 1.0 when either set is empty.
     */
    public static double overlap(char[] a, int countA, char[] b, int countB) {
        if (countA == 0 || countB == 0) {
            return 1.0;
        }
        int k = Math.min(MAX, Math.max(a.length, b.length));
        boolean completeA = countA <= a.length;
        boolean completeB = countB <= b.length;
        int i = 0;
        int j = 0;
        int taken = 0;
        int shared = 0;
        char limitA = completeA ? Character.MAX_VALUE : a[a.length - 1];
        char limitB = completeB ? Character.MAX_VALUE : b[b.length - 1];
        char limit = (char) Math.min(limitA, limitB);
        while (taken < k && (i < a.length || j < b.length)) {
            char next;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
                if (next <= limit) {
                    shared++;
                }
            }
            if (next > limit) {
                break;
            }
            taken++;
        }
        if (taken == 0) {
            return 0.0;
        }
        double jaccard = shared / (double) taken;
        double intersection = jaccard * (countA + countB) / (1.0 + jaccard);
        return Math.min(1.0, intersection / Math.min(countA, countB));
    }
}
