package io.newspulse.streams.companies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.Company;
import io.newspulse.stack.LocalStack;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.stack.StackConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge-base load is one transaction: readers see all of it or none, and an open load is waited out. */
class CompaniesPublisherIT {
    @TempDir
    static Path dir;
    private static LocalStack stack;
    private static EventSerdes serdes;

    @BeforeAll
    static void start() {
        stack = new LocalStack(new StackConfig(Map.of("stack.kafka.port", 0, "stack.registry.port", 0,
                CommonConfig.DATA_DIR, dir.resolve("stack").toString()))).start();
        serdes = new EventSerdes(Map.of("schema.registry.url", stack.registryUrl()));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private CompaniesPublisher publisher(String topic) {
        return new CompaniesPublisher(stack.bootstrapServers(), topic, serdes.companies());
    }

    @Test
    void shouldPublishTheWholeKnowledgeBaseAsCommittedRecords() throws Exception {
        String topic = stack.topics().companies();
        CompaniesPublisher publisher = publisher(topic);
        assertThat(publisher.topicIsEmpty()).isTrue();
        java.util.Collection<Company> companies = CompanyKnowledgeBase.builtIn().companies();

        assertThat(publisher.publish(companies)).isEqualTo(companies.size());

        assertThat(publisher.topicIsEmpty()).isFalse();
        assertThat(publisher.awaitNoOpenLoad(Duration.ofSeconds(5))).isTrue();
        assertThat(readCommitted(topic)).hasSize(companies.size());
    }

    @Test
    void shouldTreatAnOpenLoadAsNotYetPublishedAndWaitForIt() throws Exception {
        String topic = "open-load-companies";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        CompaniesPublisher publisher = publisher(topic);
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "open-load-it");
        try (KafkaProducer<String, byte[]> other = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            other.initTransactions();
            other.beginTransaction();
            other.send(new ProducerRecord<>(topic, "acme", new byte[] {1})).get();

            assertThat(publisher.topicIsEmpty()).as("an uncommitted load is not visible yet").isTrue();
            assertThat(publisher.awaitNoOpenLoad(Duration.ofMillis(500))).isFalse();

            other.commitTransaction();
        }
        assertThat(publisher.awaitNoOpenLoad(Duration.ofSeconds(10))).isTrue();
        assertThat(publisher.topicIsEmpty()).isFalse();
    }

    private List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> out = new java.util.ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }
}
