package io.newspulse.dedup.fingerprint;

/**
 * Computes the {@link Fingerprint} of an article: {@link TextCleaner} normalisation, shingling ({@link Shingler}),
 * exact hash, MinHash sketch, figures and sentences. Stateless and thread-safe.
 */
public final class Fingerprinter {
    private static final long EXACT_SEED_HI = 0x243f6a8885a308d3L;
    private static final long EXACT_SEED_LO = 0x13198a2e03707344L;

    /** Fingerprint of one article; any argument may be null (treated as empty / unknown language). */
    public Fingerprint fingerprint(String title, String body, String language) {
        CleanedContent cleaned = TextCleaner.cleanContent(title, body, language, false);
        char[] content = cleaned.chars;
        int length = cleaned.length;
        long hi = Hashing.hash64(content, 0, length, EXACT_SEED_HI);
        long lo = Hashing.hash64(content, 0, length, EXACT_SEED_LO);
        long[] shingles = new long[length];
        int shingleCount = Shingler.hashes(content, length, cleaned.charShingles, shingles);
        short[] sketch = MinHashSketch.of(shingles, shingleCount);
        return Fingerprint.trusted(hi, lo, Shingler.distinctCount(shingles, shingleCount), sketch,
                Shingler.distinctCount(cleaned.figures, cleaned.figureCount),
                BottomKSet.of(cleaned.figures, cleaned.figureCount),
                Shingler.distinctCount(cleaned.sentences, cleaned.sentenceCount),
                BottomKSet.of(cleaned.sentences, cleaned.sentenceCount), cleaned.charShingles);
    }
}
