package io.newspulse.dedup;

/**
 * Thresholds of {@link Verifier}. A candidate is a near duplicate when its estimated Jaccard similarity reaches
 * {@code minJaccard} (lightly edited update), or when the estimated share of the shorter text contained in the
 * longer reaches {@code minContainment} while Jaccard is at least {@code minJaccardForContainment} (a copy
 * re-wrapped with an extra header/footer). Either way it is rejected when both articles quote at least
 * {@code minNumbersForVeto} figures and less than {@code minNumberOverlap} of the smaller set of figures is shared
 * (same template, different facts), and when both have at least {@code minSentencesForVeto} sentences and less
 * than {@code minSentenceOverlap} of the smaller set of sentences appears verbatim in the other (an edit changes a
 * few sentences and keeps the rest word for word; a different story built from the same phrases changes all).
 */
public record VerificationPolicy(double minJaccard, double minContainment, double minJaccardForContainment,
                                 int minNumbersForVeto, double minNumberOverlap,
                                 int minSentencesForVeto, double minSentenceOverlap) {
    /** The tuned defaults (see docs/design-dedup.md). */
    public static VerificationPolicy defaults() {
        return new VerificationPolicy(0.5, 0.8, 0.3, 2, 0.5, 3, 0.7);
    }
}
