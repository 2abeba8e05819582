package io.newspulse.analysis;

/**
 * Turns summed clause polarity into a score in [-1, 1]. The sum is divided by
 * {@code sqrt(max(1, clauses / spread))}, so long texts do not win by length alone. Values within a dead zone of
 * zero are neutral (most financial sentences state facts, not news): the dead zone grows from
 * {@code singleDeadZone} for an article of one clause (a headline, a sentence) to {@code deadZone} for articles
 * of four clauses or more, as longer texts collect incidental polar words. Beyond it the score is {@code sign * (0.1 + 0.9 * x / (x + scale))} with
 * {@code x = |sum| - deadZone}, so every non-neutral score is past the usual +-0.1 class thresholds and grows
 * with the evidence.
 *
 * @param titleWeight   weight of a title clause against a body clause (when there is a body)
 * @param noEventFactor multiplies the sum of a company for which no event was found in an article of four
 *                      clauses or more (a company merely mentioned is rarely the one the news is good or bad for);
 *                      shorter texts (headlines) get less of it, in the same proportion as the dead zone
 * @param companySingleDeadZone the dead zone of a company's score in a text of one clause (a headline): lower
 *                      than the tone's ({@code singleDeadZone}), since a company named in a one-line headline is what
 *                      the headline is about, while a lone sentence is mostly a neutral fact (chosen on the
 *                      SemEval-2017 headline training set: cosine 0.608 at 0.3, 0.630 at 0.1, 0.629 at 0)
 */
record Calibration(double titleWeight, double singleDeadZone, double companyDeadZone, double companyScale,
                   double companySpread, double toneDeadZone, double toneScale, double toneSpread,
                   double noEventFactor, double companySingleDeadZone) {

    /** The values measured on the development set and the hand-written sentences (see docs/sentiment.md). */
    static final Calibration DEFAULT = new Calibration(3.0, 0.3, 0.8, 1.0, 4.0, 0.6, 1.5, 3.0, 0.5, 0.1);

    /** Score of a company named in {@code clauses} of the article's {@code articleClauses}. */
    double company(double sum, int clauses, int articleClauses, boolean hasEvent) {
        double s = hasEvent ? sum : sum * (1 - (1 - noEventFactor) * share(articleClauses));
        double dz = companySingleDeadZone + (companyDeadZone - companySingleDeadZone) * share(articleClauses);
        return squash(s / Math.sqrt(Math.max(1.0, clauses / companySpread)), dz, companyScale);
    }

    double tone(double sum, int clauses) {
        return squash(sum / Math.sqrt(Math.max(1.0, clauses / toneSpread)), deadZone(toneDeadZone, clauses),
                toneScale);
    }

    private double deadZone(double full, int clauses) {
        return singleDeadZone + (full - singleDeadZone) * share(clauses);
    }

    /** 0 for a text of one clause, 1 from four clauses on. */
    private static double share(int clauses) {
        return Math.min(1.0, Math.max(0, clauses - 1) / 3.0);
    }

    static double squash(double sum, double deadZone, double scale) {
        double x = Math.abs(sum) - deadZone;
        if (x <= 0) {
            return 0.0;
        }
        return Math.signum(sum) * (0.1 + 0.9 * x / (x + scale));
    }
}
