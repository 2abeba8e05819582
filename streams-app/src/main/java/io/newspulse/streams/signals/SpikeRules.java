package io.newspulse.streams.signals;

/** Spike detection settings: EWMA weight, history needed, minimum articles and alert threshold. */
public record SpikeRules(double alpha, int minWindows, int minArticles, double threshold) {
}
