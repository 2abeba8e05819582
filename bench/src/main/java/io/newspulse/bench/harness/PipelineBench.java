package io.newspulse.bench.harness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import org.HdrHistogram.Histogram;

/**
 * The full pipeline with default settings, one fresh app per repetition. Throughput: the first {@code articles}
 * of the corpus flat out, timed from the first publish until every (article, company) pair of the ground truth is
 * readable on {@code news.mentions}. Latency: then the next articles paced at half that repetition's rate for a
 * few seconds, publish → mention and publish → signal update.
 */
public final class PipelineBench {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineBench.class);
    static final int PARTITIONS = 3;
    private static final Duration STALL = Duration.ofSeconds(30);
    private final BenchRig rig;
    private final ArticleCorpus corpus;
    private final BenchSettings settings;
    private final int latencyCapacity;
    private Spread rate;
    private Spread written;
    private Spread read;
    private final Histogram allToMention = new Histogram(3_600_000L, 3);
    private final Histogram allToSignal = new Histogram(3_600_000L, 3);
    private final List<Map<String, Object>> breakdown = new ArrayList<>();
    private Object commitInterval;

    /** {@code latencyCapacity}: corpus articles after the throughput slice available to the latency phase. */
    public PipelineBench(BenchRig rig, ArticleCorpus corpus, BenchSettings settings, int latencyCapacity) {
        this.rig = rig;
        this.corpus = corpus;
        this.settings = settings;
        this.latencyCapacity = latencyCapacity;
    }

    public List<Section> run(Integrity integrity) throws Exception {
        int n = settings.articles();
        long bytes = corpus.textBytes(0, n);
        List<Double> rates = new ArrayList<>();
        List<Double> mbs = new ArrayList<>();
        Map<String, List<Double>> latencies = new LinkedHashMap<>();
        List<Double> latencyRates = new ArrayList<>();
        long unexpected = 0;
        long expectedPairs = 0;
        List<Double> dedupBytesPerArticle = new ArrayList<>();
        List<Double> writtenPerArticle = new ArrayList<>();
        java.util.SortedMap<String, List<Double>> writtenByTopic = new java.util.TreeMap<>();
        List<Double> readPerArticle = new ArrayList<>();
        for (int rep = 1; rep <= settings.repetitions(); rep++) {
            String prefix = "e" + rep + "-";
            try (PipelineInstances app = PipelineInstances.start(rig, prefix, PARTITIONS, 1, Map.of());
                 PipelineAudit audit = new PipelineAudit(rig.bootstrapServers(), app.topics(), app.serdes(), corpus);
                 ArticlePublisher publisher = new ArticlePublisher(new NewsProducerConfig(app.props()))) {
                audit.start();
                List<ArticleEvent> slice = corpus.slice(0, n);
                audit.expect(slice);
                long start = Replay.publish(publisher, slice, 0);
                publisher.flush();
                audit.await(audit::complete, STALL);
                double secs = (audit.lastNewNanos() - start) / 1e9;
                double r = n / secs;
                rates.add(r);
                mbs.add(bytes / 1e6 / secs);
                LOG.info("pipeline repetition {}: {} articles/s", rep, Math.round(r));
                // nothing has expired yet (7-day horizon): the dedup index changelog holds exactly these n articles
                dedupBytesPerArticle.add(rig.topicBytes(app.props().get(StreamsAppConfig.APPLICATION_ID) + "-dedup-index-store-changelog") / (double) n);
                if (!audit.complete()) {
                    LOG.warn("pipeline repetition {}: {} (article, company) pairs missing after {} s without progress, e.g. {}",
                            rep, audit.lost(), STALL.toSeconds(), audit.lostSample());
                }

                // latency is for the steady state: let the batch's downstream work (signals, suppression) finish first
                long drained = rig.awaitDrained(app.props().get(StreamsAppConfig.APPLICATION_ID).toString(), STALL);
                LOG.info("pipeline repetition {}: internal topics drained {} ms after the last mention", rep, drained);
                // the app started on empty topics: what its clients wrote and read so far is the throughput batch's
                double writtenNow = app.recordsWritten() / n;
                double readNow = app.recordsRead() / n;
                writtenPerArticle.add(writtenNow);
                app.recordsWrittenByTopic().forEach((topic, count) -> writtenByTopic
                        .computeIfAbsent(topic, t -> new ArrayList<>()).add(count / n));
                readPerArticle.add(readNow);
                LOG.info("pipeline repetition {}: {} records written and {} read per article", rep,
                        String.format(java.util.Locale.ROOT, "%.1f", writtenNow), String.format(java.util.Locale.ROOT, "%.1f", readNow));
                double paced = r / 2;
                int count = (int) Math.min(latencyCapacity, Math.max(50, paced * settings.latencySeconds()));
                List<ArticleEvent> latencySlice = corpus.slice(n, n + count);
                audit.expect(latencySlice);
                PipelineInstances.CommitSnapshot commitsBefore = app.commitSnapshot();
                Map<String, Object> streamsProps = new StreamsAppConfig(app.props()).streamsProperties();
                commitInterval = streamsProps.get(StreamsAppConfig.COMMIT_INTERVAL);
                audit.trackLatency(latencySlice, System.currentTimeMillis());
                Replay.publish(publisher, latencySlice, paced);
                publisher.flush();
                audit.await(audit::complete, STALL);
                Thread.sleep(1_000); // the last signal updates leave at the next commits
                audit.stopLatency();
                Map<String, Object> phase = app.commitSnapshot().since(commitsBefore,
                        Integer.parseInt(String.valueOf(streamsProps.get(org.apache.kafka.streams.StreamsConfig.NUM_STREAM_THREADS_CONFIG))));
                phase.putAll(app.windowedCommitLatency());
                breakdown.add(phase);
                LOG.info("pipeline repetition {}: latency phase commits {}", rep, phase);
                latencyRates.add(paced);
                Histogram m = audit.mentionLatency();
                Histogram s = audit.signalLatency();
                allToMention.add(m);
                allToSignal.add(s);
                percentiles(latencies, "mention", m);
                percentiles(latencies, "signal", s);
                LOG.info("pipeline repetition {}: latency at {}/s p99 mention {} ms, signal {} ms", rep, Math.round(paced), m.getValueAtPercentile(99), s.getValueAtPercentile(99));

                long published = n + count;
                long missingIn = Math.max(0, published - Math.round(app.articlesIn()));
                integrity.add("pipeline repetition " + rep, audit.lost(), audit.duplicated(), app.deadLetters(), audit.lostSample());
                if (missingIn > 0 && audit.lost() == 0) {
                    integrity.add("pipeline repetition " + rep + " (articles read)", missingIn, 0, 0, List.of());
                }
                unexpected += audit.unexpected();
                expectedPairs += audit.expectedPairs();
            }
        }
        rate = Spread.of(rates);
        Spread mb = Spread.of(mbs);
        Map<String, Object> json = Section.throughputJson(n, PARTITIONS, rate, mb);
        Spread dedupState = Spread.of(dedupBytesPerArticle);
        json.put("dedup_index_bytes_per_article", dedupState.toMap());
        written = Spread.of(writtenPerArticle);
        read = Spread.of(readPerArticle);
        json.put("records_written_per_article", written.toMap());
        json.put("records_read_per_article", read.toMap());
        Map<String, Object> byTopic = new LinkedHashMap<>();
        writtenByTopic.forEach((topic, values) -> byTopic.put(topic, Math.round(Spread.of(values).mean() * 100) / 100.0));
        json.put("records_written_per_article_by_topic", byTopic);
        json.put("expected_mention_pairs", expectedPairs);
        json.put("mentions_not_in_truth", unexpected);
        json.put("generator_pairs_not_found_by_tagger", corpus.taggerMissed(n));
        json.put("generator_pairs", corpus.generatedPairs(n));
        String md = new Tables("figure", "mean ± stdev (min–max)")
                .row("articles/s", rate.format(0))
                .row("MB/s (title+body UTF-8)", mb.format(1))
                .row("records written per article", written.format(1))
                .row("records read per article", read.format(1))
                .row("dedup index state per article (bytes)", dedupState.format(0))
                + "\n" + n + " articles per repetition, " + PARTITIONS + " partitions, one instance, default settings except "
                + "per-company topics for a " + BenchRig.WATCHLIST.size() + "-company watch-list. Timed from the first publish "
                + "until every expected (article, company) pair was readable (read_committed) on `news.mentions`. Expected = "
                + "an offline pass of the same tagger and knowledge base over the same articles (what a lossless run yields): "
                + expectedPairs + " pairs checked over all repetitions, " + unexpected + " unexpected mentions. Tagger recall "
                + "against the generator's own truth, for information: " + corpus.taggerMissed(n) + " of " + corpus.generatedPairs(n)
                + " generated pairs in the throughput slice are not found by the tagger. Dedup index state per article = bytes "
                + "of the `dedup-index-store` changelog on the broker (lz4 batches: one value per article and owning partition: "
                + "signature, cluster and the keys it is indexed under) ÷ articles, before anything expires. Records written "
                + "and read per article: the app's own client metrics (producer `record-send-total`: sinks, repartition "
                + "topics and changelogs; the stream threads' consumers' `records-consumed-total`: source and repartition "
                + "topics) once the batch has drained from every internal topic, ÷ the batch's articles. By topic (mean): "
                + byTopic.entrySet().stream().map(e -> "`" + e.getKey() + "` " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", ")) + ".\n";
        Section throughput = new Section("pipeline", "Full pipeline throughput", json, md);
        return List.of(throughput, latencySection(latencies, latencyRates));
    }

    private Section latencySection(Map<String, List<Double>> latencies, List<Double> latencyRates) {
        Map<String, Object> json = new LinkedHashMap<>();
        Spread paced = Spread.of(latencyRates);
        json.put("paced_articles_per_s", paced.toMap());
        json.put("commits_during_latency_phase", breakdown);
        Tables t = new Tables("latency (ms)", "p50", "p95", "p99", "target p99");
        for (String stage : List.of("mention", "signal")) {
            Map<String, Object> stageJson = new LinkedHashMap<>();
            List<String> cells = new ArrayList<>();
            cells.add(stage.equals("mention") ? "publish → `news.mentions`" : "publish → `company.signals`");
            for (String p : List.of("p50", "p95", "p99")) {
                Spread s = Spread.of(latencies.get(stage + "." + p));
                stageJson.put(p, s.toMap());
                cells.add(s.format(0));
            }
            Histogram all = stage.equals("mention") ? allToMention : allToSignal;
            stageJson.put("samples", all.getTotalCount());
            long target = stage.equals("mention") ? 250 : 1000;
            double p99 = Spread.of(latencies.get(stage + ".p99")).mean();
            cells.add("≤ " + target + (p99 <= target ? " ✅" : " ❌ missed"));
            t.row(cells.toArray());
            json.put(stage, stageJson);
        }
        String md = t + "\nPaced at half of each repetition's measured pipeline rate: " + paced.format(0)
                + " articles/s for about " + settings.latencySeconds() + " s, started once the app had caught up with the "
                + "throughput batch on every topic it reads (internal ones included), so it measures the steady state rather "
                + "than the drain of the batch. Latency = wall-clock time a read_committed "
                + "consumer polled the record − `ingested_at` stamped by the producer at send time (`Mention.ingested_at`; "
                + "`CompanySignal.last_ingested_at` = newest article of the window, so a signal update is timed from the article "
                + "that triggered it). Producer, broker, app and consumer share one JVM and clock. Each cell: mean ± stdev "
                + "(min–max) of the repetitions' percentiles. The app's `commit.interval.ms`: " + commitInterval + " ms. `commits_during_latency_phase` in the JSON: per repetition the stream threads' commits per second, "
                + "mean time in `commitTransaction` and `sendOffsetsToTransaction`, windowed commit latency and main-consumer "
                + "fetch latency.\n";
        return new Section("latency", "Latency at 50% of the maximum rate", json, md);
    }

    private static void percentiles(Map<String, List<Double>> into, String stage, Histogram h) {
        into.computeIfAbsent(stage + ".p50", k -> new ArrayList<>()).add((double) h.getValueAtPercentile(50));
        into.computeIfAbsent(stage + ".p95", k -> new ArrayList<>()).add((double) h.getValueAtPercentile(95));
        into.computeIfAbsent(stage + ".p99", k -> new ArrayList<>()).add((double) h.getValueAtPercentile(99));
    }

    /** Records the app's clients wrote per article of the throughput batches (sinks, repartitions, changelogs). */
    public Spread recordsWrittenPerArticle() {
        return written;
    }

    /** Records the stream threads' consumers read per article of the throughput batches. */
    public Spread recordsReadPerArticle() {
        return read;
    }

    public Spread rate() {
        return rate;
    }

    /** Mean of the repetitions' publish → mention percentiles, for the top-level {@code latency_ms}. */
    public Map<String, Object> mentionLatencySummary(Section latency) {
        @SuppressWarnings("unchecked")
        Map<String, Object> mention = (Map<String, Object>) latency.json().get("mention");
        Map<String, Object> out = new LinkedHashMap<>();
        for (String p : List.of("p50", "p95", "p99")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) mention.get(p);
            out.put(p, s.get("mean"));
        }
        return out;
    }
}
