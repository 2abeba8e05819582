package io.newspulse.streams.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The pipeline's own counters (articles in, duplicates, mentions, dead letters) and the end-to-end latency
 * histogram (producer ingest → signal update), on a Micrometer registry that {@code /metrics} exposes.
 */
public final class PipelineMetrics {
    private static final PipelineMetrics SHARED = new PipelineMetrics(new SimpleMeterRegistry());

    private final MeterRegistry registry;
    private final Counter articlesIn;
    private final Counter originals;
    private final Counter mentions;
    private final Counter signals;
    private final Timer endToEnd;
    private final Timer toMention;

    /**
     * The pipeline's meters on {@code registry}, which also gets {@link KafkaStreamsStateTags} (before any meter is
     * registered) so that the Kafka Streams metrics bound later are accepted by Prometheus.
     */
    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.config().meterFilter(new KafkaStreamsStateTags());
        articlesIn = Counter.builder("newspulse.articles.in").description("Articles read from news.articles").register(registry);
        originals = Counter.builder("newspulse.articles.original").description("Articles that are not duplicates").register(registry);
        mentions = Counter.builder("newspulse.mentions").description("Mentions written to news.mentions").register(registry);
        signals = Counter.builder("newspulse.signals").description("Signal updates written to company.signals").register(registry);
        endToEnd = Timer.builder("newspulse.latency.signal").description("Producer ingest to signal update")
                .publishPercentileHistogram().publishPercentiles(0.5, 0.95, 0.99)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
        toMention = Timer.builder("newspulse.latency.mention").description("Producer ingest to mention")
                .publishPercentileHistogram().publishPercentiles(0.5, 0.95, 0.99)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
    }

    /** The process-wide instance used when none was configured (tests, handlers created by reflection). */
    public static PipelineMetrics shared() {
        return SHARED;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void articleIn() {
        articlesIn.increment();
    }

    public void original() {
        originals.increment();
    }

    /** Counts a duplicate, tagged with its kind's code ("exact", "near"). */
    public void duplicate(io.newspulse.dedup.index.DedupResult.Kind kind) {
        registry.counter("newspulse.articles.duplicate", "kind", kind.code()).increment();
    }

    public void mention(long ingestedAtMs) {
        mentions.increment();
        record(toMention, ingestedAtMs);
    }

    public void signal(long lastIngestedAtMs) {
        signals.increment();
        record(endToEnd, lastIngestedAtMs);
    }

    /** An alert written to company.alerts, counted by its reason. */
    public void alert(io.newspulse.avro.AlertReason reason) {
        registry.counter("newspulse.alerts", "reason", reason.name()).increment();
    }

    /**
     * What one mention says: counted by polarity (the signals' thresholds, ±0.1) and by each corporate event it
     * reports (Grafana's sentiment and event panels).
     */
    public void said(double sentiment, java.util.Collection<io.newspulse.avro.CorporateEvent> events) {
        String polarity = sentiment > io.newspulse.streams.signals.SignalAccumulator.POLARITY_THRESHOLD ? "positive"
                : sentiment < -io.newspulse.streams.signals.SignalAccumulator.POLARITY_THRESHOLD ? "negative" : "neutral";
        registry.counter("newspulse.mentions.sentiment", "polarity", polarity).increment();
        for (io.newspulse.avro.CorporateEvent event : events) {
            registry.counter("newspulse.events", "event", event.name()).increment();
        }
    }

    public void deadLettered(String stage) {
        registry.counter("newspulse.deadletters", "stage", stage).increment();
    }

    /** Records a local state store replayed from its changelog (at start, after a crash, on a task move). */
    public void stateRestored(String store, long records) {
        registry.counter("newspulse.state.restored.records", "store", store).increment(records);
    }

    /** Records replayed into local stores from their changelogs since this app started, by store. */
    public java.util.Map<String, Double> stateRestoredByStore() {
        return countsByTag("newspulse.state.restored.records", "store");
    }

    /** Total dead letters of every stage. */
    public double deadLetters() {
        return registry.find("newspulse.deadletters").counters().stream().mapToDouble(Counter::count).sum();
    }

    public double duplicates() {
        return registry.find("newspulse.articles.duplicate").counters().stream().mapToDouble(Counter::count).sum();
    }

    public double articles() {
        return articlesIn.count();
    }

    public double mentionsCount() {
        return mentions.count();
    }

    /** Duplicates per kind ("exact", "near"), for the query API. */
    public java.util.Map<String, Double> duplicatesByKind() {
        return countsByTag("newspulse.articles.duplicate", "kind");
    }

    /** Dead letters per stage, for the query API. */
    public java.util.Map<String, Double> deadLettersByStage() {
        return countsByTag("newspulse.deadletters", "stage");
    }

    public double originalsCount() {
        return originals.count();
    }

    public double signalsCount() {
        return signals.count();
    }

    public double alertsCount() {
        return registry.find("newspulse.alerts").counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Ingest-to-signal latency: count and p50/p95/p99 in ms (null before the first signal), for the query API. */
    public java.util.Map<String, Double> signalLatencyMs() {
        java.util.Map<String, Double> result = new java.util.LinkedHashMap<>();
        var snapshot = endToEnd.takeSnapshot();
        result.put("count", (double) snapshot.count());
        for (var p : snapshot.percentileValues()) {
            String key = "p" + Math.round(p.percentile() * 100);
            result.put(key, snapshot.count() == 0 ? null : p.value(java.util.concurrent.TimeUnit.MILLISECONDS));
        }
        return result;
    }

    private java.util.Map<String, Double> countsByTag(String name, String tag) {
        java.util.Map<String, Double> result = new java.util.TreeMap<>();
        for (Counter c : registry.find(name).counters()) {
            result.merge(String.valueOf(c.getId().getTag(tag)), c.count(), Double::sum);
        }
        return result;
    }

    private static void record(Timer timer, long ingestedAtMs) {
        if (ingestedAtMs > 0) {
            long latency = System.currentTimeMillis() - ingestedAtMs;
            if (latency >= 0) {
                timer.record(Duration.ofMillis(latency));
            }
        }
    }
}
