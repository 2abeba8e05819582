package io.newspulse.dedup.fingerprint;

/**
 * Computes the {@link Fingerprint} of an article: {@link TextCleaner} normalisation, shingling ({@link Shingler}),
 * exact hash, MinHash sketch and key numbers. Stateless and thread-safe.
 */
public final class Fingerprinter {
    /** Fingerprint of one article; any argument may be null (treated as empty / unknown language). */
    public Fingerprint fingerprint(String title, String body, String language) {
        CleanedText cleaned = TextCleaner.clean(title, body, language);
        String content = cleaned.content();
        long hi = Hashing.hash64(content, 0, content.length(), 0x243f6a8885a308d3L);
        long lo = Hashing.hash64(content, 0, content.length(), 0x13198a2e03707344L);
        long[] shingles = Shingler.shingles(cleaned);
        short[] sketch = MinHashSketch.of(shingles);
        char[] numbers = KeyNumbers.of(cleaned.numbers());
        return new Fingerprint(hi, lo, shingles.length, sketch, cleaned.numbers().size(), numbers,
                cleaned.charShingles());
    }
}
