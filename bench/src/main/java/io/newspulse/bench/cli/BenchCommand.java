package io.newspulse.bench.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import io.newspulse.bench.BenchRunner;
import io.newspulse.bench.harness.BenchSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import io.newspulse.cli.BenchOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code newspulse bench}: the end-to-end benchmark on an embedded stack (see {@link BenchRunner}); writes
 * {@code latest.json} and the Markdown report, prints the headline figures, exits 1 when a record was lost or
 * duplicated. It runs from its own jar ({@code bench/target/newspulse-bench.jar}), which the {@code newspulse}
 * command starts in a child JVM, so the shipped application carries neither JMH nor the harness.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks newspulse on an embedded stack: producer alone, exactly-once pass-through baseline, full pipeline",
            "throughput and latency, what the sentiment and event analysis costs it, scale-out, memory and state, JMH tagger and dedup. Writes <out-dir>/latest.json and the",
            "report (--docs). Exits 1 when the pipeline lost or duplicated a record."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchOptions options;

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
        String problem = options.problem();
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        }
        int n = options.articles == null ? BenchSettings.defaultArticles(options.quick) : options.articles;
        BenchSettings settings = new BenchSettings(options.quick, n, options.repetitions, options.outDir, options.docs,
                options.seed, options.memoryArticles == null ? 0 : options.memoryArticles, options.workDir,
                options.sections == null ? null : java.util.EnumSet.copyOf(options.sections),
                options.replayArticles == null ? 0 : options.replayArticles,
                options.replayDays == null ? 0 : options.replayDays,
                options.replayPartitions == null ? 0 : options.replayPartitions,
                options.restoreArticles == null ? 0 : options.restoreArticles,
                options.restoreDays == null ? 0 : options.restoreDays, options.appSettings);
        BenchRunner.Outcome outcome = new BenchRunner(settings, line -> System.err.println("newspulse bench: " + line)).run();
        Map<String, Object> r = outcome.results();
        for (String key : java.util.List.of("ratio_to_baseline", "pipeline_articles_per_s", "baseline_articles_per_s",
                "producer_articles_per_s", "records_written_per_article", "records_read_per_article", "replay_articles_per_s",
                "replay_ratio_to_live", "restore_after_kill_s", "analysis_throughput_loss_pct",
                "analysis_cpu_bound_throughput_loss_pct")) {
            if (r.containsKey(key)) {
                System.out.println(String.format(java.util.Locale.ROOT, "%-25s%s", key, r.get(key)));
            }
        }
        if (r.containsKey("latency_ms")) {
            System.out.println("latency_ms (to mention)  " + r.get("latency_ms"));
        }
        System.out.println("lost / duplicated        " + r.get("lost") + " / " + r.get("duplicated"));
        System.out.println("wrote " + outcome.json() + " and " + outcome.docs());
        if (!outcome.clean()) {
            throw new IllegalStateException("the pipeline lost or duplicated records: " + String.join("; ", outcome.problems()));
        }
        return 0;
    }
}
