package io.newspulse.streams.dedup;

import java.util.List;

/**
 * The dedup keys of one article that live on one partition of the dedup index, with the article's signature:
 * one probe per partition instead of one record per key keeps the repartition traffic at most P records per article.
 *
 * @param articleId   the article
 * @param eventTimeMs its event time
 * @param signature   compact fingerprint ({@code Fingerprint.signature()})
 * @param keys        the article's candidate keys whose home partition this probe goes to
 */
public record DedupProbe(String articleId, long eventTimeMs, byte[] signature, List<String> keys) {
}
