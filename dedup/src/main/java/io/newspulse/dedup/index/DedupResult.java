package io.newspulse.dedup.index;

import java.util.Objects;

/**
 * What {@link DedupIndex#offer} decided about an article.
 *
 * @param kind       original / exact / near
 * @param clusterId  id of the first article of the cluster (the article itself for an original)
 * @param matchedId  id of the indexed article that matched (the article itself for an original)
 * @param similarity estimated similarity to the matched article (1.0 for original and exact)
 */
public record DedupResult(Kind kind, String clusterId, String matchedId, double similarity) {
    /** Kind of a dedup decision. */
    public enum Kind {
        /** First article of a new cluster. */
        ORIGINAL("original"),
        /** Same normalised text as an earlier article. */
        EXACT("exact"),
        /** Re-wrapped or lightly edited copy of an earlier article. */
        NEAR("near");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The lower-case name used in the {@code dedup} command's output and in metric tags. */
        public String code() {
            return code;
        }
    }

    /** Validates the fields. */
    public DedupResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(matchedId, "matchedId");
    }

    /** The result for a first-seen article. */
    public static DedupResult original(String articleId) {
        return new DedupResult(Kind.ORIGINAL, articleId, articleId, 1.0);
    }

    /** True for exact and near results. */
    public boolean isDuplicate() {
        return kind != Kind.ORIGINAL;
    }
}
