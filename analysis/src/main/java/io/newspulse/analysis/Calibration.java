package io.newspulse.analysis;

/**
 * Turns summed clause polarity into a score in [-1, 1]. The sum is first divided by
 * {@code sqrt(max(1, clauses / spread))}, so long texts do not win by length alone; values within
 * {@code deadZone} of zero are neutral (most financial sentences state facts, not news); beyond it the score is
 * {@code sign * (0.1 + 0.9 * x / (x + scale))} with {@code x = |sum| - deadZone}, so every non-neutral score is
 * past the usual +-0.1 class thresholds and grows with the evidence.
 *
 * @param titleWeight weight of a title clause against a body clause
 */
record Calibration(double titleWeight, double companyDeadZone, double companyScale, double companySpread,
                   double toneDeadZone, double toneScale, double toneSpread) {

    /** The values measured on the development set (see docs/sentiment.md). */
    static final Calibration DEFAULT = new Calibration(2.0, 0.3, 1.0, 2.0, 0.3, 1.5, 3.0);

    double company(double sum, int clauses) {
        return squash(sum / Math.sqrt(Math.max(1.0, clauses / companySpread)), companyDeadZone, companyScale);
    }

    double tone(double sum, int clauses) {
        return squash(sum / Math.sqrt(Math.max(1.0, clauses / toneSpread)), toneDeadZone, toneScale);
    }

    static double squash(double sum, double deadZone, double scale) {
        double x = Math.abs(sum) - deadZone;
        if (x <= 0) {
            return 0.0;
        }
        return Math.signum(sum) * (0.1 + 0.9 * x / (x + scale));
    }
}
