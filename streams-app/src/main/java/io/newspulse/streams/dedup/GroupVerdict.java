package io.newspulse.streams.dedup;

import java.util.Objects;

import io.newspulse.dedup.Verdict;

/**
 * The best match one index partition found for an article, over the keys of one probe.
 *
 * @param articleId      the article the verdict is about
 * @param keysCovered    how many of the article's keys this verdict covers (the decision waits for all of them)
 * @param verdict        the partition's best verdict ({@link Verdict#none()} when nothing matched)
 * @param routingKey     a key owned by the partition (the probe's first key), to send it a {@link ClusterFix}
 * @param indexedCluster the cluster the partition indexed the article with; null when it did not index it
 */
public record GroupVerdict(String articleId, int keysCovered, Verdict verdict, String routingKey, String indexedCluster) {
    /** Validates the fields. */
    public GroupVerdict {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** A verdict that needs no fix (the partition did not index the article, or nothing routes to it). */
    public GroupVerdict(String articleId, int keysCovered, Verdict verdict) {
        this(articleId, keysCovered, verdict, null, null);
    }
}
