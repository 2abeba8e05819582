package io.newspulse.streams.dedup;

/**
 * The best match one index partition found for an article, over the keys of one probe.
 *
 * @param articleId   the article the verdict is about
 * @param keysCovered how many of the article's keys this verdict covers (the decision waits for all of them)
 * @param kind        EXACT, NEAR or DIFFERENT (from {@code io.newspulse.dedup.MatchKind})
 * @param clusterId   original of the matched cluster (null when DIFFERENT)
 * @param eventTimeMs event time of the matched article
 * @param similarity  verified similarity
 */
public record GroupVerdict(String articleId, int keysCovered, String kind, String clusterId, long eventTimeMs, double similarity) {
}
