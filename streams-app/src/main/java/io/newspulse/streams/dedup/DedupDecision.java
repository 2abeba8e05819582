package io.newspulse.streams.dedup;

import java.util.Objects;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.DuplicateKind;
import io.newspulse.dedup.index.DedupResult;

/**
 * An article with its dedup verdict: {@code duplicateOf} is the original of its cluster (null for originals).
 *
 * @param kind original, exact or near (the same {@link DedupResult.Kind} the offline index reports)
 */
public record DedupDecision(ArticleEvent article, DedupResult.Kind kind, String duplicateOf, double similarity) {
    /** Validates the fields. */
    public DedupDecision {
        Objects.requireNonNull(kind, "kind");
        if ((kind == DedupResult.Kind.ORIGINAL) != (duplicateOf == null)) {
            throw new IllegalArgumentException("an original has no duplicateOf, a duplicate has one");
        }
    }

    /** The decision about {@code article} that {@code result} describes. */
    public static DedupDecision of(ArticleEvent article, DedupResult result) {
        return new DedupDecision(article, result.kind(), result.isDuplicate() ? result.clusterId() : null, result.similarity());
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
