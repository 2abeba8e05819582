package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.core.config.CommonConfig;
import io.newspulse.producer.generate.BuiltInCompanies;
import io.newspulse.producer.generate.SyntheticArticleGenerator;
import io.newspulse.streams.app.NewsStreamsApp;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.testsupport.ArticleCounts;
import io.newspulse.testsupport.CountComparison;
import io.newspulse.testsupport.GroundTruth;
import io.newspulse.testsupport.SignalCounts;
import io.newspulse.testsupport.WindowKey;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 (2): one controller and three brokers, every topic (contract, internal, _schemas) replicated 3 times
 * with min.insync.replicas=2. A broker stops while articles are published and comes back; counts must equal the
 * ground truth exactly.
 */
class BrokerLossIT {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerLossIT.class);
    private static final int ARTICLES = 1500;

    @TempDir
    Path dir;
    private ClusterStack stack;
    private NewsStreamsApp app;
    private final PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());
    private final String applicationId = "broker-loss-" + UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        stack = ClusterStack.threeBrokers();
        Map<String, Object> props = Pipeline.appProperties(stack.bootstrapServers(), stack.registryUrl(), dir.resolve("app"), applicationId);
        props.put(CommonConfig.TOPIC_REPLICATION_FACTOR, "3");
        props.put("topic.min.insync.replicas", "2");
        app = new NewsStreamsApp(new StreamsAppConfig(props), metrics).start(Duration.ofMinutes(2));
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            stack.close();
        }
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shouldCountExactlyOnceWhileABrokerIsDownAndAfterItReturns() throws Exception {
        GeneratedRun run = new GeneratedRun(stack.bootstrapServers(), stack.registryUrl(), dir);
        CompletableFuture<GroundTruth> published = CompletableFuture.supplyAsync(() -> {
            try {
                return run.publish(new SyntheticArticleGenerator(BuiltInCompanies.all(), new SyntheticArticleGenerator.Options(
                        42, Instant.parse("2026-08-03T10:00:00Z"), Duration.ofSeconds(1), List.of())), ARTICLES, 100, "truth.jsonl");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Awaitility.await("first articles read").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> metrics.articles() >= 200);
        int victim = stack.cluster().brokerIds().stream().max(Integer::compare).orElseThrow();
        LOG.info("Stopping broker {} after {} articles", victim, (long) metrics.articles());
        stack.cluster().stopBroker(victim);
        double atStop = metrics.articles();
        Awaitility.await("progress with a broker down").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> metrics.articles() >= atStop + 300 || published.isDone());
        LOG.info("Starting broker {} again after {} articles", victim, (long) metrics.articles());
        stack.cluster().startBroker(victim);

        GroundTruth truth = published.get(5, TimeUnit.MINUTES);
        Pipeline.awaitNoLag(stack.bootstrapServers(), applicationId, Duration.ofMinutes(6));
        Instant last = truth.lastPublished();
        run.advanceStreamTime(last.plus(Duration.ofDays(1)), Pipeline.PARTITIONS);
        Map<WindowKey, ArticleCounts> expected = truth.expectedCounts(Pipeline.WINDOWS, k -> k.start() <= last.toEpochMilli());
        SignalCounts actual = Pipeline.awaitFinalWindows(stack.bootstrapServers(), stack.topics().signalsFinal(),
                new EventSerdes(Map.of("schema.registry.url", stack.registryUrl())), expected.keySet(), Duration.ofMinutes(3));
        Map<WindowKey, ArticleCounts> counted = actual.counts(k -> k.start() <= last.toEpochMilli());
        LOG.info("Broker loss: {} articles, {} expected windows, {} counted, 1m articles expected {} counted {}",
                truth.articles().size(), expected.size(), counted.size(), CountComparison.totalArticles(expected, "1m"),
                CountComparison.totalArticles(counted, "1m"));
        assertThat(CountComparison.differences(expected, counted)).isEmpty();
        assertThat(actual.reEmitted()).isEmpty();
    }
}
