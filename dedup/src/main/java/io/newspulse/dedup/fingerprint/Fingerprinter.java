package io.newspulse.dedup.fingerprint;

/**
 * Computes the {@link Fingerprint} of an article: {@link TextCleaner} normalisation, shingling ({@link Shingler}),
 * exact hash, MinHash sketch, figures and sentences. Stateless and thread-safe.
 */
public final class Fingerprinter {
    private static final long EXACT_SEED_HI = 0x243f6a8885a308d3L;
    private static final long EXACT_SEED_LO = 0x13198a2e03707344L;

    /** Per-thread buffers, reused article after article (the fingerprint copies what it keeps). */
    private static final ThreadLocal<CleanedContent> BUFFERS = ThreadLocal.withInitial(() -> new CleanedContent(4096, false));

    /** Fingerprint of one article; any argument may be null (treated as empty / unknown language). */
    public Fingerprint fingerprint(String title, String body, String language) {
        CleanedContent cleaned = TextCleaner.cleanContent(title, body, language, BUFFERS.get());
        char[] content = cleaned.chars;
        int length = cleaned.length;
        long[] exact = Hashing.hash64Pair(content, 0, length, EXACT_SEED_HI, EXACT_SEED_LO);
        Shingler.Summary shingles = Shingler.summarize(cleaned);
        return Fingerprint.trusted(exact[0], exact[1], shingles.distinct(), shingles.sketch(),
                Shingler.distinctCount(cleaned.figures, cleaned.figureCount, cleaned),
                BottomKSet.of(cleaned.figures, cleaned.figureCount),
                Shingler.distinctCount(cleaned.sentences, cleaned.sentenceCount, cleaned),
                BottomKSet.of(cleaned.sentences, cleaned.sentenceCount), cleaned.charShingles);
    }
}
