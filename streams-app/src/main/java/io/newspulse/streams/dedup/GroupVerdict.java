package io.newspulse.streams.dedup;

import java.util.Objects;

import io.newspulse.dedup.Verdict;

/**
 * The best match one index partition found for an article, over the keys of one probe.
 *
 * @param articleId   the article the verdict is about
 * @param keysCovered how many of the article's keys this verdict covers (the decision waits for all of them)
 * @param verdict     the partition's best verdict ({@link Verdict#none()} when nothing matched)
 */
public record GroupVerdict(String articleId, int keysCovered, Verdict verdict) {
    /** Validates the fields. */
    public GroupVerdict {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(verdict, "verdict");
    }
}
