package io.newspulse.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.Mention;
import io.newspulse.history.Backfill;
import io.newspulse.history.BackfillRun;
import io.newspulse.history.ReplaySummary;
import io.newspulse.history.SignalReader;
import io.newspulse.history.WindowCloser;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.config.StreamsAppConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replay of a long archive (issue 18): {@code N} generated articles spread evenly over two years of event time go
 * through {@link BackfillRun}, the code of {@code newspulse replay}, on the bench's embedded stack. Reports articles/s
 * (whole run, start-up included, and while processing), heap after GC, RSS and state-store bytes at every tenth of
 * the archive processed, and audits the result: every article on the backfill topic once and read by the app, no
 * dead letter, no record dropped as late, and for every window size the closed windows' article counts add up to
 * the mentions the tagging stage wrote.
 */
public final class ReplayBench {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayBench.class);
    /** The archive ends here (a fixed date: the run is the same every time). */
    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
    private static final int CHECKPOINTS = 10;

    private final BenchRig rig;
    private final BenchSettings settings;
    /** Event time the archive covers. */
    private final Duration span;
    private Spread processingRate;

    public ReplayBench(BenchRig rig, BenchSettings settings) {
        this.rig = rig;
        this.settings = settings;
        this.span = Duration.ofDays(settings.replayDays());
    }

    /** @param liveRate the live pipeline's articles/s measured earlier in the same run (for the comparison) */
    public Section run(Integrity integrity, Spread liveRate) throws Exception {
        int n = settings.replayArticles();
        GeneratedArchive archive = GeneratedArchive.spread(settings.seed() + 2, n, END, span);
        Backfill backfill = new Backfill("bench");
        Path dataDir = rig.dataDir("replay");
        Map<String, Object> liveSettings = new HashMap<>(rig.props("r-", PipelineBench.PARTITIONS, dataDir));
        BackfillRun run = new BackfillRun(liveSettings, backfill, false);
        if (settings.replayPartitions() > 0) {
            run.withPartitions(settings.replayPartitions());
        }
        Map<String, Object> props = run.backfillSettings();
        Topics topics = CommonConfig.topics(new StreamsAppConfig(props));
        Path stateDir = dataDir.resolve("streams").resolve(backfill.applicationId());
        Sampler sampler = new Sampler(backfill.applicationId(), new TopicPartition(topics.articles(), 0), n, stateDir,
                run.batchSize());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "replay-bench-sampler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(sampler::poll, 1, 1, TimeUnit.SECONDS);
        ReplaySummary summary;
        try {
            summary = run.run(archive, () -> false);
        } finally {
            timer.shutdownNow();
            timer.awaitTermination(30, TimeUnit.SECONDS);
        }
        sampler.finish();
        LOG.info("replay: {}", summary.describe());

        // audits
        long onTopic = SignalReader.count(props, topics.articles());
        long read = summary.checks().articlesRead();
        long lost = Math.max(0, n - onTopic) + Math.max(0, onTopic - read);
        integrity.add("replay (articles)", lost, Math.max(0, onTopic - n), summary.checks().deadLetters(), List.of());
        integrity.add("replay (records dropped as late)", summary.checks().dropped(), 0, 0, List.of());
        if (!summary.complete()) {
            integrity.add("replay (did not complete)", Math.max(1, n - read), 0, 0, List.of());
        }
        Map<String, Long> mentions = new HashMap<>();
        SignalReader.forEachValue(props, topics.mentions(), Mention.class, m -> {
            if (!m.getCompanyId().equals(WindowCloser.WATERMARK_COMPANY)) {
                mentions.merge("all", 1L, Long::sum);
            }
        });
        Map<String, Long> closedCounts = new LinkedHashMap<>();
        Map<String, Long> closedWindows = new LinkedHashMap<>();
        SignalReader.forEachValue(props, topics.signalsFinal(), CompanySignal.class, s -> {
            if (!s.getCompanyId().equals(WindowCloser.WATERMARK_COMPANY)) {
                closedCounts.merge(s.getWindow(), s.getArticleCount(), Long::sum);
                closedWindows.merge(s.getWindow(), 1L, Long::sum);
            }
        });
        long mentionCount = mentions.getOrDefault("all", 0L);
        for (Duration size : new StreamsAppConfig(props).windows()) {
            String label = io.newspulse.streams.config.Durations.label(size);
            long counted = closedCounts.getOrDefault(label, 0L);
            if (counted != mentionCount) {
                integrity.add("replay (" + label + " closed windows)", Math.abs(mentionCount - counted), 0, 0,
                        List.of("mentions " + mentionCount + ", article_count summed over closed windows " + counted));
            }
        }

        double wholeRate = n / Math.max(1e-3, summary.took().toMillis() / 1000.0);
        processingRate = sampler.rate();
        double live = liveRate == null ? Double.NaN : liveRate.mean();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles", n);
        json.put("event_time_from", archive.firstPublished().toString());
        json.put("event_time_to", archive.lastPublished().toString());
        json.put("mean_gap_s", archive.meanGap().toMillis() / 1000.0);
        json.put("article_partitions", Backfill.ARTICLE_PARTITIONS);
        json.put("partitions", run.partitions());
        json.put("streams_settings", streamsSettings(props));
        json.put("complete", summary.complete());
        json.put("duration_s", summary.took().toMillis() / 1000.0);
        json.put("articles_per_s", round(wholeRate));
        json.put("processing_articles_per_s", processingRate.toMap());
        json.put("live_pipeline_articles_per_s", round(live));
        json.put("ratio_to_live", round(wholeRate / live));
        json.put("mentions", mentionCount);
        json.put("closed_window_signals", closedWindows);
        json.put("dead_letters", summary.checks().deadLetters());
        json.put("dropped_late_records", summary.checks().dropped());
        json.put("checkpoints", sampler.points());

        Tables t = new Tables("articles processed", "event time reached", "wall time", "articles/s since previous",
                "heap used after GC", "process RSS", "state store bytes");
        for (Map<String, Object> p : sampler.points()) {
            t.row(Tables.n(((Number) p.get("articles")).doubleValue()), p.get("event_time"), p.get("elapsed_s") + " s",
                    Tables.n(((Number) p.get("articles_per_s")).doubleValue()), Tables.n(((Number) p.get("heap_used_mb")).doubleValue()) + " MB",
                    Tables.n(((Number) p.get("rss_mb")).doubleValue()) + " MB", Tables.n(((Number) p.get("state_store_mb")).doubleValue()) + " MB");
        }
        Tables head = new Tables("figure", "measured")
                .row("replay, whole run (start-up, publishing, processing, closing the last windows)",
                        Tables.n(wholeRate) + " articles/s (" + n + " articles in " + Math.round(summary.took().toMillis() / 1000.0) + " s)")
                .row("replay while processing (per interval between checkpoints)", processingRate.format(0) + " articles/s")
                .row("live pipeline, same run (full pipeline section)", Tables.n(live) + " articles/s")
                .row("replay ÷ live", String.format(Locale.ROOT, "%.2f %s", wholeRate / live, wholeRate >= live ? "✅" : "❌"))
                .row("mentions / closed windows per size", mentionCount + " / " + closedWindows)
                .row("dead letters / records dropped as late", summary.checks().deadLetters() + " / " + summary.checks().dropped());
        String md = head + "\n" + t + "\n" + n + " generated articles (same generator as the other sections, seed " + (settings.seed() + 2)
                + ") spread evenly over " + span.toDays() + " days of event time (" + archive.firstPublished() + " to " + archive.lastPublished()
                + ", one every " + String.format(Locale.ROOT, "%.0f", archive.meanGap().toMillis() / 1000.0) + " s on average), replayed with `BackfillRun`, "
                + "the code of `newspulse replay`, on the run's embedded stack with the default signal settings (windows 1m, 1h, 1d, "
                + "grace 1m, dedup horizon 7d). The archive is generated while it is published rather than held in memory. "
                + "Articles processed = articles through dedup and tagging = articles read (JSON `articles_read`): the backfill "
                + "group's committed offset on the input topic, less one transaction marker per publishing batch (with the "
                + "input's one partition the dedup chain has no hop: the task that reads an article decides and tags it in the "
                + "same transaction); the signals stage trails it by the mentions in flight. Heap and RSS are of the whole benchmark JVM (broker, registry, app and harness); "
                + "state = the backfill app's Kafka Streams state directory. Audit: every article is on the backfill topic once and "
                + "was read by the app, no dead letter, no record dropped as late, and for every window size the closed windows' "
                + "`article_count` adds up to the mentions on the backfill's `news.mentions` (" + mentionCount + ").\n";
        return new Section("replay", "Replay of " + Tables.n(n) + " articles over " + span.toDays() + " days", json, md);
    }

    /** The Kafka Streams keys the backfill sets for throughput, as it ran (for the report). */
    private static Map<String, Object> streamsSettings(Map<String, Object> props) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : List.of(org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                org.apache.kafka.streams.StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG,
                org.apache.kafka.streams.StreamsConfig.NUM_STREAM_THREADS_CONFIG, "producer.batch.size", "producer.linger.ms")) {
            if (props.containsKey(key)) {
                out.put(key, props.get(key));
            }
        }
        out.putIfAbsent(org.apache.kafka.streams.StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
        return out;
    }

    /** Mean and spread of the processing rate over the checkpoint intervals. */
    public Spread processingRate() {
        return processingRate;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    /** Polls the group's progress every second and takes memory and state samples at every tenth of the archive. */
    private final class Sampler {
        private final String groupId;
        private final TopicPartition input;
        private final int total;
        private final Path stateDir;
        private final int batch;
        private final List<Map<String, Object>> points = new ArrayList<>();
        private final List<Double> rates = new ArrayList<>();
        private final long start = System.nanoTime();
        private long lastArticles;
        private long lastNanos = start;
        private int next = 1;
        private long read;

        Sampler(String groupId, TopicPartition input, int total, Path stateDir, int batch) {
            this.groupId = groupId;
            this.input = input;
            this.total = total;
            this.stateDir = stateDir;
            this.batch = batch;
        }

        synchronized void poll() {
            try {
                Map<TopicPartition, OffsetAndMetadata> offsets = rig.admin().listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                OffsetAndMetadata o = offsets.get(input);
                if (o == null) {
                    return;
                }
                // one transaction marker per publishing batch sits between the articles
                read = Math.min(total, Math.round(o.offset() * (double) batch / (batch + 1)));
                // Decided = read: with the backfill's one articles partition the dedup chain has no hop, and the task
                // that reads an article decides and tags it in the same transaction.
                long articles = read;
                if (next < CHECKPOINTS && articles >= (long) total * next / CHECKPOINTS) {
                    sample(articles); // once, however many tenths this poll crossed
                    while (next < CHECKPOINTS && articles >= (long) total * next / CHECKPOINTS) {
                        next++;
                    }
                }
            } catch (Exception e) {
                LOG.debug("replay sampler: {}", e.toString());
            }
        }

        synchronized void finish() {
            sample(total);
        }

        private void sample(long articles) {
            long now = System.nanoTime();
            double rate = (articles - lastArticles) / Math.max(1e-3, (now - lastNanos) / 1e9);
            if (!points.isEmpty()) { // the first interval includes start-up
                rates.add(rate);
            }
            lastArticles = articles;
            lastNanos = now;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("articles", articles);
            p.put("articles_read", Math.max(articles, read));
            Instant reached = END.minus(span).plus(span.multipliedBy(articles).dividedBy(Math.max(1, total)));
            p.put("event_time", reached.atZone(ZoneOffset.UTC).toLocalDate().toString());
            p.put("elapsed_s", Math.round((now - start) / 1e9));
            p.put("articles_per_s", Math.round(rate));
            p.put("heap_used_mb", Math.round(ProcessMemory.heapUsedAfterGc() / 1e6));
            p.put("rss_mb", Math.round(ProcessMemory.rss() / 1e6));
            p.put("state_store_mb", Math.round(ProcessMemory.directoryBytes(stateDir) / 1e5) / 10.0);
            points.add(p);
            LOG.info("replay checkpoint: {}", p);
        }

        synchronized List<Map<String, Object>> points() {
            return List.copyOf(points);
        }

        synchronized Spread rate() {
            return rates.isEmpty() ? Spread.of(List.of(0.0)) : Spread.of(rates);
        }
    }
}
