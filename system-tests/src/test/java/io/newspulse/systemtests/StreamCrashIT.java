package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.newspulse.stack.LocalStack;
import io.newspulse.testsupport.ArticleCounts;
import io.newspulse.testsupport.CountComparison;
import io.newspulse.testsupport.GroundTruth;
import io.newspulse.kafka.topics.GroupLag;
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
 * Issue 11 (1): the {@code stream} command in its own JVM is SIGKILLed while articles are being published and
 * restarted (alone, or while a second instance takes over); exactly-once must leave company.signals.final
 * equal to the ground truth.
 */
class StreamCrashIT {
    /**
     * Recent event times, as in live use: windowed changelogs carry event-time timestamps and the broker's retention
     * counts from them, so months-old state may be gone before a restarted instance restores it (docs/reliability.md).
     * Stream time is advanced 4 h past the last article (1h window + 2h grace) and stays in the past.
     */
    private static final Instant RECENT_START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(8));

    private static final Logger LOG = LoggerFactory.getLogger(StreamCrashIT.class);
    private static final int ARTICLES = 2000;

    @TempDir
    Path dir;
    private LocalStack stack;
    private final String applicationId = "crash-" + UUID.randomUUID();
    private StreamProcess first;
    private StreamProcess second;

    @BeforeEach
    void start() {
        StreamProcess.jar();
        stack = Pipeline.startStack(dir, Map.of());
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (StreamProcess p : new StreamProcess[] {first, second}) {
            if (p != null) {
                p.kill();
            }
        }
        stack.close();
    }

    private StreamProcess instance(String name) {
        Map<String, Object> config = new HashMap<>(Pipeline.appProperties(stack.bootstrapServers(), stack.registryUrl(), dir.resolve(name), applicationId));
        return new StreamProcess(stack.bootstrapServers(), stack.registryUrl(), dir.resolve(name), config);
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void shouldCountExactlyOnceWhenTheOnlyInstanceIsKilledAndRestarted() throws Exception {
        first = instance("a").start();
        CompletableFuture<GroundTruth> published = publishInBackground(RECENT_START);
        awaitSomeProgress();
        LOG.info("Killing the stream JVM (SIGKILL)");
        first.kill();
        first = instance("a").start();
        verifyExactCounts(published.get(3, TimeUnit.MINUTES));
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void shouldCountExactlyOnceWhenOneOfTwoInstancesDiesAndTheOtherTakesOver() throws Exception {
        first = instance("a").start();
        second = instance("b").start();
        CompletableFuture<GroundTruth> published = publishInBackground(RECENT_START);
        awaitSomeProgress();
        LOG.info("Killing instance a (SIGKILL); b must take over its tasks");
        first.kill();
        assertThat(second.alive()).isTrue();
        verifyExactCounts(published.get(3, TimeUnit.MINUTES));
    }

    /** Publishes at 100 articles/s so the kill lands in the middle of the run. */
    private CompletableFuture<GroundTruth> publishInBackground(Instant start) {
        return new GeneratedRun(stack.bootstrapServers(), stack.registryUrl(), dir).publishInBackground(start, ARTICLES, 100, "truth.jsonl");
    }

    /** Waits until the app has committed progress on news.mentions (it is running and counting). */
    private void awaitSomeProgress() {
        Awaitility.await("stream app progress").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> GroupLag.topics(stack.bootstrapServers(), applicationId) >= 2); // articles, mentions (one partition: no chain hop)
    }

    /** Copies the stream JVMs' logs to target/ (the temp dir is deleted after the test). */
    private void keepLogs() throws java.io.IOException {
        Path out = Path.of("target", "stream-crash-logs", applicationId);
        java.nio.file.Files.createDirectories(out);
        for (String name : new String[] {"a", "b"}) {
            Path log = dir.resolve(name).resolve("stream.log");
            if (java.nio.file.Files.exists(log)) {
                java.nio.file.Files.copy(log, out.resolve(name + "-stream.log"));
            }
        }
        LOG.warn("Stream logs kept in {}", out.toAbsolutePath());
    }

    private void verifyExactCounts(GroundTruth truth) throws Exception {
        Pipeline.awaitNoLag(stack.bootstrapServers(), applicationId, Duration.ofMinutes(3));
        Instant last = truth.lastPublished();
        new GeneratedRun(stack.bootstrapServers(), stack.registryUrl(), dir)
                .advanceStreamTime(last.plus(Duration.ofHours(4)), Pipeline.partitions(stack.bootstrapServers(), stack.topics().mentions()));
        Map<WindowKey, ArticleCounts> expected = truth.expectedCounts(Pipeline.WINDOWS, k -> k.start() <= last.toEpochMilli());
        var serdes = new io.newspulse.streams.serde.EventSerdes(Map.of("schema.registry.url", stack.registryUrl()));
        SignalCounts actual = Pipeline.awaitFinalWindows(stack.bootstrapServers(), stack.topics().signalsFinal(), serdes,
                expected.keySet(), Duration.ofMinutes(2));
        Map<WindowKey, ArticleCounts> counted = actual.counts(k -> k.start() <= last.toEpochMilli());
        LOG.info("Crash run: {} articles published, {} expected windows, {} counted, 1m articles expected {} counted {}, re-emitted {}",
                truth.articles().size(), expected.size(), counted.size(), CountComparison.totalArticles(expected, "1m"),
                CountComparison.totalArticles(counted, "1m"), actual.reEmitted().size());
        java.util.List<String> differences = CountComparison.differences(expected, counted);
        if (!differences.isEmpty()) {
            MentionAudit.differences(stack.bootstrapServers(), stack.topics().mentions(), serdes, truth)
                    .forEach(d -> LOG.warn("Audit: {}", d));
            keepLogs();
        }
        var deadLetters = WireRecords.readAll(stack.bootstrapServers(), stack.topics().deadletter());
        deadLetters.forEach(r -> LOG.warn("Dead letter {}: stage={} error={}", r.key(),
                WireRecords.header(r, io.newspulse.streams.errors.DeadLetters.H_STAGE), WireRecords.header(r, io.newspulse.streams.errors.DeadLetters.H_ERROR)));
        assertThat(deadLetters).as("dead letters of a run with only good input").isEmpty();
        assertThat(differences).isEmpty();
        assertThat(actual.reEmitted()).isEmpty();
    }
}
