package io.newspulse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspulse.core.concurrent.Daemons;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.ProducerRun;
import io.newspulse.producer.generate.BuiltInCompanies;
import io.newspulse.producer.generate.GeneratorSource;
import io.newspulse.producer.generate.SyntheticArticleGenerator;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.producer.publish.ProgressReporter;
import io.newspulse.producer.publish.RunSummary;
import io.newspulse.producer.source.TextDirectorySource;
import io.newspulse.stack.LocalStack;
import io.newspulse.streams.app.NewsStreamsApp;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.http.WebServer;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newspulse demo}: everything on one machine without Docker — embedded Kafka and registry, the streams app
 * with its dashboard, the sample articles and a live synthetic feed — until Ctrl-C.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on one machine (no Docker): embedded Kafka + schema registry + streams app",
            "+ dashboard, fed with the sample articles and a live synthetic feed. Prints",
            "'READY bootstrap=... registry=... http=...' once ready; Ctrl-C stops it cleanly."})
public final class DemoCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    @Mixin
    StackOptions stackOptions;

    @Option(names = "--http-port", paramLabel = "P", description = "Dashboard and API port (default 8080; 0 = pick a free one).")
    int httpPort = 8080;

    @Option(names = "--samples", paramLabel = "DIR", description = "Directory of text articles to publish first, stamped with the current time (their own date is kept as an attribute; archives go through 'replay'). Default samples/seeds.")
    Path samples = Path.of("samples", "seeds");

    @Option(names = "--rate", paramLabel = "N", description = "Synthetic articles per second (default 5; 0 = no live feed).")
    double rate = 5;

    @Option(names = "--burst", paramLabel = "ID[,ID...]", split = ",", description = "Companies the synthetic feed bursts on (default microsoft,toyota).")
    List<String> burst = List.of("microsoft", "toyota");

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic feed (default 42).")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
        if (rate < 0) {
            throw new UsageException("--rate must be >= 0");
        }
        Shutdown shutdown = Shutdown.onSignal();
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        StartupProgress progress = new StartupProgress("demo");
        progress.step("starting embedded Kafka and the schema registry...");
        Map<String, Object> merged = stackOptions.merged();
        preloadWhileTheStackStarts();
        Feed feed = null;
        try (LocalStack stack = new LocalStack(stackOptions.stackConfig()).start(progress::step)) {
            Map<String, Object> props = new HashMap<>(merged);
            props.put(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
            props.put(CommonConfig.SCHEMA_REGISTRY_URL, stack.registryUrl());
            props.put(CommonConfig.DATA_DIR, stack.dataDir().toString());
            props.putIfAbsent(StreamsAppConfig.HTTP_PORT, httpPort);
            PipelineMetrics metrics = new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
            progress.step("starting the streams app...");
            try (NewsStreamsApp app = new NewsStreamsApp(new StreamsAppConfig(props), metrics).onProgress(progress::step)
                    .onFailure(e -> {
                        failed.set(true);
                        shutdown.request();
                    })
                    .start(Duration.ofMinutes(5))) {
                NewsProducerConfig producerConfig = new NewsProducerConfig(props);
                publishSamples(producerConfig);
                progress.step("sample articles published");
                if (rate > 0) {
                    feed = startFeed(producerConfig, shutdown);
                }
                Console.ready(stack.bootstrapServers(), stack.registryUrl(), app.httpUrl());
                progress.step(String.format(java.util.Locale.ROOT, "READY %.1f s after launch", progress.elapsedSeconds()));
                System.err.println("newspulse demo: dashboard on " + app.httpUrl() + " ; try './newspulse tail signals.microsoft' ; Ctrl-C to stop");
                shutdown.await();
                if (feed != null) {
                    feed.stop(producerConfig.stopTimeout());
                }
            }
        } finally {
            shutdown.done();
        }
        return failed.get() ? 1 : 0;
    }

    /**
     * While the stack starts (the broker alone takes seconds on a restart): reads the bundled knowledge base and loads
     * its tagger, which the stream app then takes ({@link CompanyKnowledgeBase#builtIn()} keeps the one,
     * {@link Tagger#loadAhead} hands over the other), and loads the HTTP layer the dashboard needs (issue 23).
     */
    private static void preloadWhileTheStackStarts() {
        WebServer.warmUp();
        Daemons.start("knowledge-base-preload", () -> {
            try {
                Tagger.loadAhead(CompanyKnowledgeBase.builtIn());
            } catch (RuntimeException e) {
                LOG.debug("Preloading the knowledge base failed; the stream app reports it: {}", e.getMessage());
            }
        });
    }

    private void publishSamples(NewsProducerConfig config) throws Exception {
        if (!Files.isDirectory(samples)) {
            LOG.warn("Sample directory {} not found; skipping the sample articles", samples);
            return;
        }
        try (ArticlePublisher publisher = new ArticlePublisher(config)) {
            RunSummary summary = new ProducerRun(publisher, Clock.systemUTC(), ProgressReporter.create(-1, Duration.ofSeconds(30)))
                    .run(List.of(restamped(new TextDirectorySource(samples, config.getLong(NewsProducerConfig.MAX_ARTICLE_BYTES)))));
            LOG.info("Samples from {}: {}", samples, summary.describe());
        }
    }

    /** The live synthetic feed: its thread and run, stopped cleanly on Ctrl-C. */
    private record Feed(Thread thread, ProducerRun run, RunSummary[] summary) {
        void stop(Duration timeout) throws InterruptedException {
            run.requestStop();
            thread.join(timeout.toMillis() + 10_000);
            if (summary[0] != null) {
                System.err.println("newspulse demo: live feed stopped: " + summary[0].describe());
            }
        }
    }

    /**
     * The samples are old articles: under their own dates they would land in windows the live feed has long closed
     * (dropped as late) and be off the dashboard. The demo re-stamps them on purpose: no publication time, so their
     * event time is the time they are published now; the date found in the text is kept as the
     * {@code original_published_at} attribute. Real archives go through {@code replay} instead (docs/history.md).
     */
    static ArticleSource restamped(ArticleSource source) {
        return ArticleSource.mapped(source, d -> {
            Map<String, String> attributes = new HashMap<>(d.attributes());
            if (d.publishedAt() != null) {
                attributes.put("original_published_at", d.publishedAt().toString());
            }
            return new ArticleDraft(d.source(), d.givenId(), d.identity(), d.url(), d.title(), d.body(), d.language(),
                    null, attributes);
        });
    }

    /**
     * Starts the synthetic feed on a thread of its own. The generator (names of the ~1,700 curated companies: about
     * half a second) is built on that thread, so READY does not wait for it (issue 23).
     */
    private Feed startFeed(NewsProducerConfig config, Shutdown shutdown) {
        ArticlePublisher publisher = new ArticlePublisher(config);
        ProducerRun run = new ProducerRun(publisher, Clock.systemUTC(), ProgressReporter.create(-1, Duration.ofSeconds(60)), config.stopTimeout());
        RunSummary[] summary = new RunSummary[1];
        Thread thread = Daemons.start("newspulse-demo-feed", () -> {
            try (publisher) {
                SyntheticArticleGenerator generator = new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                        new SyntheticArticleGenerator.Options(seed, Instant.now(), Duration.ofMillis((long) (1000 / rate)), burst));
                summary[0] = run.run(List.of(new GeneratorSource(generator, -1, rate, null)));
            } catch (Exception e) {
                if (!run.stopping()) {
                    LOG.error("The synthetic feed stopped: {}", e.getMessage());
                    shutdown.request();
                }
            }
        });
        return new Feed(thread, run, summary);
    }
}
