package io.newspulse.streams.signals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.newspulse.avro.Alert;
import io.newspulse.avro.AlertReason;
import io.newspulse.avro.CompanySignal;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Scores each signal update against the company's baselines of earlier windows: the volume spike score (article
 * count) and the sentiment-shock score (mean sentiment). Each raises at most one alert per (company, window) when
 * its score passes its threshold (a sentiment shock in either direction). With {@code updateBaseline=false} it only
 * reads the baselines (used for the final, closed-window signals).
 */
public final class SpikeScorer implements FixedKeyProcessor<String, CompanySignal, ScoredSignal> {
    private final String storeName;
    private final SpikeRules rules;
    private final boolean updateBaseline;
    private FixedKeyProcessorContext<String, ScoredSignal> context;
    private KeyValueStore<String, SpikeBaseline> baselines;

    public SpikeScorer(String storeName, SpikeRules rules, boolean updateBaseline) {
        this.storeName = storeName;
        this.rules = rules;
        this.updateBaseline = updateBaseline;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ScoredSignal> context) {
        this.context = context;
        this.baselines = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, CompanySignal> record) {
        CompanySignal signal = record.value();
        long start = signal.getWindowStart().toEpochMilli();
        SpikeBaseline baseline = baselines.get(record.key());
        if (baseline == null) {
            baseline = SpikeBaseline.empty();
        }
        boolean hasSentiment = signal.getNovelArticles() > 0;
        if (updateBaseline) {
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
            alerts.add(volumeAlert(signal, baseline, score));
            baseline = baseline.alerted(start);
        }
        if (updateBaseline && Math.abs(shock) >= rules.sentimentThreshold() && enoughArticles
                && baseline.sentiment().lastAlertedWindowStart() != start) {
            alerts.add(sentimentAlert(signal, baseline.sentiment(), shock));
            baseline = baseline.sentimentAlerted(start);
        }
        if (updateBaseline) {
            baselines.put(record.key(), baseline);
        }
        context.forward(record.withValue(new ScoredSignal(signal, alerts)));
    }

    private Alert volumeAlert(CompanySignal signal, SpikeBaseline baseline, double score) {
        return alert(signal, AlertReason.volume_spike)
                .setSpikeScore(score)
                .setThreshold(rules.threshold())
                .setBaselineMean(baseline.mean())
                .setBaselineStddev(Math.sqrt(baseline.variance()))
                .setMessage(String.format(Locale.ROOT, "%s: %d articles in %s window, %.1f sigma above its baseline of %.1f",
                        name(signal), signal.getArticleCount(), signal.getWindow(), score, baseline.mean()))
                .build();
    }

    private Alert sentimentAlert(CompanySignal signal, SentimentBaseline baseline, double shock) {
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
