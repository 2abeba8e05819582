package io.newspulse.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.bench.jmh.DedupBenchmark;
import io.newspulse.bench.jmh.SentimentBenchmark;
import io.newspulse.bench.jmh.TaggerBenchmark;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link TaggerBenchmark#tagArticle}, {@link SentimentBenchmark#tagAndAnalyze} and
 * {@link DedupBenchmark#fingerprintAndOffer} through the JMH runner
 * (one fork, single thread, so the figures are per core); every measurement iteration is one repetition.
 * JMH's own output goes to {@code jmh.log} in the output dir.
 */
public final class JmhBench {
    private final BenchSettings settings;

    public JmhBench(BenchSettings settings) {
        this.settings = settings;
    }

    public List<Section> run() throws Exception {
        Files.createDirectories(settings.outDir());
        Path log = settings.outDir().resolve("jmh.log");
        Options options = new OptionsBuilder()
                .include(TaggerBenchmark.class.getName() + ".tagArticle$")
                .include(SentimentBenchmark.class.getName() + ".tagAndAnalyze$")
                .include(DedupBenchmark.class.getName() + ".fingerprintAndOffer$")
                .forks(1)
                // a fixed heap: grown from the parent's -Xms256m, the dedup index's GCs and resizes spread iterations by ±20 %
                .jvmArgsAppend("-Xms2g", "-Xmx2g")
                .threads(1)
                .warmupIterations(settings.jmhWarmups())
                .warmupTime(TimeValue.seconds(settings.jmhSeconds()))
                .measurementIterations(settings.jmhIterations())
                .measurementTime(TimeValue.seconds(settings.jmhSeconds()))
                .shouldFailOnError(true)
                .output(log.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<Section> sections = new ArrayList<>();
        for (RunResult rr : results) {
            String name = rr.getParams().getBenchmark();
            if (name.endsWith("tagAndAnalyze")) {
                Spread bytes = Spread.of(perIteration(rr, "bytes", 1e-6));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("mb_per_s_per_core", bytes.toMap());
                json.put("target_mb_per_s_per_core", 40);
                String md = new Tables("figure", "mean ± stdev (min–max)", "target")
                        .row("MB/s per core", bytes.format(1), "≥ 40 " + (bytes.mean() >= 40 ? "✅" : "❌ missed"))
                        + "\n`SentimentBenchmark.tagAndAnalyze`: tagging plus targeted sentiment, tone and events (what the "
                        + "stream does per article) over the same kind of articles; " + iterations() + ".\n";
                sections.add(new Section("jmh_tag_and_analyze", "Tag + sentiment and events (JMH)", json, md));
            } else if (name.endsWith("tagArticle")) {
                Spread bytes = Spread.of(perIteration(rr, "bytes", 1e-6));
                Spread ops = Spread.of(perIteration(rr, null, 1));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("mb_per_s_per_core", bytes.toMap());
                json.put("articles_per_s_per_core", ops.toMap());
                json.put("target_mb_per_s_per_core", 50);
                String md = new Tables("figure", "mean ± stdev (min–max)", "target")
                        .row("MB/s per core", bytes.format(1), "≥ 50 " + (bytes.mean() >= 50 ? "✅" : "❌ missed"))
                        .row("articles/s per core (~2 KB, en/ja)", ops.format(0), "")
                        + "\n`TaggerBenchmark.tagArticle`: tagging ~2 KB English and Japanese articles against the built-in "
                        + "knowledge base; " + iterations() + ".\n";
                sections.add(new Section("jmh_tagger", "Tagger (JMH)", json, md));
            } else {
                Spread ops = Spread.of(perIteration(rr, null, 1));
                Spread bytes = Spread.of(perIteration(rr, "bytes", 1e-6));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("articles_per_s_per_core", ops.toMap());
                json.put("mb_per_s_per_core", bytes.toMap());
                json.put("target_articles_per_s_per_core", 20_000);
                String md = new Tables("figure", "mean ± stdev (min–max)", "target")
                        .row("articles/s per core", ops.format(0), "≥ 20,000 " + (ops.mean() >= 20_000 ? "✅" : "❌ missed"))
                        .row("MB/s per core", bytes.format(1), "")
                        + "\n`DedupBenchmark.fingerprintAndOffer`: fingerprint plus index lookup and insert, the whole "
                        + "per-article dedup work; " + iterations() + ".\n";
                sections.add(new Section("jmh_dedup", "Dedup (JMH)", json, md));
            }
        }
        return sections;
    }

    private String iterations() {
        return "1 fork (fixed 2 GB heap), 1 thread, " + settings.jmhWarmups() + " warm-up + " + settings.jmhIterations() + " measured iterations of "
                + settings.jmhSeconds() + " s (spread over the measured iterations)";
    }

    /** Per-iteration scores of the primary result ({@code secondary == null}) or of a secondary result. */
    private static List<Double> perIteration(RunResult rr, String secondary, double scale) {
        List<Double> values = new ArrayList<>();
        for (BenchmarkResult br : rr.getBenchmarkResults()) {
            for (IterationResult ir : br.getIterationResults()) {
                Result<?> r = secondary == null ? ir.getPrimaryResult() : ir.getSecondaryResults().get(secondary);
                if (r != null) {
                    values.add(r.getScore() * scale);
                }
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("JMH gave no " + (secondary == null ? "primary" : secondary) + " result for "
                    + rr.getParams().getBenchmark());
        }
        return values;
    }
}
