package io.newspulse.cli;

import io.newspulse.producer.ProducerRun;
import io.newspulse.producer.generate.BuiltInCompanies;
import io.newspulse.producer.generate.GeneratorSource;
import io.newspulse.producer.generate.SyntheticArticleGenerator;
import io.newspulse.producer.publish.ArticleOutput;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.JsonLinesArticleWriter;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.producer.publish.ProgressReporter;
import io.newspulse.producer.publish.RunSummary;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newspulse generate}: a deterministic synthetic article stream with ground truth, published to Kafka,
 * or written as JSON Lines with {@code --out FILE} (no Kafka needed).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates multilingual synthetic articles naming knowledge-base companies, with exact/near duplicates and bursts.",
            "Publishes to Kafka, or writes JSON Lines with --out FILE (no Kafka). --truth FILE records per article",
            "{\"id\",\"companies\",\"duplicate_of\",\"kind\",\"variant\",\"published_at\"}."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0", description = "Articles per second; 0 = as fast as possible (default).")
    double rate;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000", description = "Number of articles; -1 = until Ctrl-C (default ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed: the same seed gives the same articles (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--truth", paramLabel = "FILE", description = "Write the ground truth as JSON Lines here.")
    Path truth;

    @Option(names = "--burst", paramLabel = "ID[,ID...]", split = ",", description = "Company ids that get bursts of coverage, e.g. microsoft,toyota.")
    List<String> burst = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write articles as JSON Lines to FILE instead of Kafka (used when --bootstrap is not given).")
    Path out;

    @Option(names = "--start", paramLabel = "ISO-INSTANT", description = "Simulated clock start for published_at (default: now).")
    Instant start;

    @Option(names = "--mean-gap", paramLabel = "MILLIS", defaultValue = "1000", description = "Mean simulated time between articles in ms (default ${DEFAULT-VALUE}).")
    long meanGapMillis;

    @Option(names = "--compression", paramLabel = "TYPE",
            description = "Compression of the published records: none, gzip, snappy, lz4 or zstd (config compression.type; default lz4).")
    String compression;

    @Override
    public Integer call() {
        if (rate < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate must be >= 0");
        }
        if (compression != null && !ProduceCommand.COMPRESSION_TYPES.contains(compression)) {
            throw new UsageException("--compression must be one of " + String.join(", ", ProduceCommand.COMPRESSION_TYPES));
        }
        var err = spec.commandLine().getErr();
        boolean offline = out != null && connection.bootstrap == null;
        try {
            SyntheticArticleGenerator generator;
            try {
                generator = new SyntheticArticleGenerator(BuiltInCompanies.curated(), new SyntheticArticleGenerator.Options(
                        seed, start == null ? Instant.now() : start, Duration.ofMillis(Math.max(1, meanGapMillis)), burst));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--burst: " + e.getMessage());
            }
            NewsProducerConfig config = null;
            if (!offline) {
                connection.require("bootstrap.servers", "--bootstrap (or --out FILE)");
                connection.require("schema.registry.url", "--registry");
                java.util.Map<String, Object> props = new java.util.HashMap<>(connection.merged());
                if (compression != null) {
                    props.put(NewsProducerConfig.COMPRESSION_TYPE, compression);
                }
                config = new NewsProducerConfig(props);
            }
            Duration stopTimeout = config == null ? ProducerRun.DEFAULT_STOP_TIMEOUT : config.stopTimeout();
            try (Writer truthWriter = truth == null ? null : Files.newBufferedWriter(truth, StandardCharsets.UTF_8);
                 ArticleOutput output = offline ? JsonLinesArticleWriter.toFile(out) : new ArticlePublisher(config)) {
                ProgressReporter progress = ProgressReporter.create(count, Duration.ofSeconds(5));
                ProducerRun run = new ProducerRun(output, Clock.systemUTC(), progress, stopTimeout);
                // Ctrl-C: the generator stops, in-flight articles get the stop time-out, the summary says how many were not sent
                Shutdown shutdown = Shutdown.onSignal(run::requestStop);
                try {
                    RunSummary summary = run.run(List.of(new GeneratorSource(generator, count, rate, truthWriter)));
                    err.println("newspulse generate: " + summary.describe());
                    err.flush();
                } finally {
                    shutdown.done();
                }
            }
            return 0;
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            err.println("newspulse generate: " + Errors.oneSentence(e));
            err.flush();
            return 1;
        }
    }
}
