package io.newspulse.dedup.fingerprint;

/**
 * Computes the {@link Fingerprint} of an article: {@link TextCleaner} normalisation, shingling ({@link Shingler}),
 * exact hash, MinHash sketch, figures and sentences. Thread-safe: the only state is per-thread scratch buffers,
 * reused from article to article (one pass over the text, no per-sentence or per-shingle objects).
 */
public final class Fingerprinter {
    private static final long EXACT_SEED_HI = 0x243f6a8885a308d3L;
    private static final long EXACT_SEED_LO = 0x13198a2e03707344L;

    /** Per-thread buffers, reused article after article (the fingerprint copies what it keeps). */
    private static final ThreadLocal<CleanedContent> BUFFERS = ThreadLocal.withInitial(() -> new CleanedContent(4096, false));
    /** Buffers grown beyond this by an outsized article are dropped rather than kept for the thread's lifetime. */
    private static final long MAX_RETAINED_BYTES = 1 << 20;

    /** Fingerprint of one article; any argument may be null (treated as empty / unknown language). */
    public Fingerprint fingerprint(String title, String body, String language) {
        CleanedContent buffers = BUFFERS.get();
        try {
            return fingerprint(TextCleaner.cleanContent(title, body, language, buffers));
        } finally {
            if (buffers.retainedBytes() > MAX_RETAINED_BYTES) {
                BUFFERS.remove();
            }
        }
    }

    private static Fingerprint fingerprint(CleanedContent cleaned) {
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
