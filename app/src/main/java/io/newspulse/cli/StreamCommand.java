package io.newspulse.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.streams.app.NewsStreamsApp;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newspulse stream}: the Kafka Streams application, until Ctrl-C. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Runs the Kafka Streams application: validate, dedup, tag, windowed per-company signals and alerts.",
            "Several instances with the same application.id share the work. Every setting: see docs/configuration.md."})
public final class StreamCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--http-port", paramLabel = "P", description = "Serve the query API and dashboard on this port (0 = pick a free one).")
    Integer httpPort;

    @Option(names = "--application-id", paramLabel = "ID", description = "Kafka Streams application id (default newspulse-streams).")
    String applicationId;

    /** The build's training run for the class archive (see StartRehearsal); not for users, so not in --help. */
    @Option(names = "--rehearse-start", hidden = true,
            description = "Goes through the start without a broker or registry, then exits (for the build's class archive).")
    boolean rehearseStart;

    @Override
    public Integer call() throws Exception {
        if (rehearseStart) {
            int routed = io.newspulse.streams.app.StartRehearsal.run(connection.merged());
            System.err.println("newspulse stream: start rehearsed without a broker (" + routed + " per-company topics)");
            return 0;
        }
        connection.require(CommonConfig.BOOTSTRAP_SERVERS, "--bootstrap");
        connection.require(CommonConfig.SCHEMA_REGISTRY_URL, "--registry");
        Map<String, Object> props = connection.merged();
        if (httpPort != null) {
            props.put(StreamsAppConfig.HTTP_PORT, httpPort);
        }
        if (applicationId != null) {
            props.put(StreamsAppConfig.APPLICATION_ID, applicationId);
        }
        StreamsAppConfig config = new StreamsAppConfig(props);
        Shutdown shutdown = Shutdown.onSignal();
        PipelineMetrics metrics = new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        StartupProgress progress = new StartupProgress("stream");
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        try (NewsStreamsApp app = new NewsStreamsApp(config, metrics).onProgress(progress::step).onFailure(e -> {
            failed.set(true);
            shutdown.request();
        })) {
            app.start(Duration.ofMinutes(5));
            progress.step(String.format(java.util.Locale.ROOT, "RUNNING %.1f s after launch", progress.elapsedSeconds()));
            System.err.println("newspulse stream: running" + (app.httpUrl() == null ? "" : "; API and dashboard on " + app.httpUrl()));
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return failed.get() ? 1 : 0;
    }
}
