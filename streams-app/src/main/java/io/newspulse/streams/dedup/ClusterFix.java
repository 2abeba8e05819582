package io.newspulse.streams.dedup;

import java.util.Objects;

/**
 * The cluster an index partition should record for an article it indexed under a provisional cluster. A partition
 * sees only the article's keys that it owns, so it indexes the article with the cluster of its own best match (its
 * own id when it found none); the chain's last hop, which has every partition's verdict, sends this fix on the chain
 * topic to each partition whose provisional cluster differs from the decided one (or records it at once when that
 * is its own partition), so later copies of the article name the same original as the offline index does.
 *
 * @param partition   the index partition to fix
 * @param articleId   the indexed article
 * @param clusterId   its decided cluster
 * @param eventTimeMs its event time (the timestamp of its index entries)
 */
public record ClusterFix(int partition, String articleId, String clusterId, long eventTimeMs) implements ChainMessage {
    /** Validates the fields. */
    public ClusterFix {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(clusterId, "clusterId");
        if (partition < 0) {
            throw new IllegalArgumentException("partition must be >= 0, not " + partition);
        }
    }
}
