package io.newspulse.producer.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.ProducerRun;
import io.newspulse.producer.source.JsonLinesSource;
import io.newspulse.producer.source.TextDirectorySource;
import io.newspulse.serde.SpecificAvroSerde;
import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The producer against the embedded stack: seeds and JSON Lines published as Avro, bad lines to the reject topic. */
@Timeout(180)
class ArticlePublisherIT {
    @TempDir
    static Path dataDir;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = new LocalStack(new StackConfig(Map.of(StackConfig.KAFKA_PORT, 0, StackConfig.REGISTRY_PORT, 0, "data.dir", dataDir.toString()))).start();
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void shouldPublishTheSeedsAndJsonLinesAndRejectTheBadLinesWithTheirReason() throws Exception {
        String jsonl = "{\"id\":\"j-1\",\"title\":\"Toyota raises outlook\",\"body\":\"Toyota Motor raised its full-year outlook.\",\"lang\":\"en\"}\n"
                + "this is not json\n"
                + "{\"id\":\"j-2\",\"title\":\"no body\"}\n";
        NewsProducerConfig config = new NewsProducerConfig(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "schema.registry.url", stack.registryUrl()));
        RunSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(config)) {
            summary = new ProducerRun(publisher, Clock.systemUTC(), ProgressReporter.create(-1, Duration.ofSeconds(30))).run(List.of(
                    new TextDirectorySource(Path.of("..", "samples", "seeds"), NewsProducerConfig.DEFAULT_MAX_ARTICLE_BYTES),
                    JsonLinesSource.of("inline.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), NewsProducerConfig.DEFAULT_MAX_ARTICLE_BYTES)));
        }
        assertThat(summary.sent()).isEqualTo(3);
        assertThat(summary.rejected()).isEqualTo(2);

        SpecificAvroSerde<ArticleEvent> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of("schema.registry.url", stack.registryUrl(), "specific.avro.reader", true), false);
        List<ConsumerRecord<String, ArticleEvent>> articles = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> rejects = new ArrayList<>();
        try (KafkaConsumer<String, ArticleEvent> a = consumer(serde.deserializer());
             KafkaConsumer<String, byte[]> r = consumer(new ByteArrayDeserializer())) {
            a.subscribe(List.of(stack.topics().articles()));
            r.subscribe(List.of(stack.topics().articlesRejected()));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                a.poll(Duration.ofMillis(200)).forEach(articles::add);
                r.poll(Duration.ofMillis(200)).forEach(rejects::add);
                return articles.size() >= 3 && rejects.size() >= 2;
            });
        }
        assertThat(articles).allMatch(rec -> rec.key().equals(rec.value().getId()));
        assertThat(articles).extracting(rec -> rec.value().getLanguage()).containsOnly("ja", "en");
        assertThat(articles).extracting(rec -> rec.value().getId()).contains("j-1");
        assertThat(articles).filteredOn(rec -> rec.value().getLanguage().equals("ja"))
                .allMatch(rec -> !rec.value().getBody().isBlank() && rec.value().getBody().contains("OpenAI"));
        assertThat(rejects).allMatch(rec -> rec.headers().lastHeader(ArticlePublisher.REASON_HEADER) != null);
        assertThat(rejects).extracting(rec -> new String(rec.value(), StandardCharsets.UTF_8)).contains("this is not json");
    }

    private static <V> KafkaConsumer<String, V> consumer(Deserializer<V> values) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new StringDeserializer(), values);
    }
}
