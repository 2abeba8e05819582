package io.newspulse.dedup.index;

import java.util.Objects;

/**
 * What the index keeps about one article under each of its candidate keys.
 *
 * @param articleId   the article
 * @param clusterId   the original (first) article of its cluster; equals {@code articleId} for an original
 * @param eventTimeMs event time of the article (epoch ms)
 * @param signature   {@link io.newspulse.dedup.fingerprint.Fingerprint#signature()} of the article
 */
public record IndexEntry(String articleId, String clusterId, long eventTimeMs, byte[] signature) {
    /** Validates the fields. */
    public IndexEntry {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(signature, "signature");
    }

    /** Approximate bytes this entry occupies when serialised (ids as UTF-8, time, signature). */
    public int serializedSize() {
        return articleId.length() + clusterId.length() + 8 + signature.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexEntry e && articleId.equals(e.articleId) && clusterId.equals(e.clusterId)
                && eventTimeMs == e.eventTimeMs && java.util.Arrays.equals(signature, e.signature);
    }

    @Override
    public int hashCode() {
        return articleId.hashCode();
    }

    @Override
    public String toString() {
        return "IndexEntry[" + articleId + " of " + clusterId + " @" + eventTimeMs + "]";
    }
}
