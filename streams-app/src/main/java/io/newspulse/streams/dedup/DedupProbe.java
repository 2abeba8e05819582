package io.newspulse.streams.dedup;

import java.util.List;

/**
 * The dedup keys of one article that live on one partition of the dedup index, with the article's signature: what
 * one hop of the chain looks up in that partition ({@link IndexLookup#lookup}).
 *
 * @param articleId   the article
 * @param eventTimeMs its event time
 * @param signature   compact fingerprint ({@code Fingerprint.signature()})
 * @param keys        the article's candidate keys that partition owns
 */
public record DedupProbe(String articleId, long eventTimeMs, byte[] signature, List<String> keys) {
}
