package io.newspulse.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.kafka.topics.TopicSpec;
import io.newspulse.serde.SpecificAvroSerde;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The embedded stack end to end: topics, an Avro round trip of the seed articles, and a restart on the same data dir. */
@Timeout(180)
class LocalStackIT {
    @TempDir
    Path dataDir;

    @Test
    void shouldKeepTopicsAndArticlesAcrossARestartOnTheSameDataDir() throws Exception {
        List<ArticleEvent> seeds = seedArticles();
        assertThat(seeds).hasSize(2);
        try (LocalStack stack = new LocalStack(config()).start()) {
            assertThat(LocalStack.runningEndpoints(dataDir)).containsEntry("bootstrap.servers", stack.bootstrapServers());
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
                Set<String> names = admin.listTopics().names().get();
                assertThat(names).containsAll(stack.topics().all().stream().map(TopicSpec::name).toList());
                var compaction = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, stack.topics().companies())))
                        .all().get().values().iterator().next().get("cleanup.policy").value();
                assertThat(compaction).isEqualTo("compact");
                assertThat(admin.describeTopics(List.of(stack.topics().articles())).allTopicNames().get()
                        .get(stack.topics().articles()).partitions()).hasSize(3);
            }
            produce(stack, seeds);
            assertThat(readAll(stack, seeds.size())).containsExactlyInAnyOrderElementsOf(seeds);
        }
        assertThat(LocalStack.runningEndpoints(dataDir)).isEmpty();

        try (LocalStack restarted = new LocalStack(config()).start()) {
            List<ArticleEvent> again = readAll(restarted, seeds.size());
            assertThat(again).containsExactlyInAnyOrderElementsOf(seeds);
            assertThat(again).extracting(ArticleEvent::getBody).anyMatch(b -> b.contains("マイクロソフト"));
        }
    }

    private StackConfig config() {
        return new StackConfig(Map.of(StackConfig.KAFKA_PORT, 0, StackConfig.REGISTRY_PORT, 0, "data.dir", dataDir.toString()));
    }

    private static void produce(LocalStack stack, List<ArticleEvent> articles) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        SpecificAvroSerde<ArticleEvent> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of("schema.registry.url", stack.registryUrl()), false);
        try (KafkaProducer<String, ArticleEvent> producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer())) {
            for (ArticleEvent article : articles) {
                producer.send(new ProducerRecord<>(stack.topics().articles(), article.getId(), article)).get();
            }
        }
    }

    private static List<ArticleEvent> readAll(LocalStack stack, int expected) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        SpecificAvroSerde<ArticleEvent> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of("schema.registry.url", stack.registryUrl(), "specific.avro.reader", true), false);
        List<ArticleEvent> read = new ArrayList<>();
        try (KafkaConsumer<String, ArticleEvent> consumer = new KafkaConsumer<>(props, new StringDeserializer(), serde.deserializer())) {
            consumer.subscribe(List.of(stack.topics().articles()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, ArticleEvent> r : consumer.poll(Duration.ofMillis(500))) {
                    read.add(r.value());
                }
            }
        }
        return read;
    }

    /** The seed articles of the shared samples, as the IT's input (title = first meaningful line). */
    private static List<ArticleEvent> seedArticles() throws IOException {
        Path seeds = locateSeeds();
        List<ArticleEvent> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String title = text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.equals("|")).findFirst().orElse("");
                Instant now = Instant.parse("2026-11-25T00:00:00Z");
                articles.add(ArticleEvent.newBuilder().setId(file.getFileName().toString()).setSource("seeds").setTitle(title)
                        .setBody(text).setLanguage("ja").setPublishedAt(null).setIngestedAt(now)
                        .setContentHash(Integer.toHexString(text.hashCode())).setAttributes(Map.of("file", file.toString())).build());
            }
        }
        return articles;
    }

    private static Path locateSeeds() {
        for (Path candidate : List.of(Path.of("../samples/seeds"), Path.of("samples/seeds"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples/seeds not found from " + Path.of("").toAbsolutePath());
    }
}
