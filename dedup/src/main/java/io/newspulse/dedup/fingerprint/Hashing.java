package io.newspulse.dedup.fingerprint;

/** Small, fast non-cryptographic hash helpers (64-bit finaliser mixing, seeded text hash). */
public final class Hashing {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hashing() {
    }

    /** Avalanche finaliser: every input bit affects every output bit. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Combines an accumulated hash with the next value, order-sensitive. */
    public static long combine(long acc, long next) {
        return mix64(acc * GOLDEN + next);
    }

    /** 64-bit hash of {@code text[from, to)}, seeded. */
    public static long hash64(CharSequence text, int from, int to, long seed) {
        long h = seed ^ ((to - from) * C1);
        int i = from;
        for (; i + 3 < to; i += 4) {
            long block = text.charAt(i) | ((long) text.charAt(i + 1) << 16)
                    | ((long) text.charAt(i + 2) << 32) | ((long) text.charAt(i + 3) << 48);
            h = Long.rotateLeft(h ^ (block * C1), 29) * C2;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 16) {
            tail |= (long) text.charAt(i) << shift;
        }
        h = Long.rotateLeft(h ^ (tail * C2), 31) * C1;
        return mix64(h);
    }

    /** 64-bit hash of {@code text[from, to)}, seeded; the same value as the {@link CharSequence} variant. */
    public static long hash64(char[] text, int from, int to, long seed) {
        long h = seed ^ ((to - from) * C1);
        int i = from;
        for (; i + 3 < to; i += 4) {
            long block = text[i] | ((long) text[i + 1] << 16) | ((long) text[i + 2] << 32) | ((long) text[i + 3] << 48);
            h = Long.rotateLeft(h ^ (block * C1), 29) * C2;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 16) {
            tail |= (long) text[i] << shift;
        }
        h = Long.rotateLeft(h ^ (tail * C2), 31) * C1;
        return mix64(h);
    }

    /** {@link #hash64(char[], int, int, long)} under two seeds at once (one pass): {@code {hashA, hashB}}. */
    public static long[] hash64Pair(char[] text, int from, int to, long seedA, long seedB) {
        long a = seedA ^ ((to - from) * C1);
        long b = seedB ^ ((to - from) * C1);
        int i = from;
        for (; i + 3 < to; i += 4) {
            long block = (text[i] | ((long) text[i + 1] << 16) | ((long) text[i + 2] << 32)
                    | ((long) text[i + 3] << 48)) * C1;
            a = Long.rotateLeft(a ^ block, 29) * C2;
            b = Long.rotateLeft(b ^ block, 29) * C2;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 16) {
            tail |= (long) text[i] << shift;
        }
        a = Long.rotateLeft(a ^ (tail * C2), 31) * C1;
        b = Long.rotateLeft(b ^ (tail * C2), 31) * C1;
        return new long[] {mix64(a), mix64(b)};
    }

    /** A long as exactly 16 lower-case hex digits. */
    public static String hex(long v) {
        String s = Long.toHexString(v);
        return s.length() == 16 ? s : "0".repeat(16 - s.length()) + s;
    }
}
