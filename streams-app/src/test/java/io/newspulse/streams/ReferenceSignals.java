package io.newspulse.streams;

import java.time.Duration;
import java.util.List;

import io.newspulse.avro.Alert;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.Mention;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.config.Durations;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.history.ComputedAtStamper;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.recent.RecentArticlesProcessor;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.ClosedWindowEmitter;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.signals.HighImpactEvents;
import io.newspulse.streams.signals.ScoredSignal;
import io.newspulse.streams.signals.SignalAccumulator;
import io.newspulse.streams.signals.SignalCodecs;
import io.newspulse.streams.signals.SignalFactory;
import io.newspulse.streams.signals.SpikeRules;
import io.newspulse.streams.signals.SpikeScorerProcessor;
import io.newspulse.streams.state.CrashSafeStores;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import io.newspulse.streams.validate.ArticleTimestampExtractor;

/**
 * The signals subtopology as it was before issue 19's live store (main 49a88dd, {@code NewsTopology.signals}), kept
 * verbatim as the reference of {@link SignalsDifferentialTest}: three windowed aggregates, a recent-articles store,
 * live and closed spike baselines, {@link ClosedWindowEmitter}.
 */
final class ReferenceSignals {
    private ReferenceSignals() {
    }

    /** The topology of main 49a88dd from {@code news.mentions} on. */
    static org.apache.kafka.streams.Topology topology(PipelineSettings settings, EventSerdes serdes, CompanyTopicRouter companyTopics,
                                                      PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        signals(builder, settings, serdes, companyTopics, metrics);
        return builder.build();
    }

    static void signals(StreamsBuilder builder, PipelineSettings settings, EventSerdes serdes,
                                CompanyTopicRouter companyTopics, PipelineMetrics metrics) {
        Topics topics = settings.topics();
        builder.addStateStore(RecentArticlesProcessor.storeBuilder("recent-articles-store"));
        KStream<String, Mention> mentions = builder
                .stream(topics.mentions(), Consumed.with(Serdes.String(), serdes.mentions())
                        .withTimestampExtractor(new ArticleTimestampExtractor()).withName("mentions-source"));
        HighImpactEvents highImpact = new HighImpactEvents(settings.alertEvents(), settings.alertEventsMinRelevance());
        mentions.flatMapValues(m -> {
                    List<Alert> alerts = highImpact.alertsFor(m);
                    alerts.forEach(a -> metrics.alert(a.getReason()));
                    return alerts;
                }, Named.as("high-impact-event-alerts"))
                .to(topics.alerts(), Produced.with(Serdes.String(), serdes.alerts()).withName("event-alerts-sink"));
        KStream<String, Mention> remembered = mentions
                .processValues(() -> new RecentArticlesProcessor("recent-articles-store"), Named.as("remember-recent-articles"), "recent-articles-store");
        var grouped = remembered
                .groupByKey(Grouped.<String, Mention>as("mentions-by-company").withKeySerde(Serdes.String()).withValueSerde(serdes.mentions()));
        SpikeRules rules = new SpikeRules(settings.spikeAlpha(), settings.spikeMinWindows(), settings.spikeMinArticles(),
                settings.spikeThreshold(), settings.sentimentShockThreshold());
        for (Duration size : settings.windows()) {
            String label = Durations.label(size);
            SignalFactory factory = new SignalFactory(label, size.toMillis(), settings.topCoMentions());
            Duration retention = size.multipliedBy(NewsTopology.RETAINED_WINDOWS).compareTo(size.plus(settings.grace())) > 0
                    ? size.multipliedBy(NewsTopology.RETAINED_WINDOWS) : size.multipliedBy(2).plus(settings.grace()); // still there at its close
            TimeWindows windows = TimeWindows.ofSizeAndGrace(size, settings.grace());
            var windowed = grouped
                    .windowedBy(windows)
                    .aggregate(SignalAccumulator::new, (company, mention, acc) -> acc.add(mention), Named.as("signals-" + label + "-aggregate"),
                            Materialized.<String, SignalAccumulator>as(CrashSafeStores.timestampedWindow(StoreNames.signals(size), retention, size))
                                    .withKeySerde(Serdes.String()).withValueSerde(SignalCodecs.ACCUMULATOR));

            String baselineStore = "spike-baseline-" + label + "-store";
            builder.addStateStore(Stores.keyValueStoreBuilder(CrashSafeStores.keyValue(baselineStore),
                    Serdes.String(), SignalCodecs.BASELINE).withCachingEnabled().withLoggingEnabled(NewsTopology.CHURN_CHANGELOG));

            String closedBaselineStore = StoreNames.closedSpikeBaseline(size);
            builder.addStateStore(Stores.keyValueStoreBuilder(CrashSafeStores.keyValue(closedBaselineStore),
                    Serdes.String(), SignalCodecs.BASELINE).withCachingEnabled().withLoggingEnabled(NewsTopology.CHURN_CHANGELOG));

            KStream<String, ScoredSignal> scored = windowed
                    .toStream(Named.as("signals-" + label + "-updates"))
                    .map((w, acc) -> KeyValue.pair(w.key(), factory.signal(w, acc, false)), Named.as("signals-" + label + "-to-signal"))
                    .processValues(() -> SpikeScorerProcessor.live(baselineStore, StoreNames.signals(size), rules), Named.as("signals-" + label + "-spike-score"),
                            baselineStore, StoreNames.signals(size));
            KStream<String, CompanySignal> updates = scored.mapValues(s -> {
                metrics.signal(s.signal().getLastIngestedAt().toEpochMilli());
                return s.signal();
            }, Named.as("signals-" + label + "-signal"))
                    .processValues(ComputedAtStamper::updates, Named.as("signals-" + label + "-computed-at"));
            updates.to(topics.signals(), Produced.with(Serdes.String(), serdes.signals()).withName("signals-" + label + "-sink"));
            updates.filter((company, s) -> companyTopics.routes(company), Named.as("signals-" + label + "-routed-companies"))
                    .to((company, s, ctx) -> topics.companySignals(company),
                            Produced.with(Serdes.String(), serdes.signals()).withName("signals-" + label + "-per-company-sink"));
            scored.flatMapValues(s -> {
                        s.alerts().forEach(a -> metrics.alert(a.getReason()));
                        return s.alerts();
                    }, Named.as("signals-" + label + "-to-alerts"))
                    .to(topics.alerts(), Produced.with(Serdes.String(), serdes.alerts()).withName("signals-" + label + "-alerts-sink"));

            // Closed windows are read from the aggregate's store when stream time passes their close (no suppression
            // buffer and its changelog: ClosedWindowEmitter).
            remembered.process(() -> new ClosedWindowEmitter(StoreNames.signals(size), windows, factory),
                            Named.as("signals-" + label + "-closed"), StoreNames.signals(size))
                    .processValues(() -> new SpikeScorerProcessor(closedBaselineStore, rules, true), Named.as("signals-" + label + "-final-spike-score"), closedBaselineStore)
                    .mapValues(ScoredSignal::signal, Named.as("signals-" + label + "-final-signal"))
                    .processValues(() -> ComputedAtStamper.closedWindows(settings.grace()), Named.as("signals-" + label + "-final-computed-at"))
                    .to(topics.signalsFinal(), Produced.with(Serdes.String(), serdes.signals()).withName("signals-" + label + "-final-sink"));
        }
    }

}
