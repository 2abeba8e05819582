package io.newspulse.streams.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.newspulse.dedup.Verdict;

/**
 * Decision state of one article while its verdicts arrive: the encoded article (null until it arrived), how many keys
 * are expected (-1 until the article arrived) and covered so far, the best verdict yet ({@link Verdict#none()}
 * before any), and where the article was indexed with which provisional cluster.
 */
public record PendingArticle(byte[] article, int expectedKeys, int coveredKeys, Verdict best, List<IndexedAs> indexed) {
    public static final PendingArticle EMPTY = new PendingArticle(null, -1, 0, Verdict.none(), List.of());

    /**
     * One partition indexed the article with a provisional cluster.
     *
     * @param routingKey a key owned by that partition
     * @param cluster    the provisional cluster
     */
    public record IndexedAs(String routingKey, String cluster) {
        /** Validates the fields. */
        public IndexedAs {
            Objects.requireNonNull(routingKey, "routingKey");
            Objects.requireNonNull(cluster, "cluster");
        }
    }

    /** Validates the fields. */
    public PendingArticle {
        Objects.requireNonNull(best, "best");
        indexed = List.copyOf(indexed);
    }

    public boolean complete() {
        return article != null && expectedKeys >= 0 && coveredKeys >= expectedKeys;
    }

    /** This state with the article arrived. */
    PendingArticle withArticle(byte[] encoded, int keys) {
        return new PendingArticle(encoded, keys, coveredKeys, best, indexed);
    }

    /** This state with one more partition's verdict merged in, {@code best} being the better of the two. */
    PendingArticle withVerdict(GroupVerdict v, Verdict newBest) {
        List<IndexedAs> more = indexed;
        if (v.routingKey() != null && v.indexedCluster() != null) {
            more = new ArrayList<>(indexed);
            more.add(new IndexedAs(v.routingKey(), v.indexedCluster()));
        }
        return new PendingArticle(article, expectedKeys, coveredKeys + v.keysCovered(), newBest, more);
    }
}
