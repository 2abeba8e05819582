package io.newspulse.streams.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.newspulse.dedup.Verdict;

/**
 * An article travelling along the dedup chain with what the partitions it visited found: it started on its own
 * partition ({@code origin}) and goes to each other partition owning some of its keys in turn ({@link DedupChain#next});
 * the last one decides.
 *
 * @param partition   the index partition this hop is for
 * @param origin      the article's own partition, where the chain started
 * @param articleId   the article
 * @param eventTimeMs its event time
 * @param signature   its compact fingerprint ({@code Fingerprint.signature()}): the keys and the verification input
 * @param article     the article itself (Avro single-object encoding), for the decision and tagging at the last hop
 *                    (empty on the first hop, in the task that read the article and holds it decoded)
 * @param best        the best verdict of the partitions visited so far ({@link Verdict#none()} before any match)
 * @param indexed     the visited partitions that indexed the article, with their provisional cluster
 */
public record ChainHop(int partition, int origin, String articleId, long eventTimeMs, byte[] signature, byte[] article,
                       Verdict best, List<IndexedAs> indexed) implements ChainMessage {
    /**
     * One partition indexed the article with a provisional cluster.
     *
     * @param partition the partition
     * @param cluster   the provisional cluster
     */
    public record IndexedAs(int partition, String cluster) {
        /** Validates the fields. */
        public IndexedAs {
            Objects.requireNonNull(cluster, "cluster");
        }
    }

    /** Validates the fields. */
    public ChainHop {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(best, "best");
        indexed = List.copyOf(indexed);
        if (partition < 0 || origin < 0) {
            throw new IllegalArgumentException("partitions must be >= 0");
        }
    }

    /** {@code indexed} with {@code at}'s verdict added when that partition indexed the article. */
    static List<IndexedAs> with(List<IndexedAs> indexed, int at, GroupVerdict verdict) {
        if (verdict == null || verdict.indexedCluster() == null) {
            return indexed;
        }
        List<IndexedAs> more = new ArrayList<>(indexed);
        more.add(new IndexedAs(at, verdict.indexedCluster()));
        return more;
    }
}
