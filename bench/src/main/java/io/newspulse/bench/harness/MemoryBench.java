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
    static final String HORIZON = "2m";
    static final String WINDOWS = "5s,10s";
    static final String GRACE = "5s";
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
        try (PipelineInstances app = PipelineInstances.start(rig, "m-", PipelineBench.PARTITIONS, 1, overrides);
             ArticlePublisher publisher = new ArticlePublisher(new NewsProducerConfig(app.props()))) {
            for (int checkpoint : settings.memoryCheckpoints()) {
                while (published < checkpoint) {
                    var e = stream.next().event();
                    e.setIngestedAt(Instant.now());
                    publisher.send(e);
                    published++;
                }
                publisher.flush();
                awaitRead(app, published);
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
        }
        json.put("dedup_horizon", HORIZON);
        json.put("windows", WINDOWS);
        json.put("grace", GRACE);
        json.put("event_gap_ms", EVENT_GAP.toMillis());
        json.put("checkpoints", points);
        String md = t + "\nOne run of one instance with `dedup.horizon=" + HORIZON + "`, `signals.windows=" + WINDOWS
                + "`, `signals.grace=" + GRACE + "` and one article per second of event time on average, so the dedup index "
                + "(kept for 2 × horizon) is full after a few hundred articles and the window stores (200 windows each: "
                + "≈ 17 min and 33 min of event time) after about 1,000 and 2,000 articles; from there on state should stay flat. "
                + "Heap and RSS are of the whole benchmark JVM (broker, registry, app and harness together). Each cell: mean ± "
                + "stdev (min–max) of " + SAMPLES + " samples taken at that checkpoint after the app had read every article.\n";
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
