package io.newspulse.dedup;

/**
 * Thresholds of {@link Verifier}. A candidate is a near duplicate when its estimated Jaccard similarity reaches
 * {@code minJaccard} (lightly edited update), or when the estimated share of the shorter text contained in the
 * longer reaches {@code minContainment} while Jaccard is at least {@code minJaccardForContainment} (a copy
 * re-wrapped with an extra header/footer). Either way it is rejected when both articles quote at least
 * {@code minNumbersForVeto} figures and less than {@code minNumberOverlap} of the smaller set of figures is shared
 * (same template, different facts).
 */
public record VerificationPolicy(double minJaccard, double minContainment, double minJaccardForContainment,
                                 int minNumbersForVeto, double minNumberOverlap) {
    /** The tuned defaults (see docs/design-dedup.md). */
    public static VerificationPolicy defaults() {
        return new VerificationPolicy(0.5, 0.8, 0.3, 3, 0.5);
    }
}
