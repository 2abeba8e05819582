package io.newspulse.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.Alert;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.DuplicateEvent;
import io.newspulse.avro.Mention;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import io.newspulse.streams.config.Durations;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.dedup.DedupPolicy;
import io.newspulse.streams.dedup.DedupChain;
import io.newspulse.streams.dedup.DedupChainProcessor;
import io.newspulse.streams.dedup.DedupCodec;
import io.newspulse.streams.dedup.DedupDecision;
import io.newspulse.streams.dedup.DedupInput;
import io.newspulse.streams.dedup.DedupStep;
import io.newspulse.streams.dedup.IndexLookup;
import io.newspulse.streams.dedup.IndexValue;
import io.newspulse.streams.history.ComputedAtStamper;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.state.CrashSafeStores;
import io.newspulse.streams.signals.CompanyLiveCodec;
import io.newspulse.streams.signals.CompanySignalsProcessor;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.signals.HighImpactEvents;
import io.newspulse.streams.signals.SignalCodecs;
import io.newspulse.streams.signals.SignalFactory;
import io.newspulse.streams.signals.SpikeRules;
import io.newspulse.streams.signals.SignalOutput;
import io.newspulse.streams.tagging.CompaniesStoreUpdater;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.streams.tagging.TagArticleProcessor;
import io.newspulse.streams.validate.ArticleTimestampExtractor;
import io.newspulse.streams.validate.ArticleValidator;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;

/**
 * The newspulse topology, built by a pure function of its settings and collaborators (no broker needed):
 * <pre>
 * news.articles → validate → fingerprint ─┬→ dedup chain (index + cluster stores of the article's own partition) ─→ decided
 * &lt;app&gt;-dedup-chain (by partition) ─────────┘        └→ next partition owning the article's keys, or cluster fixes → &lt;app&gt;-dedup-chain
 *                                            (the index on the first dedup.index.partitions partitions: by default one hop at most)
 * decided → news.duplicates (duplicates) ; decided → tag (companies global store) → news.mentions (by company)
 * news.mentions → high-impact events → company.alerts
 * news.mentions → company-signals (one live value per company: recent articles, open windows of every size, live baselines)
 *                   ├→ updates, spike and sentiment-shock scores → company.signals, signals.&lt;id&gt;, company.alerts
 *                   └→ closed windows (written once to signals-&lt;size&gt;-store) → company.signals.final
 * </pre>
 */
public final class NewsTopology {
    /** Closed windows kept per window size for queries (e.g. 200 one-minute windows, 200 hours). */
    static final int RETAINED_WINDOWS = 200;

    private NewsTopology() {
    }

    /**
     * @param settings       windows, grace, dedup horizon, spike rules, topic names
     * @param serdes         Avro serdes of the public topics
     * @param catalog        companies → tagger, shared with the global store updater
     * @param companyTopics  companies that have a {@code signals.<id>} topic
     * @param metrics        pipeline counters
     * @param dedupPartitions partitions of the dedup index (= partitions of news.articles and of the chain topic)
     * @param chainTopic     the dedup chain topic ({@link DedupChain#topic}), made before Kafka Streams starts
     */
    public static Topology build(PipelineSettings settings, EventSerdes serdes, CompanyCatalog catalog,
                                 CompanyTopicRouter companyTopics, PipelineMetrics metrics, int dedupPartitions,
                                 String chainTopic) {
        Topics topics = settings.topics();
        StreamsBuilder builder = new StreamsBuilder();

        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.COMPANIES), Serdes.String(), serdes.companies())
                        .withLoggingDisabled(),
                topics.companies(),
                Consumed.with(Serdes.String(), serdes.companies()).withName("companies-source"),
                () -> new CompaniesStoreUpdater(StoreNames.COMPANIES, catalog));

        ArticleValidator validator = new ArticleValidator(settings.maxArticleBytes());
        KStream<String, ArticleEvent> articles = builder
                .stream(topics.articles(), Consumed.with(Serdes.String(), serdes.articles())
                        .withTimestampExtractor(new ArticleTimestampExtractor()).withName("articles-source"))
                .mapValues((id, article) -> {
                    metrics.articleIn();
                    return validator.validate(id, article);
                }, Named.as("validate-article"));

        KStream<String, DedupDecision> decided = dedup(builder, articles, settings, metrics, dedupPartitions, chainTopic);

        decided.filter((id, d) -> !d.novel(), Named.as("duplicates-only"))
                .mapValues(NewsTopology::duplicateEvent, Named.as("to-duplicate-event"))
                .to(topics.duplicates(), Produced.with(Serdes.String(), serdes.duplicates()).withName("duplicates-sink"));

        decided.process(() -> new TagArticleProcessor(StoreNames.COMPANIES, catalog, metrics, settings.analysisEnabled()), Named.as("tag-article"))
                .to(topics.mentions(), Produced.with(Serdes.String(), serdes.mentions()).withName("mentions-sink"));

        signals(builder, settings, serdes, companyTopics, metrics);
        return builder.build();
    }

    /**
     * Changelog settings of the stores rewritten many times per key (the spike baselines): 16 MB or 10-minute
     * segments, so that compaction reaches all but the newest segment. With the broker's 1 GB default nothing was
     * compacted, and every start replayed every update (issues 19 and 23; the suppression buffers this was first
     * written for are gone: {@link CompanySignalsProcessor}).
     */
    static final Map<String, String> CHURN_CHANGELOG = Map.of(
            TopicConfig.SEGMENT_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024),
            TopicConfig.SEGMENT_MS_CONFIG, Long.toString(Duration.ofMinutes(10).toMillis()));

    private static KStream<String, DedupDecision> dedup(StreamsBuilder builder, KStream<String, ArticleEvent> articles,
                                                        PipelineSettings settings, PipelineMetrics metrics, int partitions,
                                                        String chainTopic) {
        Fingerprinter fingerprinter = new Fingerprinter();
        DedupChain chain = new DedupChain(partitions, settings.dedupIndexPartitions());
        DedupPolicy policy = settings.dedupPolicy();
        Duration retention = IndexLookup.retention(policy);
        builder.addStateStore(Stores.windowStoreBuilder(
                CrashSafeStores.window(StoreNames.DEDUP_INDEX, retention, Duration.ofMillis(1), true),
                Serdes.String(), IndexValue.SERDE).withCachingDisabled());
        builder.addStateStore(Stores.windowStoreBuilder(
                CrashSafeStores.window(StoreNames.DEDUP_CLUSTERS, retention, Duration.ofMillis(1), false),
                Serdes.String(), Serdes.String()).withCachingDisabled());

        // The articles and the chain topic (same partition count) feed one processor in the task of each partition: an
        // article is looked up on its own partition, then hops to the other partitions owning its keys (DedupChain).
        KStream<String, DedupInput> arrived = articles.mapValues(
                a -> new DedupInput.Arrived(a, fingerprinter.fingerprint(a.getTitle(), a.getBody(), a.getLanguage())),
                Named.as("fingerprint-article"));
        KStream<String, DedupInput> hops = builder
                .stream(chainTopic, Consumed.with(Serdes.String(), DedupCodec.CHAIN)
                        .withTimestampExtractor(new ArticleTimestampExtractor()).withName("dedup-chain-source"))
                .<DedupInput>mapValues(m -> m, Named.as("dedup-chain-message"));
        KStream<String, DedupStep> steps = arrived.merge(hops, Named.as("dedup-merge"))
                .process(() -> new DedupChainProcessor(StoreNames.DEDUP_INDEX, StoreNames.DEDUP_CLUSTERS, policy, chain, metrics),
                        Named.as("dedup-chain"), StoreNames.DEDUP_INDEX, StoreNames.DEDUP_CLUSTERS);
        steps.filter((id, step) -> step.next() != null, Named.as("dedup-chain-onward"))
                .mapValues(DedupStep::next, Named.as("dedup-chain-next"))
                .to(chainTopic, Produced.with(Serdes.String(), DedupCodec.CHAIN).withStreamPartitioner(DedupChain.PARTITIONER)
                        .withName("dedup-chain-sink"));
        return steps.filter((id, step) -> step.decision() != null, Named.as("dedup-decided"))
                .mapValues(DedupStep::decision, Named.as("dedup-decision"));
    }

    /**
     * The signals of {@code news.mentions}: high-impact event alerts, and one processor ({@code company-signals}) that
     * keeps each company's recent articles, open windows of every size and live baselines in one store value
     * ({@link CompanySignalsProcessor}), raises the alerts of each update as the mention arrives, emits each window's
     * latest update once per commit interval (merged per flush), and writes each window once, at its close, to its
     * size's window store and {@code company.signals.final}.
     */
    static void signals(StreamsBuilder builder, PipelineSettings settings, EventSerdes serdes,
                        CompanyTopicRouter companyTopics, PipelineMetrics metrics) {
        Topics topics = settings.topics();
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

        SpikeRules rules = new SpikeRules(settings.spikeAlpha(), settings.spikeMinWindows(), settings.spikeMinArticles(),
                settings.spikeThreshold(), settings.sentimentShockThreshold());
        builder.addStateStore(Stores.keyValueStoreBuilder(CrashSafeStores.keyValue(StoreNames.COMPANY_LIVE), Serdes.String(), CompanyLiveCodec.SERDE)
                .withCachingEnabled().withLoggingEnabled(CHURN_CHANGELOG));
        List<CompanySignalsProcessor.WindowSize> sizes = new ArrayList<>();
        List<String> stores = new ArrayList<>(List.of(StoreNames.COMPANY_LIVE));
        for (Duration size : settings.windows()) {
            Duration retention = size.multipliedBy(RETAINED_WINDOWS).compareTo(size.plus(settings.grace())) > 0
                    ? size.multipliedBy(RETAINED_WINDOWS) : size.multipliedBy(2).plus(settings.grace()); // still there at its close
            // Closed windows only, each written once: no cache to merge writes in.
            builder.addStateStore(Stores.timestampedWindowStoreBuilder(CrashSafeStores.timestampedWindow(StoreNames.signals(size), retention, size),
                    Serdes.String(), SignalCodecs.ACCUMULATOR).withCachingDisabled());
            String closedBaselineStore = StoreNames.closedSpikeBaseline(size);
            builder.addStateStore(Stores.keyValueStoreBuilder(CrashSafeStores.keyValue(closedBaselineStore),
                    Serdes.String(), SignalCodecs.BASELINE).withCachingEnabled().withLoggingEnabled(CHURN_CHANGELOG));
            sizes.add(new CompanySignalsProcessor.WindowSize(TimeWindows.ofSizeAndGrace(size, settings.grace()),
                    new SignalFactory(Durations.label(size), size.toMillis(), settings.topCoMentions()), StoreNames.signals(size), closedBaselineStore));
            stores.add(StoreNames.signals(size));
            stores.add(closedBaselineStore);
        }
        KStream<String, SignalOutput> out = mentions.process(() -> new CompanySignalsProcessor(StoreNames.COMPANY_LIVE, sizes, rules),
                Named.as("company-signals"), stores.toArray(String[]::new));

        KStream<String, CompanySignal> updates = out
                .filter((company, o) -> o instanceof SignalOutput.Update, Named.as("company-signals-updates"))
                .mapValues(o -> {
                    CompanySignal s = ((SignalOutput.Update) o).signal();
                    metrics.signal(s.getLastIngestedAt().toEpochMilli());
                    return s;
                }, Named.as("company-signals-signal"));
        updates.to(topics.signals(), Produced.with(Serdes.String(), serdes.signals()).withName("company-signals-sink"));
        updates.filter((company, s) -> companyTopics.routes(company), Named.as("company-signals-routed-companies"))
                .to((company, s, ctx) -> topics.companySignals(company),
                        Produced.with(Serdes.String(), serdes.signals()).withName("company-signals-per-company-sink"));
        out.filter((company, o) -> o instanceof SignalOutput.Alerts, Named.as("company-signals-alerted"))
                .flatMapValues(o -> {
                    List<Alert> alerts = ((SignalOutput.Alerts) o).alerts();
                    alerts.forEach(a -> metrics.alert(a.getReason()));
                    return alerts;
                }, Named.as("company-signals-to-alerts"))
                .to(topics.alerts(), Produced.with(Serdes.String(), serdes.alerts()).withName("company-signals-alerts-sink"));

        out.filter((company, o) -> o instanceof SignalOutput.Closed, Named.as("company-signals-closed"))
                .mapValues(o -> ((SignalOutput.Closed) o).signal(), Named.as("company-signals-final-signal"))
                .processValues(() -> ComputedAtStamper.closedWindows(settings.grace()), Named.as("company-signals-final-computed-at"))
                .to(topics.signalsFinal(), Produced.with(Serdes.String(), serdes.signals()).withName("company-signals-final-sink"));
    }

    private static DuplicateEvent duplicateEvent(DedupDecision d) {
        ArticleEvent a = d.article();
        return DuplicateEvent.newBuilder()
                .setArticleId(a.getId())
                .setDuplicateOf(d.duplicateOf())
                .setKind(d.duplicateKind())
                .setSimilarity(Math.round(d.similarity() * 1000.0) / 1000.0)
                .setSource(a.getSource())
                .setPublishedAt(java.time.Instant.ofEpochMilli(ArticleValidator.eventTime(a)))
                .setDetectedAt(java.time.Instant.now())
                .build();
    }
}
