package io.newspulse.dedup.fingerprint;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything duplicate verification needs about one article, serialisable to at most {@value #MAX_SIGNATURE_BYTES}
 * bytes: the 128-bit hash of its normalised text (exact key), the number of distinct shingles, a 128-value
 * one-permutation MinHash sketch (16-bit values), and bottom-k sets of the figures it quotes and of its sentences.
 * Immutable.
 *
 * <p>Signature layout (big-endian): version (1), flags (1), exact hash (16), shingle count (4), sketch
 * ({@code 2 * 128}), figure count (2), kept figures n (1), figures ({@code 2 * n}), sentence count (2),
 * kept sentences m (1), sentences ({@code 2 * m}).
 */
public final class Fingerprint {
    /** Signature format version written as the first byte. */
    public static final byte VERSION = 1;
    /** Upper bound of {@link #signature()} length. */
    public static final int MAX_SIGNATURE_BYTES = 1 + 1 + 16 + 4 + 2 * MinHashSketch.BINS + 2 * (2 + 1 + 2 * BottomKSet.MAX);
    /** LSH: number of bands ... */
    public static final int BANDS = 16;
    /** ... and sketch values per band. */
    public static final int ROWS = 2;
    /** Below this many distinct shingles an article only gets an exact key (too short to judge similarity). */
    public static final int MIN_SHINGLES_FOR_NEAR = 8;
    /** Prefix of the exact-duplicate candidate key. */
    public static final String EXACT_PREFIX = "x:";
    /** Prefix of the LSH band candidate keys, followed by the band number, ':' and the band value in hex. */
    public static final String BAND_PREFIX = "b";

    private static final int FLAG_CHAR_SHINGLES = 1;

    private final long exactHi;
    private final long exactLo;
    private final int shingleCount;
    private final short[] sketch;
    private final int numberCount;
    private final char[] numbers;
    private final int sentenceCount;
    private final char[] sentences;
    private final boolean charShingles;

    /** Builds a fingerprint from its parts (the arrays are copied). */
    public Fingerprint(long exactHi, long exactLo, int shingleCount, short[] sketch, int numberCount, char[] numbers,
                       int sentenceCount, char[] sentences, boolean charShingles) {
        this(exactHi, exactLo, shingleCount, sketch.clone(), numberCount, numbers.clone(), sentenceCount,
                sentences.clone(), charShingles, true);
    }

    /** A fingerprint that takes ownership of freshly built arrays (no copies). */
    static Fingerprint trusted(long exactHi, long exactLo, int shingleCount, short[] sketch, int numberCount,
                               char[] numbers, int sentenceCount, char[] sentences, boolean charShingles) {
        return new Fingerprint(exactHi, exactLo, shingleCount, sketch, numberCount, numbers, sentenceCount, sentences,
                charShingles, true);
    }

    /** Validates the parts and keeps the given arrays ({@code owned}: only marks this as the no-copy path). */
    private Fingerprint(long exactHi, long exactLo, int shingleCount, short[] sketch, int numberCount, char[] numbers,
                        int sentenceCount, char[] sentences, boolean charShingles, boolean owned) {
        if (sketch.length != MinHashSketch.BINS) {
            throw new IllegalArgumentException("sketch must have " + MinHashSketch.BINS + " values");
        }
        if (numbers.length > BottomKSet.MAX || numbers.length > numberCount) {
            throw new IllegalArgumentException("too many number hashes: " + numbers.length);
        }
        this.exactHi = exactHi;
        this.exactLo = exactLo;
        this.shingleCount = shingleCount;
        this.sketch = sketch;
        this.numberCount = numberCount;
        this.numbers = numbers;
        if (sentences.length > BottomKSet.MAX || sentences.length > sentenceCount) {
            throw new IllegalArgumentException("too many sentence hashes: " + sentences.length);
        }
        this.sentenceCount = sentenceCount;
        this.sentences = sentences;
        this.charShingles = charShingles;
    }

    /** The 128-bit hash of the normalised text as 32 hex digits. */
    public String exactHash() {
        return Hashing.hex(exactHi) + Hashing.hex(exactLo);
    }

    /** The exact-duplicate key {@code "x:<hash>"}. */
    public String exactKey() {
        return EXACT_PREFIX + exactHash();
    }

    /** True when both fingerprints come from the same normalised text. */
    public boolean sameText(Fingerprint other) {
        return exactHi == other.exactHi && exactLo == other.exactLo;
    }

    /** Number of distinct shingles of the normalised text. */
    public int shingleCount() {
        return shingleCount;
    }

    /** Whether character n-grams (CJK) rather than word shingles were used. */
    public boolean charShingles() {
        return charShingles;
    }

    /** A copy of the MinHash sketch. */
    public short[] sketch() {
        return sketch.clone();
    }

    short[] sketchView() {
        return sketch;
    }

    /** Distinct figures found in the text (may exceed the number of kept hashes). */
    public int numberCount() {
        return numberCount;
    }

    /** A copy of the kept number hashes (sorted, unsigned 16-bit). */
    public char[] numbers() {
        return numbers.clone();
    }

    /** Distinct sentences found in the body (may exceed the number of kept hashes). */
    public int sentenceCount() {
        return sentenceCount;
    }

    /** Estimated share of the smaller set of sentences that the other article contains verbatim. */
    public double sentenceOverlap(Fingerprint other) {
        return BottomKSet.overlap(sentences, sentenceCount, other.sentences, other.sentenceCount);
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(Fingerprint other) {
        return MinHashSketch.jaccard(sketch, other.sketch);
    }

    /** Estimated share of the smaller number set that the other article quotes too. */
    public double numberOverlap(Fingerprint other) {
        return BottomKSet.overlap(numbers, numberCount, other.numbers, other.numberCount);
    }

    /** Whether the article is long enough to be compared for near duplicates. */
    public boolean nearComparable() {
        return shingleCount >= MIN_SHINGLES_FOR_NEAR;
    }

    /**
     * The keys under which this article is indexed and looked up: the exact key first, then one key per LSH band
     * ({@code "b<band>:<hex>"}, {@value #BANDS} bands of {@value #ROWS} sketch values) when the text is long enough.
     */
    public List<String> candidateKeys() {
        List<String> keys = new ArrayList<>(1 + BANDS);
        keys.add(exactKey());
        if (!nearComparable()) {
            return keys;
        }
        StringBuilder sb = new StringBuilder(16);
        for (int band = 0; band < BANDS; band++) {
            sb.setLength(0);
            sb.append(BAND_PREFIX).append(band).append(':');
            for (int r = 0; r < ROWS; r++) {
                int v = sketch[band * ROWS + r] & 0xFFFF;
                String hex = Integer.toHexString(v);
                for (int pad = hex.length(); pad < 4; pad++) {
                    sb.append('0');
                }
                sb.append(hex);
            }
            keys.add(sb.toString());
        }
        return keys;
    }

    /**
     * Where a key of {@link #candidateKeys()} stands in that list (and in {@link #candidateKeyCodes()}): 0 for the
     * exact key, {@code band + 1} for a band key; read from the key itself, so the caller needs no key list.
     *
     * @throws IllegalArgumentException when {@code key} is not a candidate key
     */
    public static int keyPosition(String key) {
        if (key.startsWith(EXACT_PREFIX)) {
            return 0;
        }
        int colon = key.indexOf(':');
        if (key.startsWith(BAND_PREFIX) && colon > BAND_PREFIX.length()) {
            try {
                int band = Integer.parseInt(key, BAND_PREFIX.length(), colon, 10);
                if (band >= 0 && band < BANDS) {
                    return band + 1;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("not a dedup candidate key: " + key);
    }

    /**
     * The {@link #candidateKeys()} as 64-bit codes, same order, for in-process indexes that need no strings: a band
     * key is {@code (band + 1) << 32 | values} exactly, the exact key a hash of the 128-bit text hash with the top
     * bit set, so the two kinds never collide and no code is 0.
     */
    public long[] candidateKeyCodes() {
        long exact = Hashing.mix64(exactHi ^ Long.rotateLeft(exactLo, 32)) | Long.MIN_VALUE;
        if (!nearComparable()) {
            return new long[] {exact};
        }
        long[] codes = new long[1 + BANDS];
        codes[0] = exact;
        for (int band = 0; band < BANDS; band++) {
            long values = 0;
            for (int r = 0; r < ROWS; r++) {
                values = (values << 16) | (sketch[band * ROWS + r] & 0xFFFF);
            }
            codes[band + 1] = ((long) (band + 1) << 32) | values;
        }
        return codes;
    }

    /** The compact serialised form (at most {@value #MAX_SIGNATURE_BYTES} bytes). */
    public byte[] signature() {
        ByteBuffer buf = ByteBuffer.allocate(1 + 1 + 16 + 4 + 2 * sketch.length + 2 + 1 + 2 * numbers.length + 2 + 1
                + 2 * sentences.length);
        buf.put(VERSION).put((byte) (charShingles ? FLAG_CHAR_SHINGLES : 0));
        buf.putLong(exactHi).putLong(exactLo).putInt(shingleCount);
        for (short s : sketch) {
            buf.putShort(s);
        }
        buf.putChar((char) Math.min(numberCount, Character.MAX_VALUE)).put((byte) numbers.length);
        for (char c : numbers) {
            buf.putChar(c);
        }
        buf.putChar((char) Math.min(sentenceCount, Character.MAX_VALUE)).put((byte) sentences.length);
        for (char c : sentences) {
            buf.putChar(c);
        }
        return buf.array();
    }

    /** Reads a signature written by {@link #signature()}. */
    public static Fingerprint fromSignature(byte[] signature) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(signature);
            byte version = buf.get();
            if (version != VERSION) {
                throw new IllegalArgumentException("unsupported fingerprint signature version " + version);
            }
            boolean chars = (buf.get() & FLAG_CHAR_SHINGLES) != 0;
            long hi = buf.getLong();
            long lo = buf.getLong();
            int count = buf.getInt();
            short[] sketch = new short[MinHashSketch.BINS];
            for (int i = 0; i < sketch.length; i++) {
                sketch[i] = buf.getShort();
            }
            int numberCount = buf.getChar();
            char[] numbers = new char[buf.get() & 0xFF];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = buf.getChar();
            }
            int sentenceCount = buf.getChar();
            char[] sentences = new char[buf.get() & 0xFF];
            for (int i = 0; i < sentences.length; i++) {
                sentences[i] = buf.getChar();
            }
            if (buf.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes in fingerprint signature");
            }
            return trusted(hi, lo, count, sketch, numberCount, numbers, sentenceCount, sentences, chars);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated fingerprint signature", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && sameText(f) && shingleCount == f.shingleCount
                && Arrays.equals(sketch, f.sketch) && numberCount == f.numberCount
                && Arrays.equals(numbers, f.numbers) && sentenceCount == f.sentenceCount
                && Arrays.equals(sentences, f.sentences) && charShingles == f.charShingles;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(exactHi) * 31 + Long.hashCode(exactLo);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + exactHash() + ", shingles=" + shingleCount + ", figures=" + numberCount + ", sentences=" + sentenceCount + "]";
    }
}
