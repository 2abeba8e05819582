package io.newspulse.streams.signals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import io.newspulse.avro.Alert;
import io.newspulse.avro.AlertReason;
import io.newspulse.avro.CompanySignal;

/**
 * The rule that scores a signal against the company's baseline of earlier windows of its size: the volume spike score
 * (article count) and the sentiment-shock score (mean sentiment). Each raises at most one alert per (company, window)
 * when its score passes its threshold (a sentiment shock in either direction). {@link CompanySignalsProcessor} scores
 * open windows against the live baseline and closed ones against the closed-window baseline; the processor form of
 * the scorer that the windowed aggregates used before the live store is in the test sources (SpikeScorerProcessor,
 * the reference of the differential test).
 */
public final class SpikeScorer {
    private SpikeScorer() {
    }

    /** One signal scored: the signal with its scores set and its alerts, and the baseline to store (null: keep the stored one). */
    public record Scored(ScoredSignal signal, SpikeBaseline write) {
    }

    /**
     * Scores {@code signal} (its spike and shock scores are set) against {@code stored}, the company's baseline of
     * this window size. {@code openWindow} gives the accumulator of the company's window starting at a given start
     * (or null), for the live scorer, which folds in the open window when a newer one starts; null for a scorer
     * that writes its baseline on every signal (the closed windows'). The rule of both scorers, in one place.
     */
    public static Scored score(SpikeRules rules, boolean updateBaseline, CompanySignal signal, SpikeBaseline stored,
                               LongFunction<SignalAccumulator> openWindow) {
        long start = signal.getWindowStart().toEpochMilli();
        SpikeBaseline baseline = stored;
        boolean hasSentiment = signal.getNovelArticles() > 0;
        if (updateBaseline) {
            if (openWindow != null && baseline.currentWindowStart() != Long.MIN_VALUE && start > baseline.currentWindowStart()) {
                SignalAccumulator acc = openWindow.apply(baseline.currentWindowStart());
                if (acc != null) {
                    baseline = baseline.withOpenWindow(acc.articleCount, SignalFactory.roundedSentiment(acc), acc.hasSentiment());
                }
            }
            baseline = baseline.observe(start, signal.getArticleCount(), signal.getWindowSizeMs(), rules.alpha())
                    .observeSentiment(start, signal.getSentiment(), hasSentiment);
        }
        double score = baseline.score(signal.getArticleCount(), rules.minWindows());
        double shock = hasSentiment ? baseline.sentiment().score(signal.getSentiment(), rules.minWindows()) : 0.0;
        signal.setSpikeScore(score);
        signal.setSentimentShockScore(shock);
        List<Alert> alerts = new ArrayList<>(2);
        boolean enoughArticles = signal.getArticleCount() >= rules.minArticles();
        if (updateBaseline && score >= rules.threshold() && enoughArticles && baseline.lastAlertedWindowStart() != start) {
            alerts.add(volumeAlert(rules, signal, baseline, score));
            baseline = baseline.alerted(start);
        }
        if (updateBaseline && Math.abs(shock) >= rules.sentimentThreshold() && enoughArticles
                && baseline.sentiment().lastAlertedWindowStart() != start) {
            alerts.add(sentimentAlert(rules, signal, baseline.sentiment(), shock));
            baseline = baseline.sentimentAlerted(start);
        }
        boolean opened = baseline.currentWindowStart() != stored.currentWindowStart();
        boolean write = updateBaseline && (openWindow == null || opened || !alerts.isEmpty());
        return new Scored(new ScoredSignal(signal, alerts), write ? baseline : null);
    }

    private static Alert volumeAlert(SpikeRules rules, CompanySignal signal, SpikeBaseline baseline, double score) {
        return alert(signal, AlertReason.volume_spike)
                .setSpikeScore(score)
                .setThreshold(rules.threshold())
                .setBaselineMean(baseline.mean())
                .setBaselineStddev(Math.sqrt(baseline.variance()))
                .setMessage(String.format(Locale.ROOT, "%s: %d articles in %s window, %.1f sigma above its baseline of %.1f",
                        name(signal), signal.getArticleCount(), signal.getWindow(), score, baseline.mean()))
                .build();
    }

    private static Alert sentimentAlert(SpikeRules rules, CompanySignal signal, SentimentBaseline baseline, double shock) {
        return alert(signal, AlertReason.sentiment_shock)
                .setSpikeScore(shock)
                .setThreshold(rules.sentimentThreshold())
                .setBaselineMean(baseline.mean())
                .setBaselineStddev(Math.sqrt(baseline.variance()))
                .setSentiment(signal.getSentiment())
                .setMessage(String.format(Locale.ROOT, "%s: sentiment %+.2f in %s window (%d articles), %.1f sigma %s its baseline of %+.2f",
                        name(signal), signal.getSentiment(), signal.getWindow(), signal.getArticleCount(), Math.abs(shock),
                        shock < 0 ? "below" : "above", baseline.mean()))
                .build();
    }

    private static String name(CompanySignal signal) {
        return signal.getCompanyName().isEmpty() ? signal.getCompanyId() : signal.getCompanyName();
    }

    private static Alert.Builder alert(CompanySignal signal, AlertReason reason) {
        return Alert.newBuilder()
                .setReason(reason)
                .setCompanyId(signal.getCompanyId())
                .setCompanyName(signal.getCompanyName())
                .setWindow(signal.getWindow())
                .setWindowStart(signal.getWindowStart())
                .setWindowEnd(signal.getWindowEnd())
                .setArticleCount(signal.getArticleCount())
                .setRaisedAt(Instant.now());
    }
}
