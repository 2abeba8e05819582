package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.testsupport.ArticleCounts;
import io.newspulse.testsupport.CountComparison;
import io.newspulse.testsupport.GroundTruth;
import io.newspulse.testsupport.SignalCounts;
import io.newspulse.testsupport.WindowKey;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 (2): one controller and three brokers, every topic (contract, internal, _schemas) replicated 3 times
 * with min.insync.replicas=2. A broker stops while articles are published and comes back; counts must equal the
 * ground truth exactly.
 */
class BrokerLossIT extends ClusterStackTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerLossIT.class);
    private static final int ARTICLES = 1500;

    @BeforeEach
    void start() throws Exception {
        startApp(ClusterStack.threeBrokers(), Map.of(CommonConfig.TOPIC_REPLICATION_FACTOR, "3", "topic.min.insync.replicas", "2"),
                Duration.ofMinutes(2));
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shouldCountExactlyOnceWhileABrokerIsDownAndAfterItReturns() throws Exception {
        GeneratedRun run = new GeneratedRun(stack.bootstrapServers(), stack.registryUrl(), dir);
        CompletableFuture<GroundTruth> published = run.publishInBackground(Instant.parse("2026-08-03T10:00:00Z"), ARTICLES, 100, "truth.jsonl");
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
