package io.newspulse.bench.harness;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Mention;
import io.newspulse.history.SignalReader;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State restore after kill -9 (issue 19): the stream app runs in a JVM of its own ({@link StreamChild}) and processes
 * {@code N} generated articles spread over a few days of event time (so that all of them are inside the dedup horizon
 * and the signal windows' retention: the largest state {@code N} articles make); then more articles are published and
 * the app is killed with SIGKILL while it processes them. A new JVM on the same state directory is timed from launch
 * to RUNNING and to caught up (no lag on any topic it reads), and the Kafka Streams restores it logs are summed. The
 * audit reads {@code news.mentions} and checks every (article, company) pair the offline tagger finds in the articles
 * came out exactly once across the crash.
 */
public final class RestoreBench {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreBench.class);
    private static final Pattern RESTORED = Pattern.compile("Restored (\\d+) records of store (\\S+) from (\\S+)(?: \\(offsets \\S+ to \\S+\\))? in (\\d+) ms");
    private static final String PREFIX = "k-";
    private static final String CHILD_HEAP = "3g";

    private final BenchRig rig;
    private final BenchSettings settings;

    public RestoreBench(BenchRig rig, BenchSettings settings) {
        this.rig = rig;
        this.settings = settings;
    }

    public Section run(Integrity integrity) throws Exception {
        int n = settings.restoreArticles();
        int inFlight = Math.max(100, Math.min(10_000, n / 20));
        Duration span = Duration.ofDays(settings.restoreDays());
        Instant end = Instant.now();
        GeneratedArchive archive = GeneratedArchive.spread(settings.seed() + 3, n + inFlight, end, span);
        Path dataDir = rig.dataDir("restore");
        Map<String, Object> props = new HashMap<>(rig.props(PREFIX, PipelineBench.PARTITIONS, dataDir));
        props.put(StreamsAppConfig.HTTP_PORT, -1);
        Topics topics = rig.ensureTopics(PREFIX, PipelineBench.PARTITIONS);
        String appId = props.get(StreamsAppConfig.APPLICATION_ID).toString();
        Path stateDir = dataDir.resolve("streams").resolve(appId);

        Map<String, Object> json = new LinkedHashMap<>();
        double[] restart;
        double caughtUp;
        double firstRate;
        long stateBytes;
        Map<String, long[]> restores;
        long killedAtArticles;
        long skippedLate;
        long skippedLateFirst;
        try (ArticlePublisher publisher = new ArticlePublisher(new NewsProducerConfig(props))) {
            Iterator<ArticleEvent> articles = archive.inOrder();
            double firstStart;
            StreamChild first = StreamChild.launch(dataDir, "restore-stream-1", props, CHILD_HEAP);
            try {
                firstStart = first.awaitRunning(Duration.ofMinutes(5))[0];
                long t0 = System.nanoTime();
                publish(publisher, articles, n);
                long drained = rig.awaitDrained(appId, Duration.ofHours(3));
                if (drained < 0) {
                    throw new IllegalStateException("the stream app did not catch up with " + n + " articles in 3 hours; see " + first.log());
                }
                firstRate = n / ((System.nanoTime() - t0) / 1e9);
                LOG.info("restore: {} articles processed at {} articles/s; publishing {} more and killing the app", n,
                        Math.round(firstRate), inFlight);
                long before = committedArticles(appId, topics);
                publish(publisher, articles, inFlight);
                awaitCommittedArticles(appId, topics, before + inFlight / 2, Duration.ofMinutes(10));
                killedAtArticles = committedArticles(appId, topics);
                first.kill();
                skippedLateFirst = count(first.logText(), "Skipping record for expired window");
            } finally {
                first.stop(settings.outDir());
            }
            stateBytes = ProcessMemory.directoryBytes(stateDir);
            json.put("first_start_running_s", firstStart);
        }

        StreamChild second = StreamChild.launch(dataDir, "restore-stream-2", props, CHILD_HEAP);
        try {
            restart = second.awaitRunning(Duration.ofMinutes(10));
            if (rig.awaitDrained(appId, Duration.ofMinutes(30)) < 0) {
                throw new IllegalStateException("the restarted stream app did not catch up in 30 minutes; see " + second.log());
            }
            caughtUp = second.secondsSinceLaunch();
            restores = restores(second.logText());
            skippedLate = count(second.logText(), "Skipping record for expired window");
        } finally {
            second.stop(settings.outDir());
        }

        // audit: every (article, company) pair the tagger finds, exactly once on news.mentions
        long[] expected = expectedPairs(GeneratedArchive.spread(settings.seed() + 3, n + inFlight, end, span));
        List<Long> seenList = new ArrayList<>();
        SignalReader.forEachValue(props, topics.mentions(), Mention.class,
                m -> seenList.add(pairHash(m.getArticleId(), m.getCompanyId())));
        long[] seen = seenList.stream().mapToLong(Long::longValue).sorted().toArray();
        long duplicated = seen.length - Arrays.stream(seen).distinct().count();
        long lost = missing(expected, seen);
        long deadLetters = SignalReader.count(props, topics.deadletter());
        integrity.add("restore after kill -9", lost, duplicated, deadLetters, List.of());

        long restoredRecords = restores.values().stream().mapToLong(r -> r[0]).sum();
        long restoreMs = restores.values().stream().mapToLong(r -> r[1]).max().orElse(0);
        json.put("articles", n);
        json.put("in_flight_articles", inFlight);
        json.put("articles_committed_at_kill", killedAtArticles);
        json.put("event_time_days", span.toDays());
        json.put("first_run_articles_per_s", Math.round(firstRate));
        json.put("state_dir_mb_at_kill", Math.round(stateBytes / 1e5) / 10.0);
        json.put("restart_running_s", restart[0]);
        json.put("restart_running_wall_s", round(restart[1]));
        json.put("restart_caught_up_s", round(caughtUp));
        json.put("restored_records", restoredRecords);
        json.put("longest_store_restore_ms", restoreMs);
        Map<String, Object> perStore = new TreeMap<>();
        restores.forEach((store, r) -> perStore.put(store, Map.of("records", r[0], "ms", r[1])));
        json.put("restores", perStore);
        json.put("expected_pairs", expected.length);
        json.put("mention_records", seen.length);
        json.put("lost", lost);
        json.put("duplicated", duplicated);
        json.put("dead_letters", deadLetters);
        json.put("window_updates_skipped_as_late", Map.of("before_kill", skippedLateFirst, "after_restart", skippedLate));

        Tables head = new Tables("figure", "measured", "target")
                .row("restart after kill -9: launch → RUNNING", String.format(Locale.ROOT, "%.1f s (wall %.1f s)", restart[0], restart[1]), "")
                .row("restart after kill -9: launch → caught up (no lag on any topic read)", String.format(Locale.ROOT, "%.1f s", caughtUp),
                        "≤ 30 s " + (caughtUp <= 30 ? "✅" : "❌"))
                .row("records replayed from changelogs (all stores) / longest store restore", restoredRecords + " / " + restoreMs + " ms", "")
                .row("state directory at the kill", Tables.n(stateBytes / 1e6) + " MB", "")
                .row("articles before the kill (processed, then " + inFlight + " more in flight)", Tables.n(n)
                        + " (first run " + Tables.n(firstRate) + " articles/s)", "")
                .row("window updates skipped as late (Kafka Streams' warnings) before the kill / after the restart",
                        skippedLateFirst + " / " + skippedLate, "")
                .row("lost / duplicated (article, company) pairs of " + expected.length + " / dead letters", lost + " / " + duplicated + " / " + deadLetters, "0 / 0 / 0");
        Tables stores = new Tables("store (restored after the kill)", "records", "ms");
        restores.forEach((store, r) -> stores.row(store, Long.toString(r[0]), Long.toString(r[1])));
        String md = head + "\n" + (restores.isEmpty() ? "No store replayed any record from its changelog.\n" : stores.toString())
                + "\nThe stream app (`newspulse stream`, `-Xmx" + CHILD_HEAP + "`) runs in a JVM of its own against the run's embedded stack; "
                + n + " generated articles (seed " + (settings.seed() + 3) + ") spread over the last " + span.toDays()
                + " days of event time, so all of them are inside the dedup horizon and the windows' retention, are processed;"
                + " then " + inFlight + " more are published and the JVM is killed with SIGKILL once about half of them are committed. "
                + "A new JVM on the same state directory is timed from its launch (its own clock for RUNNING; the bench's for caught up "
                + "= every partition of every topic the application reads, internal ones included, at its committed end). "
                + "Restores are the Kafka Streams restores the new JVM logs (`RestoreLog`, global companies store included); both JVMs' logs are kept next to the JSON (`restore-stream-1.log`, `restore-stream-2.log`). "
                + "Audit: the offline tagger's (article, company) pairs of every article against `news.mentions` read committed. "
                + "The articles are published as a backlog (faster than their event time), so the three tagging tasks' mentions "
                + "reach a company's window out of event-time order by more than the 1-minute grace at times: those window "
                + "updates are skipped as late by design (a live feed's event time follows the wall clock); the count is "
                + "reported, and it is not a loss of mentions.\n";
        return new Section("restore", "State restore after kill -9 with " + Tables.n(n) + " articles", json, md);
    }

    private static void publish(ArticlePublisher publisher, Iterator<ArticleEvent> articles, int count) {
        for (int i = 0; i < count && articles.hasNext(); i++) {
            ArticleEvent e = articles.next();
            e.setIngestedAt(Instant.ofEpochMilli(System.currentTimeMillis()));
            publisher.send(e);
        }
        publisher.flush();
    }

    /** Sum of the application's committed offsets on the articles topic. */
    private long committedArticles(String appId, Topics topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = rig.admin().listConsumerGroupOffsets(appId)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topics.articles()))
                .mapToLong(e -> e.getValue() == null ? 0 : e.getValue().offset()).sum();
    }

    private void awaitCommittedArticles(String appId, Topics topics, long target, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (committedArticles(appId, topics) < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stream app did not commit " + target + " article offsets in " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** Store → {records, ms} summed over its changelog partitions, from the app's restore log lines. */
    static Map<String, long[]> restores(String log) {
        Map<String, long[]> out = new TreeMap<>();
        Matcher m = RESTORED.matcher(log);
        while (m.find()) {
            long[] r = out.computeIfAbsent(m.group(2), k -> new long[2]);
            r[0] += Long.parseLong(m.group(1));
            r[1] = Math.max(r[1], Long.parseLong(m.group(4)));
        }
        return out;
    }

    /** The sorted hashes of every (article, company) pair the offline tagger finds in the archive. */
    private static long[] expectedPairs(GeneratedArchive archive) {
        Tagger tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
        long[] pairs = new long[1 << 16];
        int size = 0;
        for (Iterator<ArticleEvent> it = archive.inOrder(); it.hasNext(); ) {
            ArticleEvent e = it.next();
            String id = e.getId();
            for (String company : tagger.tag(e.getTitle(), e.getBody(), e.getLanguage())
                    .stream().map(m -> m.companyId()).distinct().toList()) {
                if (size == pairs.length) {
                    pairs = Arrays.copyOf(pairs, size * 2);
                }
                pairs[size++] = pairHash(id, company);
            }
        }
        long[] out = Arrays.copyOf(pairs, size);
        Arrays.sort(out);
        return out;
    }

    /** How many of the sorted {@code expected} are not in the sorted {@code seen}. */
    static long missing(long[] expected, long[] seen) {
        long missing = 0;
        for (long e : expected) {
            if (Arrays.binarySearch(seen, e) < 0) {
                missing++;
            }
        }
        return missing;
    }

    /** A 64-bit hash of an (article, company) pair (FNV-1a over the UTF-8 bytes with a separator). */
    static long pairHash(String article, String company) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (article + '\u0000' + company).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
