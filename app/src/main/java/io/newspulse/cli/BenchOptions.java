package io.newspulse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The options of {@code newspulse bench}, in one place for the launcher in the application ({@link BenchLauncher},
 * which shows them in {@code --help} and passes them on) and the harness in its own jar (which runs them).
 */
public final class BenchOptions {
    @Option(names = "--quick", description = "A short run (about 3 minutes on 2 idle cores): fewer articles, short JMH iterations, memory up to 4k articles. Without it, about 65 minutes.")
    public boolean quick;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "bench/results", description = "Where latest.json and jmh.log go (default ${DEFAULT-VALUE}).")
    public Path outDir;

    @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/benchmarks.md", description = "Markdown report to write (default ${DEFAULT-VALUE}); text outside its generated block is kept.")
    public Path docs;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "3", description = "Repetitions of every measured section (default ${DEFAULT-VALUE}, at least 3).")
    public int repetitions;

    @Option(names = "--articles", paramLabel = "N", description = "Articles per throughput repetition (default 500 with --quick, else 20,000).")
    public Integer articles;

    @Option(names = "--memory-articles", paramLabel = "N", description = "Articles of the memory-and-state run, sampled at N/4, N/2 and N (default 4,000 with --quick, else samples at 100k, 250k, 500k and 1M). On 2 idle cores, 100,000 take about 5 minutes, 1,000,000 about 52.")
    public Integer memoryArticles;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = ".newspulse/bench",
            description = "Scratch space for the embedded broker's logs and the apps' state (default ${DEFAULT-VALUE}); each run uses a new subdirectory and deletes it at the end. The 1M-article memory run needs several GB.")
    public Path workDir;

    @Option(names = "--sections", paramLabel = "LIST", split = ",", converter = SectionConverter.class,
            description = "Only these sections, comma-separated: jmh, producer, baseline, pipeline, analysis-cost, scale-out, memory, replay, restore (default: all). "
                    + "analysis-cost runs the pipeline's throughput run with analysis.enabled true and false, paired (A-B-B-A) per repetition: "
                    + "the articles/s and process CPU per article the analysis costs. "
                    + "replay brings pipeline along (it reports the live throughput of the same run next to its own). A run of some sections "
                    + "writes <out-dir>/latest-<sections>.json and its own block of the report, leaving the full run's alone.")
    public List<BenchSection> sections;

    @Option(names = "--replay-articles", paramLabel = "N", description = "Articles of the replay section, spread evenly over two years of event time "
            + "(default 2,000 with --quick, else 100,000). 1,000,000 is the issue-18 figure.")
    public Integer replayArticles;

    @Option(names = "--replay-days", paramLabel = "DAYS",
            description = "Days of event time the replay's articles are spread over (default 730, two years; 2 with --quick, the density of 1M articles over two years).")
    public Integer replayDays;

    @Option(names = "--replay-partitions", paramLabel = "N",
            description = "Partitions of the replay's topics but its articles topic (one): its signals tasks in parallel (default: the topic.partitions of the run, 3).")
    public Integer replayPartitions;

    @Option(names = "--restore-articles", paramLabel = "N", description = "Articles processed before the stream app (in a JVM of its own) is killed with "
            + "SIGKILL and restarted on the same state, in the restore section (default 5,000 with --quick, else 1,000,000, the issue-19 figure; "
            + "on 2 idle cores about 30 minutes per million).")
    public Integer restoreArticles;

    @Option(names = "--restore-days", paramLabel = "DAYS",
            description = "Days of event time the restore section's articles are spread over (default 7: all of them inside the dedup horizon).")
    public Integer restoreDays;

    @Option(names = "--app-setting", paramLabel = "KEY=VALUE",
            description = "A setting of the stream app (a key of 'stream', or any Kafka Streams key) for the apps under test, "
                    + "given again for each key, e.g. --app-setting commit.interval.ms=100: for comparing settings in one build. "
                    + "The baseline pass-through takes it too (it runs with the app's Kafka Streams settings).")
    public java.util.Map<String, String> appSettings = new java.util.LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the synthetic articles (default ${DEFAULT-VALUE}).")
    public long seed;

    /** Null when the options can run together, else why not (a usage error). */
    public String problem() {
        if (repetitions < 3) {
            return "--repetitions must be at least 3 (every figure is reported with its spread)";
        }
        if (articles != null && articles < 100) {
            return "--articles must be at least 100";
        }
        if (memoryArticles != null && memoryArticles < 400) {
            return "--memory-articles must be at least 400";
        }
        if (replayDays != null && replayDays < 1) {
            return "--replay-days must be at least 1";
        }
        if (replayPartitions != null && replayPartitions < 1) {
            return "--replay-partitions must be at least 1";
        }
        if (replayArticles != null && replayArticles < 100) {
            return "--replay-articles must be at least 100";
        }
        if (restoreArticles != null && restoreArticles < 1_000) {
            return "--restore-articles must be at least 1000";
        }
        if (restoreDays != null && restoreDays < 1) {
            return "--restore-days must be at least 1";
        }
        return null;
    }

    /** The options as command-line arguments, for the harness's JVM. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        if (quick) {
            args.add("--quick");
        }
        args.add("--out-dir=" + outDir);
        args.add("--docs=" + docs);
        args.add("--repetitions=" + repetitions);
        if (articles != null) {
            args.add("--articles=" + articles);
        }
        if (memoryArticles != null) {
            args.add("--memory-articles=" + memoryArticles);
        }
        if (sections != null && !sections.isEmpty()) {
            args.add("--sections=" + String.join(",", sections.stream().map(BenchSection::cliName).toList()));
        }
        if (replayArticles != null) {
            args.add("--replay-articles=" + replayArticles);
        }
        if (replayDays != null) {
            args.add("--replay-days=" + replayDays);
        }
        if (replayPartitions != null) {
            args.add("--replay-partitions=" + replayPartitions);
        }
        if (restoreArticles != null) {
            args.add("--restore-articles=" + restoreArticles);
        }
        if (restoreDays != null) {
            args.add("--restore-days=" + restoreDays);
        }
        appSettings.forEach((k, v) -> args.add("--app-setting=" + k + "=" + v));
        args.add("--work-dir=" + workDir);
        args.add("--seed=" + seed);
        return args;
    }

    /** {@code --sections} names to {@link BenchSection}s. */
    public static final class SectionConverter implements picocli.CommandLine.ITypeConverter<BenchSection> {
        @Override
        public BenchSection convert(String value) {
            try {
                return BenchSection.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage()
                        + " (one of jmh, producer, baseline, pipeline, scale-out, memory, replay, restore)");
            }
        }
    }
}
