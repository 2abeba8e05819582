package io.newspulse.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.app.NewsStreamsApp;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One or more {@link NewsStreamsApp} instances of the same application id on one topic prefix, each with its own
 * state dir and metrics, started together so the first rebalance already spreads the tasks.
 */
public final class PipelineInstances implements AutoCloseable {
    private final List<NewsStreamsApp> apps;
    private final List<PipelineMetrics> metrics;
    private final List<Path> dataDirs;
    private final Topics topics;
    private final Map<String, Object> props;

    private PipelineInstances(List<NewsStreamsApp> apps, List<PipelineMetrics> metrics, List<Path> dataDirs, Topics topics,
                              Map<String, Object> props) {
        this.apps = apps;
        this.metrics = metrics;
        this.dataDirs = dataDirs;
        this.topics = topics;
        this.props = props;
    }

    /** Starts {@code count} instances with the rig's settings for {@code prefix} plus {@code overrides}. */
    public static PipelineInstances start(BenchRig rig, String prefix, int partitions, int count, Map<String, Object> overrides)
            throws Exception {
        Topics topics = rig.ensureTopics(prefix, partitions);
        List<NewsStreamsApp> apps = new ArrayList<>();
        List<PipelineMetrics> metrics = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        Map<String, Object> shared = null;
        List<StreamsAppConfig> configs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path dir = rig.dataDir(prefix + "instance-" + i);
            Map<String, Object> p = new HashMap<>(rig.appProps(prefix, partitions, dir));
            p.putAll(overrides);
            shared = shared == null ? p : shared;
            configs.add(new StreamsAppConfig(p));
            dirs.add(dir);
            metrics.add(new PipelineMetrics(new SimpleMeterRegistry()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<NewsStreamsApp>> starting = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                NewsStreamsApp app = new NewsStreamsApp(configs.get(i), metrics.get(i));
                apps.add(app);
                starting.add(pool.submit(() -> app.start(Duration.ofMinutes(2))));
            }
            for (Future<NewsStreamsApp> f : starting) {
                f.get();
            }
        } catch (Exception e) {
            apps.forEach(NewsStreamsApp::close);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        PipelineInstances instances = new PipelineInstances(apps, metrics, dirs, topics, shared);
        instances.awaitAllRunning(Duration.ofMinutes(1));
        return instances;
    }

    /** Waits until every instance has been RUNNING for a moment (after the rebalance that admits them all). */
    private void awaitAllRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int stable = 0;
        while (stable < 10 && System.nanoTime() < deadline) {
            boolean all = apps.stream().allMatch(a -> a.streams().state() == KafkaStreams.State.RUNNING);
            stable = all ? stable + 1 : 0;
            Thread.sleep(100);
        }
    }

    public Topics topics() {
        return topics;
    }

    /** The settings of the first instance (for the producer of the run). */
    public Map<String, Object> props() {
        return props;
    }

    public EventSerdes serdes() {
        return apps.get(0).serdes();
    }

    /** Articles read by all instances. */
    public double articlesIn() {
        return metrics.stream().mapToDouble(PipelineMetrics::articles).sum();
    }

    public long deadLetters() {
        return Math.round(metrics.stream().mapToDouble(PipelineMetrics::deadLetters).sum());
    }

    /**
     * Records Kafka Streams dropped on purpose (Kafka Streams' {@code dropped-records-total}, all tasks of all
     * instances): mentions that arrived after their window had closed (later than the grace period), and dedup-index
     * entries whose event time is older than the index store's retention (2 × horizon) behind the newest one.
     */
    public long droppedRecords() {
        return Math.round(metric("stream-task-metrics", "dropped-records-total", id -> true));
    }

    /**
     * Records the instances' Kafka Streams clients have written so far (Kafka's producer {@code record-send-total}):
     * sinks, repartition topics and changelogs, everything the stream threads produce.
     */
    public double recordsWritten() {
        return metric("producer-metrics", "record-send-total", id -> true);
    }

    /**
     * {@link #recordsWritten()} by topic (Kafka's producer-topic {@code record-send-total}), with the application id
     * prefix of internal topics and the run's topic prefix cut, and every per-company signal topic counted under
     * {@code signals.*}.
     */
    public java.util.SortedMap<String, Double> recordsWrittenByTopic() {
        String appPrefix = props.get(io.newspulse.streams.config.StreamsAppConfig.APPLICATION_ID) + "-";
        String companyPrefix = topics.companySignals("x");
        companyPrefix = companyPrefix.substring(0, companyPrefix.length() - 1);
        java.util.SortedMap<String, Double> byTopic = new java.util.TreeMap<>();
        for (NewsStreamsApp app : apps) {
            for (var e : app.streams().metrics().entrySet()) {
                var name = e.getKey();
                if (!name.group().equals("producer-topic-metrics") || !name.name().equals("record-send-total")) {
                    continue;
                }
                String topic = name.tags().getOrDefault("topic", "");
                if (topic.startsWith(appPrefix)) {
                    topic = topic.substring(appPrefix.length());
                } else if (topic.startsWith(companyPrefix)) {
                    topic = "signals.*";
                } else if (topic.startsWith(topics.prefix())) {
                    topic = topic.substring(topics.prefix().length());
                }
                byTopic.merge(topic, ((Number) e.getValue().metricValue()).doubleValue(), Double::sum);
            }
        }
        return byTopic;
    }

    /**
     * Records the stream threads' consumers have read so far (Kafka's {@code records-consumed-total} of each main
     * consumer): source and repartition topics, not the restore or global consumers.
     */
    public double recordsRead() {
        return metric("consumer-fetch-manager-metrics", "records-consumed-total",
                id -> !id.contains("restore-consumer") && !id.contains("global-consumer"));
    }

    /** Sum over all instances of a Kafka Streams metric (its totals, not its per-topic breakdown), by client id. */
    private double metric(String group, String name, java.util.function.Predicate<String> clientId) {
        return apps.stream().flatMap(a -> a.streams().metrics().entrySet().stream())
                .filter(e -> e.getKey().group().equals(group) && e.getKey().name().equals(name)
                        && !e.getKey().tags().containsKey("topic") && clientId.test(e.getKey().tags().getOrDefault("client-id", "")))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
    }

    /**
     * Cumulative commit figures of all stream threads, for the breakdown of the latency phase: commits (Kafka
     * Streams' {@code commit-total}), the time the threads' producers spent in {@code commitTransaction} and
     * {@code sendOffsetsToTransaction} (Kafka's {@code txn-commit-time-ns-total}, {@code txn-send-offsets-time-ns-total}),
     * and the batches their producers had to send again ({@code record-retry-total}: under transactions v2 a
     * produce right after a commit is refused with {@code CONCURRENT_TRANSACTIONS} until the commit's markers are
     * written, and retried with a growing backoff), at {@code nanos}.
     */
    public record CommitSnapshot(long nanos, double commits, double txnCommitNs, double txnSendOffsetsNs, double retries) {
        /** The figures between {@code before} and this snapshot, for the log and the JSON. */
        public Map<String, Object> since(CommitSnapshot before, int threads) {
            double secs = (nanos - before.nanos) / 1e9;
            double c = commits - before.commits;
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("commits_per_s_per_thread", round(c / secs / Math.max(1, threads)));
            m.put("txn_commit_ms_mean", round(c == 0 ? 0 : (txnCommitNs - before.txnCommitNs) / 1e6 / c));
            m.put("txn_send_offsets_ms_mean", round(c == 0 ? 0 : (txnSendOffsetsNs - before.txnSendOffsetsNs) / 1e6 / c));
            m.put("producer_record_retries_per_s", round((retries - before.retries) / secs));
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 10) / 10.0;
        }
    }

    public CommitSnapshot commitSnapshot() {
        return new CommitSnapshot(System.nanoTime(), metric("stream-thread-metrics", "commit-total", id -> true),
                metric("producer-metrics", "txn-commit-time-ns-total", id -> true),
                metric("producer-metrics", "txn-send-offsets-time-ns-total", id -> true),
                metric("producer-metrics", "record-retry-total", id -> true));
    }

    /**
     * The stream threads' windowed commit latency (Kafka Streams' {@code commit-latency-avg} mean and
     * {@code commit-latency-max} max over the threads: store flush, offsets and {@code commitTransaction}), and the
     * main consumers' {@code fetch-latency-avg} (mean over the threads), in ms.
     */
    public Map<String, Object> windowedCommitLatency() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("commit_latency_avg_ms", Math.round(stat("stream-thread-metrics", "commit-latency-avg", id -> true, false)));
        m.put("commit_latency_max_ms", Math.round(stat("stream-thread-metrics", "commit-latency-max", id -> true, true)));
        m.put("main_consumer_fetch_latency_avg_ms", Math.round(stat("consumer-fetch-manager-metrics", "fetch-latency-avg",
                id -> id.endsWith("-consumer") && !id.contains("restore") && !id.contains("global"), false)));
        return m;
    }

    private double stat(String group, String name, java.util.function.Predicate<String> clientId, boolean max) {
        java.util.DoubleSummaryStatistics s = apps.stream().flatMap(a -> a.streams().metrics().entrySet().stream())
                .filter(e -> e.getKey().group().equals(group) && e.getKey().name().equals(name)
                        && !e.getKey().tags().containsKey("topic") && clientId.test(e.getKey().tags().getOrDefault("client-id",
                        e.getKey().tags().getOrDefault("thread-id", ""))))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .filter(v -> !Double.isNaN(v) && !Double.isInfinite(v))
                .summaryStatistics();
        return s.getCount() == 0 ? Double.NaN : max ? s.getMax() : s.getAverage();
    }

    /** Active tasks per instance. */
    public List<Integer> activeTasks() {
        return apps.stream().map(a -> a.streams().metadataForLocalThreads().stream()
                .mapToInt(t -> t.activeTasks().size()).sum()).toList();
    }

    /** Total bytes of the Kafka Streams state dirs of all instances. */
    public long stateBytes() {
        return dataDirs.stream().mapToLong(d -> ProcessMemory.directoryBytes(d.resolve("streams"))).sum();
    }

    @Override
    public void close() {
        apps.forEach(NewsStreamsApp::close);
    }
}
