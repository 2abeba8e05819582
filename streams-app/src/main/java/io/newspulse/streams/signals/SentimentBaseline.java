package io.newspulse.streams.signals;

/**
 * A company's sentiment baseline for one window size: EWMA mean and variance of the mean sentiment of its earlier
 * windows (only windows with novel articles count: a quiet window says nothing about sentiment), the mean of the
 * window currently open, and the last window a sentiment-shock alert was raised for.
 *
 * @param current                the open window's mean sentiment so far
 * @param currentObserved        whether the open window has any sentiment yet (novel articles)
 * @param mean                   EWMA of earlier windows' mean sentiment
 * @param variance               EWMA variance of it
 * @param windows                earlier windows folded in
 * @param lastAlertedWindowStart start of the window of the last sentiment-shock alert
 */
public record SentimentBaseline(double current, boolean currentObserved, double mean, double variance, int windows,
                                long lastAlertedWindowStart) {
    /** Deviation floor: a company whose news was always equally positive still needs a real swing to alert. */
    static final double MIN_STDDEV = 0.15;

    public static SentimentBaseline empty() {
        return new SentimentBaseline(0.0, false, 0.0, 0.0, 0, Long.MIN_VALUE);
    }

    /** The open window's sentiment is now {@code sentiment} ({@code observed} false when it has no novel article). */
    SentimentBaseline update(double sentiment, boolean observed) {
        return new SentimentBaseline(observed ? sentiment : current, observed || currentObserved, mean, variance, windows,
                lastAlertedWindowStart);
    }

    /** A new window opens: the current one is folded into the EWMA when it had sentiment. */
    SentimentBaseline roll(double alpha) {
        if (!currentObserved) {
            return new SentimentBaseline(0.0, false, mean, variance, windows, lastAlertedWindowStart);
        }
        if (windows == 0) {
            return new SentimentBaseline(0.0, false, current, 0.0, 1, lastAlertedWindowStart);
        }
        double diff = current - mean;
        double m = mean + alpha * diff;
        double v = (1 - alpha) * (variance + alpha * diff * diff);
        return new SentimentBaseline(0.0, false, m, v, windows + 1, lastAlertedWindowStart);
    }

    /** Z-score of a window's mean sentiment against the baseline (negative when worse); 0 without enough history. */
    public double score(double sentiment, int minWindows) {
        if (windows < minWindows) {
            return 0.0;
        }
        double std = Math.max(MIN_STDDEV, Math.sqrt(variance));
        return Math.round((sentiment - mean) / std * 1000.0) / 1000.0;
    }

    SentimentBaseline alerted(long windowStart) {
        return new SentimentBaseline(current, currentObserved, mean, variance, windows, windowStart);
    }
}
