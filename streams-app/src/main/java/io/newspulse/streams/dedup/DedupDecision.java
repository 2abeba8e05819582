package io.newspulse.streams.dedup;

import java.util.List;
import java.util.Objects;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.DuplicateKind;
import io.newspulse.dedup.index.DedupResult;

/**
 * An article with its dedup verdict: {@code duplicateOf} is the original of its cluster (null for originals).
 *
 * @param kind         original, exact or near (the same {@link DedupResult.Kind} the offline index reports)
 * @param clusterFixes for the index partitions that recorded the article under another cluster (see {@link ClusterFix})
 */
public record DedupDecision(ArticleEvent article, DedupResult.Kind kind, String duplicateOf, double similarity,
                            List<ClusterFix> clusterFixes) {
    /** Validates the fields. */
    public DedupDecision {
        Objects.requireNonNull(kind, "kind");
        clusterFixes = List.copyOf(clusterFixes);
        if ((kind == DedupResult.Kind.ORIGINAL) != (duplicateOf == null)) {
            throw new IllegalArgumentException("an original has no duplicateOf, a duplicate has one");
        }
    }

    /** A decision that needs no cluster fix. */
    public DedupDecision(ArticleEvent article, DedupResult.Kind kind, String duplicateOf, double similarity) {
        this(article, kind, duplicateOf, similarity, List.of());
    }

    /** The decision about {@code article} that {@code result} describes. */
    public static DedupDecision of(ArticleEvent article, DedupResult result, List<ClusterFix> clusterFixes) {
        return new DedupDecision(article, result.kind(), result.isDuplicate() ? result.clusterId() : null, result.similarity(),
                clusterFixes);
    }

    public boolean novel() {
        return duplicateOf == null;
    }

    /** The kind on the wire ({@code DuplicateEvent.kind}); only for duplicates. */
    public DuplicateKind duplicateKind() {
        return switch (kind) {
            case EXACT -> DuplicateKind.EXACT;
            case NEAR -> DuplicateKind.NEAR;
            case ORIGINAL -> throw new IllegalStateException("an original is not a duplicate");
        };
    }
}
