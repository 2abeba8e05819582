package io.newspulse.streams.config;

/**
 * Which companies get a {@code signals.<company-id>} topic ({@code signals.per.company.topics}; the setting takes
 * the constant's name in lower case). A new mode is a new constant here plus its case where the app resolves the
 * companies ({@code NewsStreamsApp}); the setting's validator and documentation follow from this enum.
 */
public enum PerCompanyTopics {
    /** The curated core of the knowledge base (default; about 3,020), including curated companies loaded later. */
    CURATED,
    /** Every knowledge-base company, including companies loaded later (topics created as they arrive). */
    ALL,
    /** Only the companies listed in {@code signals.watchlist}. */
    WATCHLIST,
    /** No per-company topics. */
    NONE
}
