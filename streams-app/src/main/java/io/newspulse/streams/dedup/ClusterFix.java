package io.newspulse.streams.dedup;

import java.util.Objects;

/**
 * The cluster an index partition should record for an article it indexed under a provisional cluster. A lookup
 * partition sees only the article's keys that it owns, so it indexes the article with the cluster of its own best
 * match (its own id when it found none); the decision step, which merges every partition's verdict, sends this fix
 * to each partition whose provisional cluster differs from the decided one, so later copies of the article name
 * the same original as the offline index does.
 *
 * @param routingKey  a dedup key owned by the partition to fix (the record key, so the default partitioner routes it)
 * @param articleId   the indexed article
 * @param clusterId   its decided cluster
 * @param eventTimeMs its event time (the timestamp of its index entries)
 */
public record ClusterFix(String routingKey, String articleId, String clusterId, long eventTimeMs) {
    /** Validates the fields. */
    public ClusterFix {
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(clusterId, "clusterId");
    }
}
