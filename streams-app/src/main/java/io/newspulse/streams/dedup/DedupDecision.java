package io.newspulse.streams.dedup;

import io.newspulse.avro.ArticleEvent;

/**
 * An article with its dedup verdict: {@code kind} is "original", "exact" or "near"; {@code duplicateOf} is the
 * original of its cluster (null for originals).
 */
public record DedupDecision(ArticleEvent article, String kind, String duplicateOf, double similarity) {
    public boolean novel() {
        return duplicateOf == null;
    }
}
