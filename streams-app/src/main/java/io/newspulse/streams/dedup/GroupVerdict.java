package io.newspulse.streams.dedup;

import java.util.Objects;

import io.newspulse.dedup.Verdict;

/**
 * The best match one index partition found for an article, over the article's keys that partition owns.
 *
 * @param articleId      the article the verdict is about
 * @param keysCovered    how many of the article's keys the partition looked up
 * @param verdict        the partition's best verdict ({@link Verdict#none()} when nothing matched)
 * @param indexedCluster the cluster the partition indexed the article with; null when it did not index it
 */
public record GroupVerdict(String articleId, int keysCovered, Verdict verdict, String indexedCluster) {
    /** Validates the fields. */
    public GroupVerdict {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(verdict, "verdict");
    }
}
