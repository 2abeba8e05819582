package io.newspulse.cli;

import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.ProducerRun;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.producer.publish.ProgressReporter;
import io.newspulse.producer.publish.RunSummary;
import io.newspulse.producer.source.FeedSource;
import io.newspulse.producer.source.JsonLinesSource;
import io.newspulse.producer.source.TextDirectorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newspulse produce}: publishes articles from text directories, JSON Lines and RSS/Atom feeds to
 * {@code news.articles} (rejects to {@code news.articles.rejected}) and prints a run summary on stderr.
 * Exit 0 on success, 1 on a publishing failure (or any reject with {@code --strict}), 2 on bad usage.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Publishes articles from --dir (text files), --jsonl (JSON Lines, '-' = stdin) and --feed (RSS/Atom URL, file or directory).")
public final class ProduceCommand implements Callable<Integer> {
    /** Values of --compression (Kafka compression.type). */
    static final List<String> COMPRESSION_TYPES = List.of("none", "gzip", "snappy", "lz4", "zstd");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--dir", paramLabel = "DIR", description = "Directory of *.txt articles (like samples/seeds). Repeatable.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE|-", description = "JSON Lines articles {\"id\",\"title\",\"body\",...}; '-' reads stdin. Repeatable.")
    List<String> jsonl = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL_OR_FILE", description = "RSS/Atom feed URL, file, or directory of feed files. Repeatable.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--poll-interval", paramLabel = "DURATION",
            description = "Re-poll feeds this often (e.g. 60s, 5m, PT1M); already published items are skipped. Default: read once.")
    String pollInterval;

    @Option(names = "--strict", description = "Exit with status 1 if any input was rejected.")
    boolean strict;

    @Option(names = "--max-article-bytes", paramLabel = "N", description = "Reject inputs larger than this (default 1048576).")
    Long maxArticleBytes;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Read every --dir file and --jsonl input in this charset (e.g. Shift_JIS, EUC-JP, windows-1252, UTF-16). "
                    + "Default: a byte-order mark decides, else --dir files are detected (UTF-8, else ICU's charset detector; "
                    + "binary files are rejected) and --jsonl is UTF-8. The summary lists the charsets read.")
    String encoding;

    @Option(names = "--compression", paramLabel = "TYPE",
            description = "Compression of the published records: none, gzip, snappy, lz4 or zstd (config compression.type; default lz4). "
                    + "kafkajs consumers need a codec plugin for anything but gzip.")
    String compression;

    @Override
    public Integer call() {
        if (dirs.isEmpty() && jsonl.isEmpty() && feeds.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one of --dir, --jsonl, --feed");
        }
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--dir: no such directory: " + dir);
            }
        }
        Duration poll = pollInterval == null ? null : parseDuration(pollInterval);
        java.nio.charset.Charset charset = encoding == null ? null : charset(encoding);
        if (compression != null && !COMPRESSION_TYPES.contains(compression)) {
            throw new UsageException("--compression must be one of " + String.join(", ", COMPRESSION_TYPES));
        }
        var err = spec.commandLine().getErr();
        try {
            Map<String, Object> props = new HashMap<>(connection.merged());
            connection.require("bootstrap.servers", "--bootstrap");
            connection.require("schema.registry.url", "--registry");
            if (maxArticleBytes != null) {
                props.put(NewsProducerConfig.MAX_ARTICLE_BYTES, maxArticleBytes);
            }
            if (strict) {
                props.put(NewsProducerConfig.STRICT, true);
            }
            if (poll != null) {
                props.put(NewsProducerConfig.FEED_POLL_INTERVAL_MS, poll.toMillis());
            }
            if (compression != null) {
                props.put(NewsProducerConfig.COMPRESSION_TYPE, compression);
            }
            NewsProducerConfig config = new NewsProducerConfig(props);
            List<ArticleSource> sources = new ArrayList<>();
            dirs.forEach(d -> sources.add(new TextDirectorySource(d, config.maxArticleBytes(), "*.txt", charset)));
            jsonl.forEach(f -> sources.add(JsonLinesSource.of(f, config.maxArticleBytes(), charset)));
            Duration feedPoll = config.feedPollIntervalMs() > 0 ? Duration.ofMillis(config.feedPollIntervalMs()) : null;
            List<FeedSource> feedSources = new ArrayList<>();
            feeds.forEach(f -> feedSources.add(new FeedSource(f, Path.of(config.dataDir()), feedPoll)));
            sources.addAll(feedSources);
            RunSummary summary;
            try (ArticlePublisher publisher = new ArticlePublisher(config)) {
                ProgressReporter progress = ProgressReporter.create(-1, Duration.ofMillis(config.progressIntervalMs()));
                ProducerRun run = new ProducerRun(publisher, Clock.systemUTC(), progress, config.stopTimeout());
                Shutdown shutdown = Shutdown.onSignal(() -> {
                    run.requestStop();
                    feedSources.forEach(FeedSource::stop);
                });
                try {
                    summary = run.run(sources);
                    err.println("newspulse produce: " + summary.describe());
                    err.flush();
                } finally {
                    shutdown.done();
                }
            }
            return config.strict() && summary.rejected() > 0 ? 1 : 0;
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            err.println("newspulse produce: " + Errors.oneSentence(e));
            err.flush();
            return 1;
        }
    }

    private static java.nio.charset.Charset charset(String name) {
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--encoding: unknown charset '" + name + "'");
        }
    }

    /** {@code 30s}, {@code 5m}, {@code 2h}, {@code 500ms} or ISO-8601 ({@code PT1M}). */
    static Duration parseDuration(String text) {
        try {
            return DurationConverter.parse(text);
        } catch (RuntimeException e) {
            throw new UsageException("--poll-interval: cannot read '" + text + "' (use e.g. 30s, 5m, PT1M)");
        }
    }
}
