package io.newspulse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.newspulse.bench.harness.ArticleCorpus;
import io.newspulse.bench.harness.BaselineBench;
import io.newspulse.bench.harness.BenchRig;
import io.newspulse.bench.harness.BenchSettings;
import io.newspulse.bench.harness.Integrity;
import io.newspulse.bench.harness.JmhBench;
import io.newspulse.bench.harness.MachineInfo;
import io.newspulse.bench.harness.MemoryBench;
import io.newspulse.bench.harness.PipelineBench;
import io.newspulse.bench.harness.ProducerBench;
import io.newspulse.bench.harness.ReportWriter;
import io.newspulse.bench.harness.ScaleOutBench;
import io.newspulse.bench.harness.Section;
import io.newspulse.bench.harness.Spread;
import io.newspulse.bench.harness.Tables;

/**
 * The end-to-end benchmark (issue 10): JMH micro-benchmarks first (alone on the machine), then on one embedded
 * stack with the same pre-generated articles: producer alone, exactly-once pass-through baseline, full pipeline
 * throughput and latency, scale-out, memory and state growth. Writes {@code latest.json} and the report, and
 * reports any lost or duplicated record (the caller must fail then).
 */
public final class BenchRunner {
    /** Result of a run: the JSON written, where it went, and the integrity problems (empty when clean). */
    public record Outcome(Map<String, Object> results, Path json, Path docs, List<String> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private final BenchSettings settings;
    private final Consumer<String> progress;

    /** {@code progress} receives one line per step (the CLI prints it to stderr). */
    public BenchRunner(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public Outcome run() throws Exception {
        long started = System.nanoTime();
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        Integrity integrity = new Integrity();
        List<Section> sections = new ArrayList<>();

        progress.accept("JMH: tagger and dedup (1 fork)...");
        List<Section> jmh = new JmhBench(settings).run();

        int latencyCapacity = settings.quick() ? 4_000 : 40_000;
        // the pipeline uses the first articles plus the latency slice; scale-out one fresh batch per repetition
        int corpusSize = Math.max(settings.articles() + latencyCapacity, settings.articles() * settings.repetitions());
        progress.accept("generating " + corpusSize + " articles...");
        ArticleCorpus corpus = ArticleCorpus.generate(settings.seed(), corpusSize, Duration.ofMillis(10));

        // not the OS temp dir: the 1M-article memory run writes several GB, more than a RAM-backed /tmp may hold
        Files.createDirectories(settings.workDir());
        Path temp = Files.createTempDirectory(settings.workDir(), "run-");
        Section producer;
        Section baseline;
        List<Section> pipeline;
        Section scaleOut;
        Section memory;
        BaselineBench baselineBench;
        PipelineBench pipelineBench;
        try (BenchRig rig = BenchRig.start(temp)) {
            progress.accept("embedded stack up: " + rig.bootstrapServers() + "; producer alone...");
            producer = new ProducerBench(rig, corpus, settings).run(integrity);
            progress.accept("baseline pass-through...");
            baselineBench = new BaselineBench(rig, corpus, settings);
            baseline = baselineBench.run(integrity);
            progress.accept("full pipeline: throughput and latency...");
            pipelineBench = new PipelineBench(rig, corpus, settings, latencyCapacity);
            pipeline = pipelineBench.run(integrity);
            progress.accept("scale-out: 1 vs 2 instances on 6 partitions...");
            scaleOut = new ScaleOutBench(rig, corpus, settings).run(integrity);
            progress.accept("memory and state up to " + settings.memoryCheckpoints().get(settings.memoryCheckpoints().size() - 1)
                    + " articles...");
            memory = new MemoryBench(rig, settings).run(integrity);
        } finally {
            deleteQuietly(temp);
        }

        Spread pipelineRate = pipelineBench.rate();
        Spread baselineRate = baselineBench.rate();
        double ratio = pipelineRate.mean() / baselineRate.mean();
        Section latency = pipeline.get(1);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("ratio_to_baseline", round(ratio));
        results.put("pipeline_articles_per_s", round(pipelineRate.mean()));
        results.put("baseline_articles_per_s", round(baselineRate.mean()));
        results.put("producer_articles_per_s", round(mean(producer, "articles_per_s")));
        results.put("latency_ms", pipelineBench.mentionLatencySummary(latency));
        results.put("lost", integrity.lost());
        results.put("duplicated", integrity.duplicated());
        results.put("dead_letters", integrity.deadLetters());
        results.put("problems", integrity.problems());
        results.put("generated_at", date.toString());
        results.put("mode", settings.quick() ? "quick" : "full");
        results.put("machine", MachineInfo.describe());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("articles_per_repetition", settings.articles());
        config.put("repetitions", settings.repetitions());
        config.put("seed", settings.seed());
        config.put("memory_checkpoints", settings.memoryCheckpoints());
        results.put("settings", config);
        sections.add(summary(ratio, pipelineRate, baselineRate, producer, latency, jmh, integrity));
        sections.add(producer);
        sections.add(baseline);
        sections.addAll(pipeline);
        sections.add(scaleOut);
        sections.add(memory);
        sections.addAll(jmh);
        for (Section s : sections) {
            if (!s.json().isEmpty()) {
                results.put(s.key(), s.json());
            }
        }
        results.put("duration_s", Math.round((System.nanoTime() - started) / 1e9));

        ReportWriter writer = new ReportWriter();
        Path json = settings.outDir().resolve("latest.json");
        writer.writeJson(json, results);
        writer.writeMarkdown(settings.docs(), intro(date, (System.nanoTime() - started) / 1e9), sections);
        return new Outcome(results, json, settings.docs(), integrity.problems());
    }

    private String intro(ZonedDateTime date, double seconds) {
        Map<String, Object> m = MachineInfo.describe();
        return "Generated " + date.format(DateTimeFormatter.ISO_LOCAL_DATE) + " " + date.format(DateTimeFormatter.ofPattern("HH:mm"))
                + " UTC by `newspulse bench" + (settings.quick() ? " --quick" : "")
                + (settings.memoryArticles() > 0 ? " --memory-articles " + settings.memoryArticles() : "") + "` in " + Math.round(seconds) + " s; "
                + "raw figures in `bench/results/latest.json`.\n\n"
                + new Tables("machine", "")
                        .row("cores (available to the JVM)", m.get("cores"))
                        .row("RAM", m.get("ram_gb") + " GB")
                        .row("JDK", m.get("jdk") + " (" + m.get("vm") + ")")
                        .row("OS", m.get("os"))
                        .row("JVM options", "`" + m.get("jvm_args") + "`")
                + "\nEverything runs in one JVM: embedded KRaft broker, schema registry, the apps under test, producer and "
                + "checking consumers, on the same cores. Each measured section is repeated " + settings.repetitions()
                + " times (" + settings.articles() + " articles per throughput repetition); figures are mean ± stdev (min–max). "
                + "Input: synthetic ~2 KB articles (en 40%, ja 35%, zh 10%, ko 8%, de 7%; ~20% reposts and near duplicates), "
                + "generated once into memory and replayed; `ingested_at` is stamped at send time. Every run is checked against "
                + "the generator's ground truth: the bench exits non-zero when a record is lost or duplicated or dead-lettered.\n";
    }

    private Section summary(double ratio, Spread pipeline, Spread baseline, Section producer, Section latency, List<Section> jmh,
                            Integrity integrity) {
        Tables t = new Tables("figure", "measured", "target", "met");
        t.row("pipeline ÷ baseline articles/s", String.format(Locale.ROOT, "%.2f (%s ÷ %s)", ratio, Tables.n(pipeline.mean()),
                Tables.n(baseline.mean())), "≥ 0.7", ratio >= 0.7 ? "✅" : "❌");
        double mentionP99 = latencyMean(latency, "mention");
        double signalP99 = latencyMean(latency, "signal");
        t.row("p99 publish → mention", Tables.n(mentionP99) + " ms", "≤ 250 ms", mentionP99 <= 250 ? "✅" : "❌");
        t.row("p99 publish → signal update", Tables.n(signalP99) + " ms", "≤ 1,000 ms", signalP99 <= 1000 ? "✅" : "❌");
        double prod = mean(producer, "articles_per_s");
        t.row("producer alone", Tables.n(prod) + " articles/s", "≥ 30,000", prod >= 30_000 ? "✅" : "❌");
        for (Section s : jmh) {
            if (s.key().equals("jmh_tagger")) {
                double v = mean(s, "mb_per_s_per_core");
                t.row("tagger (JMH)", String.format(Locale.ROOT, "%.1f MB/s/core", v), "≥ 50", v >= 50 ? "✅" : "❌");
            } else if (s.key().equals("jmh_tag_and_analyze")) {
                double v = mean(s, "mb_per_s_per_core");
                t.row("tag + sentiment and events (JMH)", String.format(Locale.ROOT, "%.1f MB/s/core", v), "≥ 40", v >= 40 ? "✅" : "❌");
            } else {
                double v = mean(s, "articles_per_s_per_core");
                t.row("dedup (JMH)", Tables.n(v) + " articles/s/core", "≥ 20,000", v >= 20_000 ? "✅" : "❌");
            }
        }
        t.row("lost / duplicated / dead letters", integrity.lost() + " / " + integrity.duplicated() + " / " + integrity.deadLetters(),
                "0 / 0 / 0", integrity.clean() ? "✅" : "❌");
        return new Section("summary", "Summary", Map.of(), t.toString());
    }

    @SuppressWarnings("unchecked")
    private static double latencyMean(Section latency, String stage) {
        Map<String, Object> s = (Map<String, Object>) latency.json().get(stage);
        return ((Number) ((Map<String, Object>) s.get("p99")).get("mean")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static double mean(Section s, String key) {
        return ((Number) ((Map<String, Object>) s.json().get(key)).get("mean")).doubleValue();
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir
        }
    }
}
