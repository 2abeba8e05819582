package io.newspulse.streams.signals;

/**
 * A company's coverage baseline for one window size: EWMA mean and variance of article counts of its closed
 * windows, the window currently open, and the last window an alert was raised for; and the company's
 * {@link SentimentBaseline} for the same window size (one store value, one changelog write per update).
 */
public record SpikeBaseline(long currentWindowStart, long currentCount, double mean, double variance, int windows,
                            long lastAlertedWindowStart, SentimentBaseline sentiment) {
    static final int MAX_GAP_WINDOWS = 200;

    public SpikeBaseline {
        if (sentiment == null) {
            sentiment = SentimentBaseline.empty(); // values written before sentiment existed
        }
    }

    public static SpikeBaseline empty() {
        return new SpikeBaseline(Long.MIN_VALUE, 0, 0, 0, 0, Long.MIN_VALUE, SentimentBaseline.empty());
    }

    /**
     * The baseline after seeing the open window's sentiment: {@code windowSentiment} when {@code observed} (the
     * window has novel articles). Call after {@link #observe}, for the same window.
     */
    public SpikeBaseline observeSentiment(long windowStart, double windowSentiment, boolean observed) {
        if (windowStart != currentWindowStart) {
            return this; // an older window's update: the baseline has moved on
        }
        return new SpikeBaseline(currentWindowStart, currentCount, mean, variance, windows, lastAlertedWindowStart,
                sentiment.update(windowSentiment, observed));
    }

    /**
     * This baseline with its open window's article count and sentiment as the window store holds them now: the live
     * scorer does not write them back on every update, and reads them once, when the next window opens and the open
     * one is folded in.
     */
    public SpikeBaseline withOpenWindow(long count, double windowSentiment, boolean observed) {
        return new SpikeBaseline(currentWindowStart, Math.max(count, currentCount), mean, variance, windows, lastAlertedWindowStart,
                sentiment.update(windowSentiment, observed));
    }

    public SpikeBaseline sentimentAlerted(long windowStart) {
        return new SpikeBaseline(currentWindowStart, currentCount, mean, variance, windows, lastAlertedWindowStart,
                sentiment.alerted(windowStart));
    }

    /**
     * The baseline after seeing {@code count} articles in the window starting at {@code windowStart}: when the
     * window is newer than the current one, the current one is folded into the EWMA, plus one zero per empty
     * window in between (up to {@value #MAX_GAP_WINDOWS}).
     */
    public SpikeBaseline observe(long windowStart, long count, long windowSizeMs, double alpha) {
        if (currentWindowStart == Long.MIN_VALUE) {
            return new SpikeBaseline(windowStart, count, mean, variance, windows, lastAlertedWindowStart, sentiment);
        }
        if (windowStart == currentWindowStart) {
            return new SpikeBaseline(windowStart, Math.max(count, currentCount), mean, variance, windows, lastAlertedWindowStart, sentiment);
        }
        if (windowStart < currentWindowStart) {
            return this;
        }
        double m = mean;
        double v = variance;
        int n = windows;
        double[] folded = {currentCount};
        long gaps = Math.min(MAX_GAP_WINDOWS, Math.max(0, (windowStart - currentWindowStart) / windowSizeMs - 1));
        for (int i = 0; i <= gaps; i++) {
            double x = i == 0 ? folded[0] : 0.0;
            if (n == 0) {
                m = x;
                v = 0;
            } else {
                double diff = x - m;
                m += alpha * diff;
                v = (1 - alpha) * (v + alpha * diff * diff);
            }
            n++;
        }
        return new SpikeBaseline(windowStart, count, m, v, n, lastAlertedWindowStart, sentiment.roll(alpha));
    }

    /** Z-score of {@code count} against the baseline; the deviation is floored at 1 article to keep quiet companies calm. */
    public double score(long count, int minWindows) {
        if (windows < minWindows) {
            return 0.0;
        }
        double std = Math.max(1.0, Math.sqrt(variance));
        return Math.round((count - mean) / std * 1000.0) / 1000.0;
    }

    public SpikeBaseline alerted(long windowStart) {
        return new SpikeBaseline(currentWindowStart, currentCount, mean, variance, windows, windowStart, sentiment);
    }
}
