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

import io.newspulse.bench.harness.AnalysisCostBench;
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
import io.newspulse.bench.harness.ReplayBench;
import io.newspulse.bench.harness.RestoreBench;
import io.newspulse.bench.harness.ReportWriter;
import io.newspulse.bench.harness.ScaleOutBench;
import io.newspulse.bench.harness.Section;
import io.newspulse.bench.harness.Spread;
import io.newspulse.bench.harness.Tables;
import io.newspulse.cli.BenchSection;

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
        if (!settings.all()) {
            return runSome();
        }
        long started = System.nanoTime();
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        Integrity integrity = new Integrity();
        List<Section> sections = new ArrayList<>();

        progress.accept("JMH: tagger and dedup (1 fork)...");
        List<Section> jmh = new JmhBench(settings).run();

        int latencyCapacity = latencyCapacity();
        ArticleCorpus corpus = corpus(latencyCapacity);

        // not the OS temp dir: the 1M-article memory run writes several GB, more than a RAM-backed /tmp may hold
        Files.createDirectories(settings.workDir());
        Path temp = Files.createTempDirectory(settings.workDir(), "run-");
        Section producer;
        Section baseline;
        List<Section> pipeline;
        Section analysisCost;
        Section scaleOut;
        Section memory;
        Section replay;
        Section restore;
        BaselineBench baselineBench;
        PipelineBench pipelineBench;
        ReplayBench replayBench;
        try (BenchRig rig = BenchRig.start(temp).withAppSettings(settings.appSettings())) {
            progress.accept("embedded stack up: " + rig.bootstrapServers() + "; producer alone...");
            producer = new ProducerBench(rig, corpus, settings).run(integrity);
            progress.accept("baseline pass-through...");
            baselineBench = new BaselineBench(rig, corpus, settings);
            baseline = baselineBench.run(integrity);
            progress.accept("full pipeline: throughput and latency...");
            pipelineBench = new PipelineBench(rig, corpus, settings, latencyCapacity);
            pipeline = pipelineBench.run(integrity);
            progress.accept("what analysis costs: the pipeline with analysis on and off, paired...");
            analysisCost = new AnalysisCostBench(rig, corpus, settings).run(integrity);
            progress.accept("scale-out: 1 vs 2 instances on 6 partitions...");
            scaleOut = new ScaleOutBench(rig, corpus, settings).run(integrity);
            progress.accept("memory and state up to " + settings.memoryCheckpoints().get(settings.memoryCheckpoints().size() - 1)
                    + " articles...");
            memory = new MemoryBench(rig, settings).run(integrity);
            progress.accept("replay of " + settings.replayArticles() + " articles over " + settings.replayDays() + " days...");
            replayBench = new ReplayBench(rig, settings);
            replay = replayBench.run(integrity, pipelineBench.rate());
            progress.accept("restore after kill -9 with " + settings.restoreArticles() + " articles...");
            restore = new RestoreBench(rig, settings).run(integrity);
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
        putRecords(results, pipelineBench);
        putAnalysisCost(results, analysisCost);
        putReplay(results, replay);
        putRestore(results, restore);
        putCommon(results, integrity, date);
        sections.add(summary(ratio, pipelineRate, baselineRate, producer, latency, jmh, replay, analysisCost, integrity));
        sections.add(producer);
        sections.add(baseline);
        sections.addAll(pipeline);
        sections.add(analysisCost);
        sections.add(scaleOut);
        sections.add(memory);
        sections.add(replay);
        sections.add(restore);
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

    /**
     * Some sections only ({@code --sections}): their figures go to {@code latest-<sections>.json} and their own block
     * of the report, so the full run's {@code latest.json} and generated block stay as they were.
     */
    private Outcome runSome() throws Exception {
        long started = System.nanoTime();
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        Integrity integrity = new Integrity();
        List<Section> sections = new ArrayList<>();
        Map<String, Object> results = new LinkedHashMap<>();
        if (settings.runs(BenchSection.JMH)) {
            progress.accept("JMH: tagger and dedup (1 fork)...");
            sections.addAll(new JmhBench(settings).run());
        }
        boolean needsCorpus = settings.runs(BenchSection.PRODUCER) || settings.runs(BenchSection.BASELINE)
                || settings.runs(BenchSection.PIPELINE) || settings.runs(BenchSection.ANALYSIS_COST)
                || settings.runs(BenchSection.SCALE_OUT);
        boolean needsRig = needsCorpus || settings.runs(BenchSection.MEMORY) || settings.runs(BenchSection.REPLAY)
                || settings.runs(BenchSection.RESTORE);
        if (needsRig) {
            int latencyCapacity = latencyCapacity();
            ArticleCorpus corpus = needsCorpus ? corpus(latencyCapacity) : null;
            Files.createDirectories(settings.workDir());
            Path temp = Files.createTempDirectory(settings.workDir(), "run-");
            try (BenchRig rig = BenchRig.start(temp).withAppSettings(settings.appSettings())) {
                progress.accept("embedded stack up: " + rig.bootstrapServers());
                if (settings.runs(BenchSection.PRODUCER)) {
                    progress.accept("producer alone...");
                    Section producer = new ProducerBench(rig, corpus, settings).run(integrity);
                    results.put("producer_articles_per_s", round(mean(producer, "articles_per_s")));
                    sections.add(producer);
                }
                Spread baselineRate = null;
                if (settings.runs(BenchSection.BASELINE)) {
                    progress.accept("baseline pass-through...");
                    BaselineBench baselineBench = new BaselineBench(rig, corpus, settings);
                    sections.add(baselineBench.run(integrity));
                    baselineRate = baselineBench.rate();
                    results.put("baseline_articles_per_s", round(baselineRate.mean()));
                }
                Spread pipelineRate = null;
                if (settings.runs(BenchSection.PIPELINE)) {
                    progress.accept("full pipeline: throughput and latency...");
                    PipelineBench pipelineBench = new PipelineBench(rig, corpus, settings, latencyCapacity);
                    List<Section> pipeline = pipelineBench.run(integrity);
                    sections.addAll(pipeline);
                    pipelineRate = pipelineBench.rate();
                    results.put("pipeline_articles_per_s", round(pipelineRate.mean()));
                    results.put("latency_ms", pipelineBench.mentionLatencySummary(pipeline.get(1)));
                    putRecords(results, pipelineBench);
                    if (baselineRate != null) {
                        results.put("ratio_to_baseline", round(pipelineRate.mean() / baselineRate.mean()));
                    }
                }
                if (settings.runs(BenchSection.ANALYSIS_COST)) {
                    progress.accept("what analysis costs: the pipeline with analysis on and off, paired...");
                    Section analysisCost = new AnalysisCostBench(rig, corpus, settings).run(integrity);
                    putAnalysisCost(results, analysisCost);
                    sections.add(analysisCost);
                }
                if (settings.runs(BenchSection.SCALE_OUT)) {
                    progress.accept("scale-out: 1 vs 2 instances on 6 partitions...");
                    sections.add(new ScaleOutBench(rig, corpus, settings).run(integrity));
                }
                if (settings.runs(BenchSection.MEMORY)) {
                    progress.accept("memory and state...");
                    sections.add(new MemoryBench(rig, settings).run(integrity));
                }
                if (settings.runs(BenchSection.REPLAY)) {
                    progress.accept("replay of " + settings.replayArticles() + " articles over " + settings.replayDays() + " days...");
                    Section replay = new ReplayBench(rig, settings).run(integrity, pipelineRate);
                    putReplay(results, replay);
                    sections.add(replay);
                }
                if (settings.runs(BenchSection.RESTORE)) {
                    progress.accept("restore after kill -9 with " + settings.restoreArticles() + " articles...");
                    Section restore = new RestoreBench(rig, settings).run(integrity);
                    putRestore(results, restore);
                    sections.add(restore);
                }
            } finally {
                deleteQuietly(temp);
            }
        }
        putCommon(results, integrity, date);
        for (Section s : sections) {
            if (!s.json().isEmpty()) {
                results.put(s.key(), s.json());
            }
        }
        results.put("duration_s", Math.round((System.nanoTime() - started) / 1e9));
        String names = String.join("-", settings.sections().stream().map(BenchSection::cliName).toList());
        ReportWriter writer = new ReportWriter();
        Path json = settings.outDir().resolve("latest-" + names + ".json");
        writer.writeJson(json, results);
        String intro = "Generated " + date.format(DateTimeFormatter.ISO_LOCAL_DATE) + " " + date.format(DateTimeFormatter.ofPattern("HH:mm"))
                + " UTC by `newspulse bench" + (settings.quick() ? " --quick" : "") + " --sections "
                + String.join(",", settings.sections().stream().map(BenchSection::cliName).toList())
                + (settings.articles() != BenchSettings.defaultArticles(settings.quick()) ? " --articles " + settings.articles() : "")
                + (settings.repetitions() != 3 ? " --repetitions " + settings.repetitions() : "")
                + (settings.runs(BenchSection.REPLAY) ? " --replay-articles " + settings.replayArticles()
                        + (settings.replayDays() != 730 ? " --replay-days " + settings.replayDays() : "") : "")
                + (settings.runs(BenchSection.RESTORE) ? " --restore-articles " + settings.restoreArticles()
                        + (settings.restoreDays() != 7 ? " --restore-days " + settings.restoreDays() : "") : "") + "` in "
                + Math.round((System.nanoTime() - started) / 1e9) + " s on " + machineLine() + "; raw figures in `" + json + "`. "
                + integrityLine(integrity) + "\n";
        writer.writeMarkdownBlock(settings.docs(), names, "Sections "
                + String.join(" ", settings.sections().stream().map(BenchSection::cliName).toList()) + " (run on their own)", intro, sections);
        return new Outcome(results, json, settings.docs(), integrity.problems());
    }

    private int latencyCapacity() {
        return settings.quick() ? 4_000 : 40_000;
    }

    private ArticleCorpus corpus(int latencyCapacity) {
        // the pipeline uses the first articles plus the latency slice; scale-out one fresh batch per repetition
        int corpusSize = Math.max(settings.articles() + latencyCapacity, settings.articles() * settings.repetitions());
        progress.accept("generating " + corpusSize + " articles...");
        return ArticleCorpus.generate(settings.seed(), corpusSize, Duration.ofMillis(10));
    }

    /** The spec's top-level records per article (interfaces.md, "Benchmark output"). */
    private static void putRecords(Map<String, Object> results, PipelineBench pipelineBench) {
        results.put("records_written_per_article", round(pipelineBench.recordsWrittenPerArticle().mean()));
        results.put("records_read_per_article", round(pipelineBench.recordsReadPerArticle().mean()));
    }

    /** The issue-17 figures: the throughput (wall and CPU-bound) the analysis costs, in %. */
    private static void putAnalysisCost(Map<String, Object> results, Section analysisCost) {
        results.put("analysis_throughput_loss_pct", mean(analysisCost, "throughput_loss_pct"));
        results.put("analysis_cpu_bound_throughput_loss_pct", mean(analysisCost, "cpu_bound_throughput_loss_drained_pct"));
        results.put("analysis_share_of_process_cpu_pct", analysisCost.json().get("analysis_share_of_process_cpu_pct"));
    }

    private static void putReplay(Map<String, Object> results, Section replay) {
        results.put("replay_articles_per_s", replay.json().get("articles_per_s"));
        results.put("replay_ratio_to_live", replay.json().get("ratio_to_live"));
    }

    private static void putRestore(Map<String, Object> results, Section restore) {
        results.put("restore_after_kill_s", restore.json().get("restart_caught_up_s"));
    }

    private void putCommon(Map<String, Object> results, Integrity integrity, ZonedDateTime date) {
        results.put("lost", integrity.lost());
        results.put("duplicated", integrity.duplicated());
        results.put("dead_letters", integrity.deadLetters());
        results.put("problems", integrity.problems());
        results.put("generated_at", date.toString());
        results.put("mode", settings.quick() ? "quick" : "full");
        results.put("machine", MachineInfo.describe());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("sections", settings.sections().stream().map(BenchSection::cliName).toList());
        config.put("articles_per_repetition", settings.articles());
        config.put("repetitions", settings.repetitions());
        config.put("seed", settings.seed());
        config.put("memory_checkpoints", settings.memoryCheckpoints());
        config.put("replay_articles", settings.replayArticles());
        results.put("settings", config);
    }

    private static String machineLine() {
        Map<String, Object> m = MachineInfo.describe();
        return m.get("cores") + " cores, " + m.get("ram_gb") + " GB RAM, JDK " + m.get("jdk") + ", `" + m.get("jvm_args") + "`";
    }

    private static String integrityLine(Integrity integrity) {
        return integrity.clean() ? "Lost / duplicated / dead letters: 0 / 0 / 0."
                : "PROBLEMS: " + String.join("; ", integrity.problems()) + ".";
    }

    private String intro(ZonedDateTime date, double seconds) {
        Map<String, Object> m = MachineInfo.describe();
        return "Generated " + date.format(DateTimeFormatter.ISO_LOCAL_DATE) + " " + date.format(DateTimeFormatter.ofPattern("HH:mm"))
                + " UTC by `newspulse bench" + (settings.quick() ? " --quick" : "")
                + (settings.memoryArticles() > 0 ? " --memory-articles " + settings.memoryArticles() : "")
                + " --replay-articles " + settings.replayArticles() + (settings.replayDays() != 730 ? " --replay-days " + settings.replayDays() : "")
                + " --restore-articles " + settings.restoreArticles()
                + "` in " + Math.round(seconds) + " s; "
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
                            Section replay, Section analysisCost, Integrity integrity) {
        Tables t = new Tables("figure", "measured", "target", "met");
        t.row("pipeline ÷ baseline articles/s", String.format(Locale.ROOT, "%.2f (%s ÷ %s)", ratio, Tables.n(pipeline.mean()),
                Tables.n(baseline.mean())), "≥ 0.7", ratio >= 0.7 ? "✅" : "❌");
        double mentionP99 = latencyMean(latency, "mention");
        double signalP99 = latencyMean(latency, "signal");
        t.row("p99 publish → mention", Tables.n(mentionP99) + " ms", "≤ 250 ms", mentionP99 <= 250 ? "✅" : "❌");
        t.row("p99 publish → signal update", Tables.n(signalP99) + " ms", "≤ 1,000 ms", signalP99 <= 1000 ? "✅" : "❌");
        double prod = mean(producer, "articles_per_s");
        t.row("producer alone", Tables.n(prod) + " articles/s", "≥ 30,000", prod >= 30_000 ? "✅" : "❌");
        double wallLoss = mean(analysisCost, "throughput_loss_pct");
        double cpuLoss = mean(analysisCost, "cpu_bound_throughput_loss_drained_pct");
        t.row("pipeline throughput lost to sentiment and events, paired runs: process CPU per article (wall articles/s)",
                String.format(Locale.ROOT, "%.1f %% (%.1f %%)", cpuLoss, wallLoss), "≤ 15 %", cpuLoss <= 15 ? "✅" : "❌");
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
        double replayRatio = ((Number) replay.json().get("ratio_to_live")).doubleValue();
        t.row("replay of " + Tables.n(((Number) replay.json().get("articles")).doubleValue()) + " articles over 2 years ÷ live pipeline",
                String.format(Locale.ROOT, "%.2f (%s ÷ %s)", replayRatio, Tables.n(((Number) replay.json().get("articles_per_s")).doubleValue()),
                        Tables.n(pipeline.mean())), "≥ 1", replayRatio >= 1 ? "✅" : "❌");
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
