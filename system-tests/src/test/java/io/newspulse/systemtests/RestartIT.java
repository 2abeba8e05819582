package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.newspulse.producer.generate.BuiltInCompanies;
import io.newspulse.producer.generate.SyntheticArticleGenerator;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.testsupport.ArticleCounts;
import io.newspulse.testsupport.CountComparison;
import io.newspulse.testsupport.GroundTruth;
import io.newspulse.testsupport.SignalCounts;
import io.newspulse.testsupport.WindowKey;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 (6): the {@code stack} and {@code stream} JVMs are SIGKILLed and restarted on the same data dirs; they
 * come back with their state and nothing is counted twice: the final signals after the restart equal the ground
 * truth of the articles before plus only the new ones, each window emitted once.
 */
class RestartIT {
    /**
     * Like the demo, this run uses recent event times: Kafka Streams writes windowed changelogs with event-time
     * timestamps and the broker's retention counts from them, so state months old may be gone before a restart
     * restores it (docs/reliability.md, "Known limit for historical replays").
     */
    private static final Instant START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(8));

    private static final Logger LOG = LoggerFactory.getLogger(RestartIT.class);
    private static final int BATCH = 500;

    @TempDir
    Path dir;
    private final List<StreamProcess> processes = new ArrayList<>();
    private final String applicationId = "restart-" + UUID.randomUUID();

    @AfterEach
    void stop() throws InterruptedException {
        for (StreamProcess p : processes) {
            p.kill();
        }
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shouldComeBackWithItsStateAndCountNothingTwiceAfterStackAndStreamAreKilled() throws Exception {
        int kafkaPort = freePort();
        int registryPort = freePort();
        String bootstrap = "127.0.0.1:" + kafkaPort;
        String registry = "http://127.0.0.1:" + registryPort;
        Path stackDir = dir.resolve("stack");
        Path appDir = dir.resolve("app");
        Map<String, Object> appConfig = Pipeline.appProperties(bootstrap, registry, appDir, applicationId);

        StreamProcess stack = startStack(stackDir, "stack-1", kafkaPort, registryPort);
        StreamProcess stream = start(new StreamProcess(bootstrap, registry, appDir, appConfig));
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                new SyntheticArticleGenerator.Options(42, START, Duration.ofSeconds(1), List.of()));
        GeneratedRun run = new GeneratedRun(bootstrap, registry, dir);
        List<GroundTruth.Article> all = new ArrayList<>(run.publish(generator, BATCH, 0, "truth-1.jsonl").articles());
        Pipeline.awaitNoLag(bootstrap, applicationId, Duration.ofMinutes(6));

        LOG.info("Killing the stream and stack JVMs (SIGKILL)");
        stream.kill();
        stack.kill();
        startStack(stackDir, "stack-2", kafkaPort, registryPort);
        start(new StreamProcess(bootstrap, registry, appDir, appConfig));

        all.addAll(run.publish(generator, BATCH, 0, "truth-2.jsonl").articles());
        Pipeline.awaitNoLag(bootstrap, applicationId, Duration.ofMinutes(6));
        GroundTruth truth = new GroundTruth(all);
        Instant last = truth.lastPublished();
        // Past the last 1h window plus the 2h grace, and still in the past (a future date would be taken as ingest time).
        run.advanceStreamTime(last.plus(Duration.ofHours(4)), Pipeline.PARTITIONS);
        Map<WindowKey, ArticleCounts> expected = truth.expectedCounts(Pipeline.WINDOWS, k -> k.start() <= last.toEpochMilli());
        SignalCounts actual = Pipeline.awaitFinalWindows(bootstrap, "company.signals.final",
                new EventSerdes(Map.of("schema.registry.url", registry)), expected.keySet(), Duration.ofMinutes(3));
        Map<WindowKey, ArticleCounts> counted = actual.counts(k -> k.start() <= last.toEpochMilli());
        LOG.info("Restart: {} articles, {} expected windows, {} counted, re-emitted {}", truth.articles().size(),
                expected.size(), counted.size(), actual.reEmitted().size());
        assertThat(CountComparison.differences(expected, counted)).isEmpty();
        assertThat(actual.reEmitted()).isEmpty();
    }

    private StreamProcess start(StreamProcess p) {
        processes.add(p);
        return p.start();
    }

    private StreamProcess startStack(Path stackDir, String name, int kafkaPort, int registryPort) {
        StreamProcess stack = start(StreamProcess.stack(stackDir, name, kafkaPort, registryPort));
        Awaitility.await(name + " ready").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(stack.alive()).as(name + " is running, see " + stack.log()).isTrue();
                    return stack.logContains("READY");
                });
        return stack;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
