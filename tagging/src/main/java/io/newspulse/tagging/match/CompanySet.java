package io.newspulse.tagging.match;

import java.util.Arrays;

/**
 * A small set of company numbers for one article (open addressing). Replaces {@link java.util.BitSet} there: a
 * bit set indexed by company number allocates and clears a word per 64 companies of the whole knowledge base
 * (kilobytes per set with tens of thousands of companies) although an article names a handful.
 */
final class CompanySet {
    private static final int EMPTY = -1;
    private int[] slots = newSlots(16);
    private int size;

    private static int[] newSlots(int capacity) {
        int[] s = new int[capacity];
        Arrays.fill(s, EMPTY);
        return s;
    }

    /** Adds {@code company} (not negative). */
    void set(int company) {
        int mask = slots.length - 1;
        int i = mix(company) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == company) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = company;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    boolean get(int company) {
        int mask = slots.length - 1;
        int i = mix(company) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == company) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private void grow() {
        int[] old = slots;
        slots = newSlots(old.length * 2);
        size = 0;
        for (int c : old) {
            if (c != EMPTY) {
                set(c);
            }
        }
    }

    private static int mix(int x) {
        return x * 0x9E3779B9 >>> 7;
    }
}
