package io.newspulse.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.streams.app.NewsStreamsApp;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** System tests that break a {@link ClusterStack} under one in-process app; both are closed after each test. */
abstract class ClusterStackTestBase {
    @TempDir
    Path dir;
    ClusterStack stack;
    NewsStreamsApp app;
    final PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());
    final String applicationId = getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID();

    /** Starts the app on {@code cluster} with the system tests' properties plus {@code overrides}. */
    void startApp(ClusterStack cluster, Map<String, Object> overrides, Duration timeout) throws Exception {
        stack = cluster;
        Map<String, Object> props = Pipeline.appProperties(stack.bootstrapServers(), stack.registryUrl(), dir.resolve("app"), applicationId);
        props.putAll(overrides);
        app = new NewsStreamsApp(new StreamsAppConfig(props), metrics).start(timeout);
    }

    @AfterEach
    void closeAppAndStack() throws Exception {
        Pipeline.closeAll(app, stack);
    }
}
