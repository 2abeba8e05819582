package io.newspulse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.history.ArchiveSlice;
import io.newspulse.history.Backfill;
import io.newspulse.history.BackfillRun;
import io.newspulse.history.ReplaySummary;
import io.newspulse.history.TimeArg;
import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.producer.source.FeedSource;
import io.newspulse.producer.source.JsonLinesSource;
import io.newspulse.producer.source.TextDirectorySource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newspulse replay}: an archive into point-in-time signals on its own backfill topics (docs/history.md). */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays an archive (--jsonl, --dir, --feed) in publication-time order through",
            "the same topology, as its own application (newspulse-backfill-NAME) on its own",
            "topics (backfill.NAME.*), so it never disturbs the live pipeline. Windows close",
            "by event time; the archive's last windows are closed at the end. Resumable: after",
            "Ctrl-C or a crash, run the same command again (nothing is counted twice). Exits",
            "when the signals are complete, with a summary. Read them with",
            "'newspulse export --backfill NAME'. See docs/history.md."})
public final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Backfill name: topics backfill.NAME.*, application id newspulse-backfill-NAME.")
    String name;

    @Option(names = "--dir", paramLabel = "DIR", description = "Directory of *.txt articles. Repeatable.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE", description = "JSON Lines articles with published_at. Repeatable.")
    List<String> jsonl = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "FILE", description = "RSS/Atom feed file, URL or directory of feed files (read whole: no 'seen' set). Repeatable.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME", description = "Only articles published at or after TIME (2005-01-01, ISO-8601 or epoch ms).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only articles published before TIME.")
    String to;

    @Option(names = "--partitions", paramLabel = "N", description = {"Partitions of the backfill's topics but its articles topic (one):",
        "its signals tasks in parallel. Default: topic.partitions of the deployment (3). Only when the topics are created."})
    Integer partitions;

    @Override
    public Integer call() throws Exception {
        if (dirs.isEmpty() && jsonl.isEmpty() && feeds.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one of --dir, --jsonl, --feed");
        }
        Backfill backfill;
        Instant fromTime;
        Instant toTime;
        try {
            backfill = new Backfill(name);
            fromTime = from == null ? null : TimeArg.parse(from);
            toTime = to == null ? null : TimeArg.parse(to);
            if (partitions != null && partitions < 1) {
                throw new IllegalArgumentException("--partitions must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--dir: no such directory: " + dir);
            }
        }
        connection.require(CommonConfig.BOOTSTRAP_SERVERS, "--bootstrap");
        connection.require(CommonConfig.SCHEMA_REGISTRY_URL, "--registry");
        Map<String, Object> props = connection.merged();
        NewsProducerConfig producerConfig = new NewsProducerConfig(props);
        List<ArticleSource> sources = new ArrayList<>();
        dirs.forEach(d -> sources.add(new TextDirectorySource(d, producerConfig.maxArticleBytes())));
        jsonl.forEach(f -> sources.add(JsonLinesSource.of(f, producerConfig.maxArticleBytes())));
        feeds.forEach(f -> sources.add(new FeedSource(f, null, null)));

        var err = spec.commandLine().getErr();
        Shutdown shutdown = Shutdown.onSignal();
        try {
            ArchiveSlice slice = ArchiveSlice.load(sources, fromTime, toTime, Clock.systemUTC());
            err.println("newspulse replay: " + slice.describe() + "; publishing to " + backfill.prefix() + "*");
            err.flush();
            BackfillRun run = new BackfillRun(props, backfill, System.console() != null);
            if (partitions != null) {
                run.withPartitions(partitions);
            }
            ReplaySummary summary = run.run(slice, shutdown::requested);
            err.println("newspulse replay: " + summary.describe());
            if (summary.complete()) {
                err.println("newspulse replay: export with './newspulse export --backfill " + backfill.name() + " --window 1d --format csv --out signals.csv'");
            }
            err.flush();
            return summary.complete() ? 0 : 1;
        } finally {
            shutdown.done();
        }
    }
}
