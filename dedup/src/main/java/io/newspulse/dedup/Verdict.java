package io.newspulse.dedup;

import java.util.Objects;

/**
 * Result of verifying a candidate article against one indexed article.
 *
 * @param kind        exact / near / different
 * @param matchedId   id of the indexed article compared against (null for {@link #none()})
 * @param clusterId   id of the original (first) article of the indexed article's cluster (null for none)
 * @param eventTimeMs event time of the indexed article
 * @param similarity  estimated similarity in [0, 1] (1.0 for exact)
 */
public record Verdict(MatchKind kind, String matchedId, String clusterId, long eventTimeMs, double similarity) {
    private static final Verdict NONE = new Verdict(MatchKind.DIFFERENT, null, null, Long.MAX_VALUE, 0.0);

    /** Validates the fields. */
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        if (kind != MatchKind.DIFFERENT && (matchedId == null || clusterId == null)) {
            throw new IllegalArgumentException("a duplicate verdict needs the matched and cluster ids");
        }
    }

    /** The verdict for "nothing to compare with". */
    public static Verdict none() {
        return NONE;
    }

    /** True for exact and near verdicts. */
    public boolean isDuplicate() {
        return kind != MatchKind.DIFFERENT;
    }
}
