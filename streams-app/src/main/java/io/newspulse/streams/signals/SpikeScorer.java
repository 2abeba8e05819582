package io.newspulse.streams.signals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import io.newspulse.avro.Alert;
import io.newspulse.avro.AlertReason;
import io.newspulse.avro.CompanySignal;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Scores each signal update against the company's baselines of earlier windows: the volume spike score (article
 * count) and the sentiment-shock score (mean sentiment). Each raises at most one alert per (company, window) when
 * its score passes its threshold (a sentiment shock in either direction). With {@code updateBaseline=false} it only
 * reads the baselines.
 * <p>
 * The live scorer ({@link #live}) writes its baseline only when a new window opens (the open one is then folded in,
 * with its count and sentiment read from the window store) or when it raises an alert: not on every update of the
 * open window, which would write one changelog record per update (issue 19).
 */
public final class SpikeScorer implements FixedKeyProcessor<String, CompanySignal, ScoredSignal> {
    private final String storeName;
    private final SpikeRules rules;
    private final boolean updateBaseline;
    private final String windowStoreName;
    private FixedKeyProcessorContext<String, ScoredSignal> context;
    private KeyValueStore<String, SpikeBaseline> baselines;
    private TimestampedWindowStore<String, SignalAccumulator> windows;

    /**
     * A scorer that writes its baseline on every signal ({@code updateBaseline}; the closed windows', one per window)
     * or only reads it.
     */
    public SpikeScorer(String storeName, SpikeRules rules, boolean updateBaseline) {
        this(storeName, rules, updateBaseline, null);
    }

    private SpikeScorer(String storeName, SpikeRules rules, boolean updateBaseline, String windowStoreName) {
        this.storeName = storeName;
        this.rules = rules;
        this.updateBaseline = updateBaseline;
        this.windowStoreName = windowStoreName;
    }

    /** The scorer of signal updates: the open window's count and sentiment are read from {@code windowStoreName}. */
    public static SpikeScorer live(String storeName, String windowStoreName, SpikeRules rules) {
        return new SpikeScorer(storeName, rules, true, windowStoreName);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ScoredSignal> context) {
        this.context = context;
        this.baselines = context.getStateStore(storeName);
        this.windows = windowStoreName == null ? null : context.getStateStore(windowStoreName);
    }

    @Override
    public void process(FixedKeyRecord<String, CompanySignal> record) {
        SpikeBaseline stored = baselines.get(record.key());
        LongFunction<SignalAccumulator> openWindow = windows == null ? null : start -> {
            ValueAndTimestamp<SignalAccumulator> open = windows.fetch(record.key(), start);
            return open == null ? null : open.value();
        };
        Scored scored = score(rules, updateBaseline, record.value(), stored == null ? SpikeBaseline.empty() : stored, openWindow);
        if (scored.write() != null) {
            baselines.put(record.key(), scored.write());
        }
        context.forward(record.withValue(scored.signal()));
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
