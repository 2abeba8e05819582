package io.newspulse.bench.harness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.streams.config.StreamsAppConfig;

/**
 * Memory and state growth over one long run with short retention (dedup horizon, window sizes) so the bounds are
 * reached within the run: heap after GC, process RSS and Kafka Streams state-dir bytes at cumulative checkpoints.
 * Articles are generated while publishing (a million would not fit in memory).
 */
public final class MemoryBench {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryBench.class);
    /** Index retention is 2 × horizon = 40 min of event time: more than a chunk, like the grace period. */
    static final String HORIZON = "20m";
    static final String WINDOWS = "5s,10s";
    /**
     * Event time runs some 200 times faster than wall time here (one article per second of event time, a few hundred
     * articles per second processed), so the mentions of different article partitions reach a signal task up to a
     * chunk's worth of event time apart. The grace period covers a chunk, so no mention is dropped as late.
     */
    static final String GRACE = "40m";
    /** Articles published between two waits for the whole pipeline to catch up (less than the grace in event time). */
    static final int CHUNK = 2_000;
    static final Duration EVENT_GAP = Duration.ofSeconds(1);
    private static final int SAMPLES = 3;
    private final BenchRig rig;
    private final BenchSettings settings;

    public MemoryBench(BenchRig rig, BenchSettings settings) {
        this.rig = rig;
        this.settings = settings;
    }

    public Section run(Integrity integrity) throws Exception {
        Map<String, Object> overrides = Map.of(StreamsAppConfig.DEDUP_HORIZON, HORIZON, StreamsAppConfig.WINDOWS, WINDOWS,
                StreamsAppConfig.GRACE, GRACE);
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> points = new ArrayList<>();
        Tables t = new Tables("articles", "event time covered", "heap used after GC", "process RSS", "state store bytes");
        // event time ends about now: the broker rejects record timestamps more than an hour ahead
        // (message.timestamp.after.max.ms), and the repartition topics carry the article's event time
        List<Integer> checkpoints = settings.memoryCheckpoints();
        Instant start = Instant.now().minus(EVENT_GAP.multipliedBy(checkpoints.get(checkpoints.size() - 1)));
        ArticleCorpus.ArticleStream stream = new ArticleCorpus.ArticleStream(settings.seed() + 1, start, EVENT_GAP);
        long published = 0;
        long dropped;
        try (PipelineInstances app = PipelineInstances.start(rig, "m-", PipelineBench.PARTITIONS, 1, overrides);
             ArticlePublisher publisher = new ArticlePublisher(new NewsProducerConfig(app.props()))) {
            String applicationId = app.props().get(StreamsAppConfig.APPLICATION_ID).toString();
            for (int checkpoint : settings.memoryCheckpoints()) {
                while (published < checkpoint) {
                    long chunkEnd = Math.min(checkpoint, published + CHUNK);
                    while (published < chunkEnd) {
                        var e = stream.next().event();
                        e.setIngestedAt(Instant.now());
                        publisher.send(e);
                        published++;
                    }
                    publisher.flush();
                    awaitRead(app, published);
                    rig.awaitDrained(applicationId, Duration.ofSeconds(60));
                }
                List<Double> heap = new ArrayList<>();
                List<Double> rss = new ArrayList<>();
                List<Double> state = new ArrayList<>();
                for (int s = 0; s < SAMPLES; s++) {
                    Thread.sleep(300);
                    heap.add(ProcessMemory.heapUsedAfterGc() / 1e6);
                    rss.add(ProcessMemory.rss() / 1e6);
                    state.add(app.stateBytes() / 1e6);
                }
                Spread h = Spread.of(heap);
                Spread r = Spread.of(rss);
                Spread st = Spread.of(state);
                LOG.info("memory at {} articles: heap {} MB, rss {} MB, state {} MB", checkpoint, Math.round(h.mean()), Math.round(r.mean()), Math.round(st.mean()));
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("articles", checkpoint);
                point.put("heap_used_mb", h.toMap());
                point.put("rss_mb", r.toMap());
                point.put("state_store_mb", st.toMap());
                points.add(point);
                Duration covered = EVENT_GAP.multipliedBy(checkpoint);
                t.row(Tables.n(checkpoint), "≈ " + covered.toHours() + " h " + covered.toMinutesPart() + " min",
                        h.format(0) + " MB", r.format(0) + " MB", st.format(1) + " MB");
            }
            long missing = Math.max(0, published - Math.round(app.articlesIn()));
            integrity.add("memory run", missing, 0, app.deadLetters(), List.of());
            dropped = app.droppedRecords();
            LOG.info("memory run: {} records dropped by Kafka Streams (late for a window or an expired store segment)", dropped);
        }
        json.put("dedup_horizon", HORIZON);
        json.put("windows", WINDOWS);
        json.put("grace", GRACE);
        json.put("event_gap_ms", EVENT_GAP.toMillis());
        json.put("checkpoints", points);
        json.put("dropped_late_records", dropped);
        String md = t + "\nOne run of one instance with `dedup.horizon=" + HORIZON + "`, `signals.windows=" + WINDOWS
                + "`, `signals.grace=" + GRACE + "` and one article per second of event time on average, so the dedup index "
                + "(kept for 2 × horizon: 40 min of event time) and the window stores (kept for the larger of 200 windows and "
                + "window + grace: ≈ 40 min for both sizes) are full after about 2,400 articles; from there on state should stay flat. "
                + "Heap and RSS are of the whole benchmark JVM (broker, registry, app and harness together). Each cell: mean ± "
                + "stdev (min–max) of " + SAMPLES + " samples taken at that checkpoint after the whole pipeline had caught up. Articles are "
                + "published in chunks of " + Tables.n(CHUNK) + " with a wait for the pipeline to catch up after each (event time runs "
                + "about 200 times faster than wall time here, so a larger backlog would spread the partitions further apart in event "
                + "time than the grace period and the index retention); records Kafka Streams dropped (a mention past its window's grace, or an "
                + "index entry older than its store's retention): " + dropped + ".\n";
        return new Section("memory", "Memory and state", json, md);
    }

    private static void awaitRead(PipelineInstances app, long published) throws InterruptedException {
        long lastProgress = System.nanoTime();
        double last = -1;
        while (app.articlesIn() < published) {
            double now = app.articlesIn();
            if (now > last) {
                last = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(60).toNanos()) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
