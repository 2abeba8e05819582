package io.newspulse.streams.app;

import static io.newspulse.streams.http.ApiFixtures.article;
import static io.newspulse.streams.http.ApiFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.stack.LocalStack;
import io.newspulse.streams.StoreNames;
import io.newspulse.streams.http.ApiFixtures;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deliberate stop and start of the stream app keeps its local state: no store is replayed from its changelog.
 * Before transactional state stores, Kafka Streams 4.4 declared every task with a window store that had no segment
 * yet (the dedup cluster store is almost always empty) corrupted at each start, wiped all its stores and restored
 * them from their changelogs (issue 23: 6 s of a 25 s demo restart).
 */
class CleanRestartIT {
    private static final String[] COMPANIES = {"Microsoft", "Toyota", "Sony", "Siemens", "Nestle", "Samsung"};

    @TempDir
    Path dir;

    @Test
    void shouldReplayNoStateFromChangelogsAfterACleanRestart() throws Exception {
        try (LocalStack stack = ApiFixtures.stack(dir);
             KafkaProducer<String, ArticleEvent> producer = ApiFixtures.producer(stack)) {
            String topic = stack.topics().articles();
            PipelineMetrics first = metrics();
            try (NewsStreamsApp app = ApiFixtures.app(stack, dir.resolve("app"), "clean-restart-it", first)) {
                ApiFixtures.publish(producer, topic, articles("before", 0));
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> first.originalsCount() + first.duplicates() >= 12 && first.signalsCount() > 0);
            }

            PipelineMetrics second = metrics();
            try (NewsStreamsApp app = ApiFixtures.app(stack, dir.resolve("app"), "clean-restart-it", second)) {
                // every partition gets new articles, and a task processes only once its stores are restored
                ApiFixtures.publish(producer, topic, articles("after", 12));
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> second.originalsCount() + second.duplicates() >= 12 && second.signalsCount() > 0);

                Map<String, Double> restored = new java.util.HashMap<>(second.stateRestoredByStore());
                restored.remove(StoreNames.COMPANIES); // the global knowledge-base store is not a task's state
                assertThat(restored.values()).as("records replayed per store: %s", restored).allMatch(n -> n == 0.0);
            }
        }
    }

    private static PipelineMetrics metrics() {
        return new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** 12 distinct stories; {@code offset} shifts desks and stories so that no article repeats an earlier one. */
    private static ArticleEvent[] articles(String prefix, int offset) {
        Instant now = Instant.now();
        return IntStream.range(offset, offset + 12)
                .mapToObj(i -> article(prefix + "-" + i, COMPANIES[i % COMPANIES.length] + " news " + i,
                        story(i, COMPANIES[i % COMPANIES.length]), "en", now))
                .toArray(ArticleEvent[]::new);
    }
}
