package io.newspulse.bench.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newspulse.bench.BenchRunner;
import io.newspulse.bench.harness.BenchSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newspulse bench}: the end-to-end benchmark on an embedded stack (see {@link BenchRunner}); writes
 * {@code latest.json} and the Markdown report, prints the headline figures, exits 1 when a record was lost or
 * duplicated. It runs from its own jar ({@code bench/target/newspulse-bench.jar}), which the {@code newspulse}
 * command starts in a child JVM, so the shipped application carries neither JMH nor the harness.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks newspulse on an embedded stack: producer alone, exactly-once pass-through baseline, full pipeline",
            "throughput and latency, scale-out, memory and state, JMH tagger and dedup. Writes <out-dir>/latest.json and the",
            "report (--docs). Exits 1 when the pipeline lost or duplicated a record."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "A short run (about 3 minutes on 2 idle cores): fewer articles, short JMH iterations, memory up to 4k articles. Without it, about 65 minutes.")
    boolean quick;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "bench/results", description = "Where latest.json and jmh.log go (default ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/benchmarks.md", description = "Markdown report to write (default ${DEFAULT-VALUE}); text outside its generated block is kept.")
    Path docs;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "3", description = "Repetitions of every measured section (default ${DEFAULT-VALUE}, at least 3).")
    int repetitions;

    @Option(names = "--articles", paramLabel = "N", description = "Articles per throughput repetition (default 500 with --quick, else 20,000).")
    Integer articles;

    @Option(names = "--memory-articles", paramLabel = "N", description = "Articles of the memory-and-state run, sampled at N/4, N/2 and N (default 4,000 with --quick, else samples at 100k, 250k, 500k and 1M). On 2 idle cores, 100,000 take about 5 minutes, 1,000,000 about 52.")
    Integer memoryArticles;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = ".newspulse/bench",
            description = "Scratch space for the embedded broker's logs and the apps' state (default ${DEFAULT-VALUE}); each run uses a new subdirectory and deletes it at the end. The 1M-article memory run needs several GB.")
    Path workDir;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the synthetic articles (default ${DEFAULT-VALUE}).")
    long seed;

    /** Entry point of the bench jar: exit 0, 1 on lost or duplicated records or another failure, 2 on bad usage. */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new BenchCommand()).setCommandName("newspulse bench");
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("newspulse bench: " + e.getMessage());
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (repetitions < 3) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repetitions must be at least 3 (every figure is reported with its spread)");
        }
        if (articles != null && articles < 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 100");
        }
        if (memoryArticles != null && memoryArticles < 400) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--memory-articles must be at least 400");
        }
        int n = articles == null ? BenchSettings.defaultArticles(quick) : articles;
        BenchSettings settings = new BenchSettings(quick, n, repetitions, outDir, docs, seed, memoryArticles == null ? 0 : memoryArticles,
                workDir);
        BenchRunner.Outcome outcome = new BenchRunner(settings, line -> System.err.println("newspulse bench: " + line)).run();
        Map<String, Object> r = outcome.results();
        System.out.println("ratio_to_baseline        " + r.get("ratio_to_baseline"));
        System.out.println("pipeline_articles_per_s  " + r.get("pipeline_articles_per_s"));
        System.out.println("baseline_articles_per_s  " + r.get("baseline_articles_per_s"));
        System.out.println("producer_articles_per_s  " + r.get("producer_articles_per_s"));
        System.out.println("latency_ms (to mention)  " + r.get("latency_ms"));
        System.out.println("lost / duplicated        " + r.get("lost") + " / " + r.get("duplicated"));
        System.out.println("wrote " + outcome.json() + " and " + outcome.docs());
        if (!outcome.clean()) {
            throw new IllegalStateException("the pipeline lost or duplicated records: " + String.join("; ", outcome.problems()));
        }
        return 0;
    }
}
