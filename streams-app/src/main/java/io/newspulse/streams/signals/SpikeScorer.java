package io.newspulse.streams.signals;

import java.time.Instant;
import java.util.Locale;

import io.newspulse.avro.Alert;
import io.newspulse.avro.CompanySignal;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Scores each signal update against the company's baseline of earlier windows and raises at most one alert per
 * (company, window) when the score passes the threshold. With {@code updateBaseline=false} it only reads the
 * baseline (used for the final, closed-window signals).
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
        if (updateBaseline) {
            baseline = baseline.observe(start, signal.getArticleCount(), signal.getWindowSizeMs(), rules.alpha());
        }
        double score = baseline.score(signal.getArticleCount(), rules.minWindows());
        signal.setSpikeScore(score);
        Alert alert = null;
        if (updateBaseline && score >= rules.threshold() && signal.getArticleCount() >= rules.minArticles()
                && baseline.lastAlertedWindowStart() != start) {
            alert = alertFor(signal, baseline, score);
            baseline = baseline.alerted(start);
        }
        if (updateBaseline) {
            baselines.put(record.key(), baseline);
        }
        context.forward(record.withValue(new ScoredSignal(signal, alert)));
    }

    private Alert alertFor(CompanySignal signal, SpikeBaseline baseline, double score) {
        String name = signal.getCompanyName().isEmpty() ? signal.getCompanyId() : signal.getCompanyName();
        return Alert.newBuilder()
                .setCompanyId(signal.getCompanyId())
                .setCompanyName(signal.getCompanyName())
                .setWindow(signal.getWindow())
                .setWindowStart(signal.getWindowStart())
                .setWindowEnd(signal.getWindowEnd())
                .setSpikeScore(score)
                .setThreshold(rules.threshold())
                .setArticleCount(signal.getArticleCount())
                .setBaselineMean(baseline.mean())
                .setBaselineStddev(Math.sqrt(baseline.variance()))
                .setRaisedAt(Instant.now())
                .setMessage(String.format(Locale.ROOT, "%s: %d articles in %s window, %.1f sigma above its baseline of %.1f",
                        name, signal.getArticleCount(), signal.getWindow(), score, baseline.mean()))
                .build();
    }
}
