package io.newspulse.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.analysis.ArticleAnalyzer;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the analysis (targeted sentiment, tone, events) costs the pipeline (issue 17): the pipeline section's
 * throughput run, one fresh app per run, with {@code analysis.enabled} true and false on the same articles. Each
 * repetition runs both, in the order on, off / off, on / on, off ... (A-B-B-A), so a drift of the machine's load
 * hits both modes alike; two unmeasured runs (on, off) warm the JIT first. Per run: articles/s (first
 * publish until every expected (article, company) pair is on {@code news.mentions}) and the CPU time of the whole
 * process (broker, registry, app, producer, audit: one JVM) per article, over that window and until the app has
 * drained every internal topic (the batch's downstream signal work included). Wall throughput moves with whatever
 * else the machine runs; CPU per article much less, so under load it is the figure to read.
 */
public final class AnalysisCostBench {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisCostBench.class);
    private static final Duration STALL = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(20);
    private static final int OFFLINE_ROUNDS = 4;
    private final BenchRig rig;
    private final ArticleCorpus corpus;
    private final BenchSettings settings;

    public AnalysisCostBench(BenchRig rig, ArticleCorpus corpus, BenchSettings settings) {
        this.rig = rig;
        this.corpus = corpus;
        this.settings = settings;
    }

    /** One throughput run's figures. */
    record Run(double articlesPerSecond, double cpuMsPerArticle, double cpuMsPerArticleDrained, double streamCpuMsPerArticle,
               double recordsWrittenPerArticle, double load) {
    }

    /** Thread CPU µs per article of the offline tag step, with and without the analysis (best passes). */
    record Offline(double onMicros, double offMicros) {
        double analysisMicros() {
            return onMicros - offMicros;
        }
    }

    /**
     * The tag step alone ({@link ArticleAnalyzer}, what the stream's tag step runs), over the run's articles in this
     * thread with the built-in knowledge base's tagger, analysis on and off in A-B-B-A passes; best pass of each, in
     * thread CPU time (a busy machine slows a pass but adds no CPU time to it).
     */
    private static Offline offline(List<ArticleEvent> articles) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Tagger tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
        ArticleAnalyzer on = ArticleAnalyzer.of(true);
        ArticleAnalyzer off = ArticleAnalyzer.of(false);
        long bestOn = Long.MAX_VALUE;
        long bestOff = Long.MAX_VALUE;
        for (int round = 0; round < OFFLINE_ROUNDS; round++) {
            for (ArticleAnalyzer a : round % 2 == 0 ? List.of(on, off) : List.of(off, on)) {
                long t0 = mx.getCurrentThreadCpuTime();
                int sink = 0;
                for (ArticleEvent e : articles) {
                    sink += a.analyze(tagger, e.getTitle(), e.getBody(), e.getLanguage()).companies().size();
                }
                long t = mx.getCurrentThreadCpuTime() - t0;
                if (sink < 0) {
                    throw new IllegalStateException();
                }
                if (a == on) {
                    bestOn = Math.min(bestOn, t);
                } else {
                    bestOff = Math.min(bestOff, t);
                }
            }
        }
        return new Offline(bestOn / 1e3 / articles.size(), bestOff / 1e3 / articles.size());
    }

    public Section run(Integrity integrity) throws Exception {
        int n = settings.articles();
        LOG.info("analysis cost: tag and analysis in this thread, analysis on and off (also the JIT's warm-up)");
        Offline offline = offline(corpus.slice(0, n));
        LOG.info("analysis cost: offline {} µs per article with analysis, {} without (thread CPU, best of {})",
                fmt(offline.onMicros()), fmt(offline.offMicros()), OFFLINE_ROUNDS * 2);
        // both modes once, unmeasured: with only an analysis-on warm-up, the first measured run (on) stayed the slowest
        LOG.info("analysis cost: warm-up runs (analysis on, then off; not measured)");
        measure("awon-", true, n, integrity, "analysis-cost warm-up (analysis on)");
        measure("awoff-", false, n, integrity, "analysis-cost warm-up (analysis off)");
        Map<Boolean, List<Run>> runs = new LinkedHashMap<>();
        runs.put(true, new ArrayList<>());
        runs.put(false, new ArrayList<>());
        List<Double> loss = new ArrayList<>();
        List<Double> cpuLoss = new ArrayList<>();
        List<Double> cpuLossDrained = new ArrayList<>();
        List<Double> streamShare = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int rep = 1; rep <= settings.repetitions(); rep++) {
            boolean onFirst = rep % 2 == 1;
            Map<Boolean, Run> pair = new LinkedHashMap<>();
            for (boolean on : onFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                String label = "analysis-cost repetition " + rep + " (analysis " + (on ? "on" : "off") + ")";
                Run r = measure("a" + rep + (on ? "on" : "off") + "-", on, n, integrity, label);
                pair.put(on, r);
                runs.get(on).add(r);
                order.add(on ? "on" : "off");
                LOG.info("{}: {} articles/s, {} CPU ms per article ({} until drained), load {}", label,
                        Math.round(r.articlesPerSecond()), fmt(r.cpuMsPerArticle()), fmt(r.cpuMsPerArticleDrained()), fmt(r.load()));
            }
            Run on = pair.get(true);
            Run off = pair.get(false);
            loss.add(100 * (1 - on.articlesPerSecond() / off.articlesPerSecond()));
            cpuLoss.add(100 * (1 - off.cpuMsPerArticle() / on.cpuMsPerArticle()));
            cpuLossDrained.add(100 * (1 - off.cpuMsPerArticleDrained() / on.cpuMsPerArticleDrained()));
            streamShare.add(100 * (1 - off.streamCpuMsPerArticle() / on.streamCpuMsPerArticle()));
        }
        Spread rateOn = spread(runs.get(true), Run::articlesPerSecond);
        Spread rateOff = spread(runs.get(false), Run::articlesPerSecond);
        Spread cpuOn = spread(runs.get(true), Run::cpuMsPerArticle);
        Spread cpuOff = spread(runs.get(false), Run::cpuMsPerArticle);
        Spread drainedOn = spread(runs.get(true), Run::cpuMsPerArticleDrained);
        Spread drainedOff = spread(runs.get(false), Run::cpuMsPerArticleDrained);
        Spread streamOn = spread(runs.get(true), Run::streamCpuMsPerArticle);
        Spread streamOff = spread(runs.get(false), Run::streamCpuMsPerArticle);
        Spread streamShareSpread = Spread.of(streamShare);
        Spread writtenOn = spread(runs.get(true), Run::recordsWrittenPerArticle);
        Spread writtenOff = spread(runs.get(false), Run::recordsWrittenPerArticle);
        List<Double> loads = new ArrayList<>();
        runs.values().forEach(list -> list.forEach(r -> loads.add(r.load())));
        Spread load = Spread.of(loads);
        Spread lossSpread = Spread.of(loss);
        Spread cpuLossSpread = Spread.of(cpuLoss);
        Spread drainedLossSpread = Spread.of(cpuLossDrained);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles_per_repetition", n);
        json.put("partitions", PipelineBench.PARTITIONS);
        json.put("order", order);
        json.put("articles_per_s_analysis_on", rateOn.toMap());
        json.put("articles_per_s_analysis_off", rateOff.toMap());
        json.put("throughput_loss_pct", lossSpread.toMap());
        json.put("cpu_ms_per_article_analysis_on", cpuOn.toMap());
        json.put("cpu_ms_per_article_analysis_off", cpuOff.toMap());
        json.put("cpu_bound_throughput_loss_pct", cpuLossSpread.toMap());
        json.put("cpu_ms_per_article_drained_analysis_on", drainedOn.toMap());
        json.put("cpu_ms_per_article_drained_analysis_off", drainedOff.toMap());
        json.put("cpu_bound_throughput_loss_drained_pct", drainedLossSpread.toMap());
        json.put("stream_thread_cpu_ms_per_article_analysis_on", streamOn.toMap());
        json.put("stream_thread_cpu_ms_per_article_analysis_off", streamOff.toMap());
        json.put("stream_thread_cpu_share_of_analysis_pct", streamShareSpread.toMap());
        json.put("records_written_per_article_analysis_on", writtenOn.toMap());
        json.put("records_written_per_article_analysis_off", writtenOff.toMap());
        double share = 100 * offline.analysisMicros() / 1e3 / drainedOn.mean();
        double streamShareOffline = 100 * offline.analysisMicros() / 1e3 / streamOn.mean();
        json.put("offline_tag_step_us_per_article_analysis_on", Spread.round(offline.onMicros()));
        json.put("offline_tag_step_us_per_article_analysis_off", Spread.round(offline.offMicros()));
        json.put("analysis_share_of_process_cpu_pct", Spread.round(share));
        json.put("analysis_share_of_stream_thread_cpu_pct", Spread.round(streamShareOffline));
        json.put("load_average_1m", load.toMap());
        json.put("target_loss_pct", 15);

        String md = new Tables("figure", "analysis on", "analysis off", "loss (paired per repetition)")
                .row("articles/s (wall)", rateOn.format(0), rateOff.format(0), lossSpread.format(1) + " %")
                .row("process CPU ms per article, to the last mention", cpuOn.format(2), cpuOff.format(2),
                        cpuLossSpread.format(1) + " %")
                .row("process CPU ms per article, until drained", drainedOn.format(2), drainedOff.format(2),
                        drainedLossSpread.format(1) + " %")
                .row("stream threads' CPU ms per article, until drained", streamOn.format(2), streamOff.format(2),
                        streamShareSpread.format(1) + " %")
                .row("records written per article (app's producers, until drained)", writtenOn.format(2), writtenOff.format(2), "")
                + "\nThe analysis's own CPU, measured apart: the tag step alone (`ArticleAnalyzer`, as in the stream) over the "
                + "same articles in one thread takes " + fmt(offline.onMicros()) + " µs per article with the analysis and "
                + fmt(offline.offMicros()) + " µs without (thread CPU time, best of " + OFFLINE_ROUNDS + " passes each, "
                + "A-B-B-A): " + fmt(offline.analysisMicros()) + " µs of analysis per article, "
                + String.format(Locale.ROOT, "%.1f", share) + " % of the process CPU per article with analysis on (until "
                + "drained) and " + String.format(Locale.ROOT, "%.1f", streamShareOffline) + " % of the stream threads' CPU: "
                + "a lower bound of what the analysis costs (the tag step's analysis alone, in a tight loop with its word lists "
                + "in cache; the handling of sentiment and events downstream, in signals and alerts, is not in it), with far "
                + "less noise than the paired runs.\n"
                + "\n" + n + " articles per run, " + PipelineBench.PARTITIONS + " partitions, one instance, default settings "
                + "(`analysis.enabled` true or false), a fresh app per run, " + settings.repetitions() + " repetitions of a "
                + "pair of runs in A-B-B-A order (" + String.join(", ", order) + ") after two unmeasured warm-up runs (on, off); each run is timed once the app has started and the process is quiet (a full "
                + "collection, then under half a core of CPU). "
                + "Articles/s as in the pipeline section: first publish until every expected (article, company) pair "
                + "was readable on `news.mentions`. CPU: the process's CPU time (`OperatingSystemMXBean.getProcessCpuTime`: "
                + "broker, registry, app, producer and audit share the JVM) over that window, and until the app's group "
                + "had no lag on any topic it reads (the batch's signal work included), ÷ articles. Loss, per repetition: "
                + "1 − on ÷ off for articles/s, 1 − CPU off ÷ CPU on for CPU (the throughput a CPU-bound machine loses); "
                + "the stream threads' CPU (ThreadMXBean, the `-StreamThread-` threads: where tagging and analysis run) "
                + "shows the analysis's share of the app's own work. "
                + "Target ≤ 15 % (issue 17). Load average (1 min) during the runs: " + load.format(2) + " on "
                + Runtime.getRuntime().availableProcessors() + " cores; wall throughput moves with the machine's other "
                + "work, CPU per article much less.\n";
        return new Section("analysis_cost", "What analysis costs the pipeline", json, md);
    }

    private Run measure(String prefix, boolean analysis, int n, Integrity integrity, String label) throws Exception {
        try (PipelineInstances app = PipelineInstances.start(rig, prefix, PipelineBench.PARTITIONS, 1,
                Map.of(StreamsAppConfig.ANALYSIS_ENABLED, analysis));
             PipelineAudit audit = new PipelineAudit(rig.bootstrapServers(), app.topics(), app.serdes(), corpus);
             ArticlePublisher publisher = new ArticlePublisher(new NewsProducerConfig(app.props()))) {
            audit.start();
            List<ArticleEvent> slice = corpus.slice(0, n);
            audit.expect(slice);
            settle();
            double loadBefore = loadAverage();
            long streamStart = streamThreadCpuNanos();
            long cpuStart = ProcessMemory.processCpuNanos();
            long start = Replay.publish(publisher, slice, 0);
            publisher.flush();
            audit.await(audit::complete, STALL);
            long cpuMentions = ProcessMemory.processCpuNanos();
            double secs = (audit.lastNewNanos() - start) / 1e9;
            rig.awaitDrained(app.props().get(StreamsAppConfig.APPLICATION_ID).toString(), STALL);
            long cpuDrained = ProcessMemory.processCpuNanos();
            long streamDrained = streamThreadCpuNanos();
            double load = (loadBefore + loadAverage()) / 2;
            if (!audit.complete()) {
                LOG.warn("{}: {} (article, company) pairs missing after {} s without progress, e.g. {}",
                        label, audit.lost(), STALL.toSeconds(), audit.lostSample());
            }
            integrity.add(label, audit.lost(), audit.duplicated(), app.deadLetters(), audit.lostSample());
            return new Run(n / secs, (cpuMentions - cpuStart) / 1e6 / n, (cpuDrained - cpuStart) / 1e6 / n,
                    (streamDrained - streamStart) / 1e6 / n, app.recordsWritten() / n, load);
        }
    }

    private static Spread spread(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        return Spread.of(runs.stream().map(r -> figure.applyAsDouble(r)).toList());
    }

    /**
     * Lets the app's start-up finish before a run is timed: a full collection (the garbage of the previous run's
     * app and of this one's knowledge base), then until the process uses less than half a core over half a second
     * (the start's background work: per-company topics and subjects, the tagger check), at most {@link #SETTLE}.
     */
    private static void settle() throws InterruptedException {
        System.gc();
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            long cpu = ProcessMemory.processCpuNanos();
            long wall = System.nanoTime();
            Thread.sleep(500);
            double cores = (ProcessMemory.processCpuNanos() - cpu) / (double) (System.nanoTime() - wall);
            if (cores < 0.5) {
                return;
            }
        }
        LOG.warn("analysis cost: the process still used over half a core {} s after the app started", SETTLE.toSeconds());
    }

    /** CPU time of the live Kafka Streams stream threads (names {@code <client id>-StreamThread-<n>}), nanoseconds. */
    private static long streamThreadCpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-StreamThread-")) {
                long t = mx.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, t);
            }
        }
        return sum;
    }

    /** The machine's 1-minute load average (/proc/loadavg on Linux), -1 where there is none. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
