package io.newspulse.streams.signals;

/**
 * Alert settings of the windowed signals: EWMA weight, history needed, minimum articles, the volume-spike threshold
 * and the sentiment-shock threshold (absolute z-score; both directions alert).
 */
public record SpikeRules(double alpha, int minWindows, int minArticles, double threshold, double sentimentThreshold) {
}
