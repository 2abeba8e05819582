package io.newspulse.dedup.fingerprint;

/**
 * Computes the {@link Fingerprint} of an article: {@link TextCleaner} normalisation, shingling ({@link Shingler}),
 * exact hash, MinHash sketch, figures and sentences. Stateless and thread-safe.
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
        long[] figureHashes = new long[cleaned.numbers().size()];
        for (int i = 0; i < figureHashes.length; i++) {
            String figure = cleaned.numbers().get(i);
            figureHashes[i] = Hashing.hash64(figure, 0, figure.length(), 0x1b873593L);
        }
        long[] sentences = cleaned.sentences();
        return new Fingerprint(hi, lo, shingles.length, sketch,
                figureHashes.length, BottomKSet.of(figureHashes),
                distinctCount(sentences), BottomKSet.of(sentences), cleaned.charShingles());
    }

    private static int distinctCount(long[] values) {
        return (int) java.util.Arrays.stream(values).distinct().count();
    }
}
