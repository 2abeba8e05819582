package io.newspulse.streams.dedup;

/**
 * What one hop of the chain emits: a message for another partition ({@code next}) or the decision about an article
 * (exactly one of the two is set).
 */
public record DedupStep(ChainMessage next, DedupDecision decision) {
    /** Validates that exactly one is set. */
    public DedupStep {
        if ((next == null) == (decision == null)) {
            throw new IllegalArgumentException("a dedup step is either a chain message or a decision");
        }
    }

    static DedupStep forward(ChainMessage next) {
        return new DedupStep(next, null);
    }

    static DedupStep decided(DedupDecision decision) {
        return new DedupStep(null, decision);
    }
}
