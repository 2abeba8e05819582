package io.newspulse.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.TopicBootstrapper;
import io.newspulse.kafka.topics.TopicSpec;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.producer.publish.ProgressReporter;
import io.newspulse.streams.StoreNames;
import io.newspulse.streams.app.NewsStreamsApp;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code replay}: the archive slice, sorted, goes to the backfill's own input topic through a transactional
 * publisher (skipping what an earlier run already committed), the unchanged topology runs on the backfill's topics
 * under its own application id, and the run waits until everything is processed, closes the archive's last windows
 * with a watermark ({@link WindowCloser}) and waits again. Ctrl-C (the {@code stop} flag) stops between transactions;
 * running the same command again resumes.
 */
public final class BackfillRun {
    private static final Logger LOG = LoggerFactory.getLogger(BackfillRun.class);
    /** Windowed changelogs are deleted by record time: keep a backfill's (event times years back) for a century. */
    static final long CHANGELOG_RETENTION_MS = Duration.ofDays(36_500).toMillis();
    /**
     * Kafka Streams settings of a backfill that differ from live for throughput, each applied unless the settings give
     * the key. A replay is a batch job: nobody reads its outputs before it ends, so it commits every 2 s instead of
     * every 100 ms (fewer transactions, cache flushes, producer batches and store commits per article; the closed
     * windows are the same, see docs/history.md), with a larger record cache and producer batches. Its transactions may
     * stay open for a minute (live: 10 s), as nobody waits on them; on a sparse two-year archive at load average 40 the
     * signals threads were still fenced now and then (docs/history.md, "Left to do").
     */
    static final Map<String, Object> THROUGHPUT = Map.of(
            StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 2_000,
            StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 60_000,
            StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 64L * 1024 * 1024,
            StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 128 * 1024,
            StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 1_000);

    /** Tasks of a backfill that are one whatever the partitions: articles (dedup decision, tagging) and index lookup. */
    static final int SERIAL_TASKS = 2;

    private final Map<String, Object> liveSettings;
    private final Backfill backfill;
    private final boolean console;
    private int batchSize = BackfillPublisher.DEFAULT_BATCH;
    private int partitions;
    private long maxBacklog = Backlog.DEFAULT_MAX;

    /**
     * @param liveSettings the deployment's settings (bootstrap, registry, data dir, topic prefix, signal settings)
     * @param console      draw progress bars on the terminal (else log lines)
     */
    public BackfillRun(Map<String, Object> liveSettings, Backfill backfill, boolean console) {
        this.liveSettings = Map.copyOf(liveSettings);
        this.backfill = backfill;
        this.console = console;
        this.partitions = new StreamsAppConfig(liveSettings).getInt(CommonConfig.TOPIC_PARTITIONS);
    }

    /**
     * Partitions of the backfill's topics but its articles topic (default: the deployment's {@code topic.partitions}).
     * Each partition of the mentions topic is one signals task, so this is how many run in parallel. It only applies
     * when the topics are created: a resumed backfill keeps the partitions it has.
     */
    public BackfillRun withPartitions(int partitionCount) {
        if (partitionCount < 1) {
            throw new IllegalArgumentException("a backfill needs at least 1 partition, not " + partitionCount);
        }
        this.partitions = partitionCount;
        return this;
    }

    /**
     * Articles the publisher may be ahead of the dedup decision (default {@value Backlog#DEFAULT_MAX}): they wait on
     * the backfill's articles topic ({@link Backlog}).
     */
    public BackfillRun withMaxBacklog(long articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("the backlog must allow at least 1 article, not " + articles);
        }
        this.maxBacklog = articles;
        return this;
    }

    /** Partitions of the backfill's topics but its articles topic. */
    public int partitions() {
        return partitions;
    }

    /** Articles per publishing transaction (default {@value BackfillPublisher#DEFAULT_BATCH}). */
    public BackfillRun withBatchSize(int articlesPerTransaction) {
        this.batchSize = articlesPerTransaction;
        return this;
    }

    /** Articles per publishing transaction. */
    public int batchSize() {
        return batchSize;
    }

    /** The settings of the backfill's streams app: the live ones on the backfill's topics, group and state. */
    public Map<String, Object> backfillSettings() {
        Topics live = CommonConfig.topics(new StreamsAppConfig(liveSettings));
        Map<String, Object> props = new HashMap<>(liveSettings);
        props.put(CommonConfig.TOPIC_PREFIX, backfill.topics(live).prefix());
        props.put(CommonConfig.TOPIC_PARTITIONS, partitions);
        props.put(StreamsAppConfig.APPLICATION_ID, backfill.applicationId());
        props.put(StreamsAppConfig.PER_COMPANY_TOPICS, "none");
        props.put(StreamsAppConfig.COMPANIES_BOOTSTRAP, "builtin");
        props.put(StreamsAppConfig.HTTP_PORT, -1);
        props.put(StreamsConfig.WINDOW_STORE_CHANGE_LOG_ADDITIONAL_RETENTION_MS_CONFIG, CHANGELOG_RETENTION_MS);
        // A run resumed after a crash joins the group its predecessor could not leave: keep that wait short (default 45 s).
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        THROUGHPUT.forEach(props::putIfAbsent);
        // One thread per task: the articles task (dedup decision, tagging) and the index lookup task are one each and
        // the slowest stages; sharing a thread with a signals task would take turns with it.
        props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, partitions + SERIAL_TASKS);
        return props;
    }

    /**
     * Every topic of the backfill, kept until deleted (history must not expire by its old record times); the articles
     * topic with {@value Backfill#ARTICLE_PARTITIONS} partition, the others with the {@code topics}' partitions.
     */
    static List<TopicSpec> keptForever(Topics topics) {
        List<TopicSpec> specs = new ArrayList<>();
        for (TopicSpec s : topics.all()) {
            if (s.name().equals(topics.schemas())) {
                continue;
            }
            Map<String, String> configs = new HashMap<>(s.configs());
            if (!s.compacted()) {
                configs.put("retention.ms", "-1");
            }
            int partitionCount = s.name().equals(topics.articles()) ? Backfill.ARTICLE_PARTITIONS : s.partitions();
            specs.add(new TopicSpec(s.name(), partitionCount, s.replicationFactor(), configs, s.description()));
        }
        return specs;
    }

    /**
     * Replays {@code slice}: publishes what the backfill topic does not hold yet, waits until the app has processed
     * it, closes the last windows and waits again. {@code stop} ends the run early (between two transactions, or
     * while waiting); running again resumes.
     */
    public ReplaySummary run(ReplayInput slice, BooleanSupplier stop) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Object> settings = backfillSettings();
        StreamsAppConfig config = new StreamsAppConfig(settings);
        Topics topics = CommonConfig.topics(config);
        String bootstrap = settings.get(CommonConfig.BOOTSTRAP_SERVERS).toString();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            new TopicBootstrapper(admin, 60_000).ensure(keptForever(topics));
            // The app's own topic check then warns that the articles topic has fewer partitions than the others: on purpose.
            LOG.info("Backfill {}: {} has {} partition (one task dedups and tags in event-time order); {} and the outputs "
                    + "have {} (signals tasks in parallel)", backfill.name(), topics.articles(), Backfill.ARTICLE_PARTITIONS,
                    topics.mentions(), partitions);
            PipelineMetrics metrics = new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
            try (NewsStreamsApp app = new NewsStreamsApp(config, metrics).start(Duration.ofMinutes(5));
                 BackfillPublisher publisher = new BackfillPublisher(settings, topics.articles(), backfill.transactionalId(),
                         batchSize)) {
                awaitKnowledgeBase(app);
                Set<String> already = publisher.alreadyPublished();
                long todo = slice.size() - alreadyIn(slice, already);
                if (!already.isEmpty()) {
                    LOG.info("Resuming backfill {}: {} articles already published, {} to go", backfill.name(), already.size(), todo);
                }
                long published;
                Backlog backlog = new Backlog(maxBacklog, Backlog.decidedBy(admin, backfill.applicationId(), topics.articles()));
                long[] sent = {0};
                BooleanSupplier stopOrWait = () -> {
                    try {
                        return !backlog.awaitRoom(already.size() + sent[0], stop);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return true;
                    }
                };
                try (Progress bar = progress("publish", todo)) {
                    published = publisher.publish(slice.inOrder(), already, n -> {
                        sent[0] = n;
                        bar.stepTo(n);
                    }, stopOrWait);
                }
                LOG.info("Published {} of {} articles to {}", published, todo, topics.articles());
                long skipped = slice.size() - todo;
                boolean complete = published == todo;
                boolean drained = false;
                if (complete && slice.size() > 0) {
                    List<String> inputs = List.of(topics.articles());
                    try (Progress bar = progress("process", slice.size())) {
                        long total = slice.size();
                        drained = Drain.await(admin, bootstrap, backfill.applicationId(), inputs,
                                lag -> bar.stepTo(processed(admin, total, lag, topics)), stop);
                    }
                    if (drained) {
                        Instant closing = WindowCloser.closingTime(slice.lastPublished(), config.windows(), config.grace());
                        WindowCloser.advance(settings, topics.mentions(), closing);
                        LOG.info("Watermark at {} closes the archive's last windows", closing);
                        drained = Drain.await(admin, bootstrap, backfill.applicationId(), List.of(topics.articles(), topics.mentions()), lag -> { }, stop);
                    }
                }
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                long finals = drained ? SignalReader.count(settings, topics.signalsFinal()) : -1;
                return new ReplaySummary(backfill, topics.prefix(), slice, skipped, published, complete && (drained || slice.size() == 0),
                        finals, took, new ReplaySummary.Checks(Math.round(metrics.articles()), Math.round(metrics.deadLetters()),
                                droppedRecords(app)));
            }
        }
    }

    /**
     * Records Kafka Streams dropped on purpose in this run (its {@code dropped-records-total} over all tasks): a
     * mention later than its window's grace, or an index entry older than its store's retention. A replay in
     * event-time order drops none.
     */
    static long droppedRecords(NewsStreamsApp app) {
        return Math.round(app.streams().metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("dropped-records-total") && e.getKey().group().equals("stream-task-metrics"))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum());
    }

    /** Articles of {@code slice} among {@code published} (one pass over the slice, only on a resumed run). */
    static long alreadyIn(ReplayInput slice, Set<String> published) {
        if (published.isEmpty()) {
            return 0;
        }
        long n = 0;
        for (var it = slice.inOrder(); it.hasNext(); ) {
            if (published.contains(it.next().getId())) {
                n++;
            }
        }
        return n;
    }

    /**
     * Waits until the app's companies global store holds the whole built-in knowledge base: the global thread may
     * still be applying it after RUNNING, and an article tagged meanwhile would miss companies.
     */
    static void awaitKnowledgeBase(NewsStreamsApp app) throws InterruptedException {
        int expected = CompanyKnowledgeBase.builtIn().companies().size();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                ReadOnlyKeyValueStore<String, Object> store = app.streams().store(
                        StoreQueryParameters.fromNameAndType(StoreNames.COMPANIES, QueryableStoreTypes.keyValueStore()));
                int n = 0;
                try (KeyValueIterator<String, Object> it = store.all()) {
                    while (it.hasNext() && n < expected) {
                        it.next();
                        n++;
                    }
                }
                if (n >= expected) {
                    return;
                }
            } catch (org.apache.kafka.streams.errors.InvalidStateStoreException e) {
                LOG.debug("Companies store not queryable yet: {}", e.getMessage());
            }
            Thread.sleep(200);
        }
        LOG.warn("The companies store did not reach the {} built-in companies in time; publishing anyway", expected);
    }

    /** A bar on a terminal (me.tongfei progressbar: rate and ETA), else an INFO line every 10 s. */
    private Progress progress(String task, long max) {
        if (console) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" articles", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build();
            return new Progress(bar::stepTo, bar::close);
        }
        ProgressReporter log = ProgressReporter.create(max, Duration.ofSeconds(10));
        long[] last = {0};
        return new Progress(n -> {
            last[0] = n;
            log.update(n);
        }, () -> log.finish(last[0]));
    }

    /** Progress of one phase. */
    private record Progress(LongConsumer step, Runnable onClose) implements AutoCloseable {
        void stepTo(long n) {
            step.accept(n);
        }

        @Override
        public void close() {
            onClose.run();
        }
    }

    /**
     * Articles through the whole pipeline, estimated: the smaller of the share of articles the first stage has
     * consumed and the share of the mentions written so far that the signals stage has consumed.
     */
    private static long processed(Admin admin, long total, Map<TopicPartition, Long> lag, Topics topics) {
        double articles = 1.0 - (double) lagOn(lag, topics.articles()) / Math.max(1, total);
        double mentions = 1.0;
        long mentionsLag = lagOn(lag, topics.mentions());
        if (mentionsLag > 0) {
            try {
                Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(topics.mentions())).allTopicNames().get(10, java.util.concurrent.TimeUnit.SECONDS)
                        .get(topics.mentions()).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topics.mentions(), p.partition()), org.apache.kafka.clients.admin.OffsetSpec.latest()));
                long end = 0;
                for (var info : admin.listOffsets(latest).all().get(10, java.util.concurrent.TimeUnit.SECONDS).values()) {
                    end += info.offset();
                }
                mentions = 1.0 - (double) mentionsLag / Math.max(1, end);
            } catch (Exception e) {
                LOG.debug("No end offset of {}: {}", topics.mentions(), e.toString());
            }
        }
        return Math.max(0, Math.round(total * Math.min(articles, mentions)));
    }

    /** Lag of the group on one topic (for tests and progress). */
    static long lagOn(Map<TopicPartition, Long> lag, String topic) {
        return lag.entrySet().stream().filter(e -> e.getKey().topic().equals(topic)).mapToLong(Map.Entry::getValue).sum();
    }
}
