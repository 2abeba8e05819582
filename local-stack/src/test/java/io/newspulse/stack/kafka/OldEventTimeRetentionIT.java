package io.newspulse.stack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newspulse.kafka.topics.TopicSpec;
import io.newspulse.kafka.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals of old news (a replay, a late article: windows of 2005) written to a topic that is retained by time must
 * survive the broker's retention check. With the record's event time as its timestamp they did not: the broker
 * rolled a segment on almost every append and its next check deleted them (issue 18: the live side of
 * ReplayEqualsLiveIT lost its first signals). The contract topics take the append time instead ({@link Topics}).
 */
class OldEventTimeRetentionIT {
    private static final long EVENT_TIME_2005 = Instant.parse("2005-03-01T09:07:00Z").toEpochMilli();

    @TempDir
    static Path dir;
    private static EmbeddedKafka kafka;
    private static Admin admin;

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafka(dir.resolve("kafka"), "127.0.0.1", 0,
                Map.of("log.retention.check.interval.ms", "200", "log.initial.task.delay.ms", "0"));
        kafka.start();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldKeepSignalsOfOldWindowsOnTheContractsSignalTopics() throws Exception {
        Topics topics = new Topics("kept.", 1, (short) 1, Map.of());
        for (TopicSpec spec : List.of(find(topics.all(), topics.signalsFinal()), find(topics.all(), topics.signals()),
                find(topics.all(), topics.deadletter()), topics.companySignalTopics(List.of("toyota")).get(0))) {
            create(spec.name(), spec.configs());
            writeOldRecords(spec.name());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(startOffset(spec.name())).as(spec.name()).isZero());
            assertThat(endOffset(spec.name())).isEqualTo(3);
        }
    }

    /** The control: the same retention with event-time record timestamps loses the old records. */
    @Test
    void shouldLoseOldEventTimeRecordsWhenTheTopicUsesCreateTime() throws Exception {
        Map<String, String> configs = new HashMap<>(find(Topics.defaults().all(), Topics.defaults().signalsFinal()).configs());
        configs.put("message.timestamp.type", "CreateTime");
        create("create-time.company.signals.final", configs);
        writeOldRecords("create-time.company.signals.final");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(startOffset("create-time.company.signals.final")).isPositive());
    }

    private static TopicSpec find(List<TopicSpec> specs, String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static void create(String name, Map<String, String> configs) throws Exception {
        admin.createTopics(List.of(new NewTopic(name, 1, (short) 1).configs(configs))).all().get(30, TimeUnit.SECONDS);
    }

    /** Three records with timestamps in 2005, each in its own batch (acknowledged before the next is sent). */
    private static void writeOldRecords(String topic) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topic, 0, EVENT_TIME_2005 + i * 60_000L, "toyota", "signal " + i))
                        .get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static long startOffset(String topic) throws Exception {
        return offset(topic, OffsetSpec.earliest());
    }

    private static long endOffset(String topic) throws Exception {
        return offset(topic, OffsetSpec.latest());
    }

    private static long offset(String topic, OffsetSpec spec) throws Exception {
        TopicPartition tp = new TopicPartition(topic, 0);
        return admin.listOffsets(Map.of(tp, spec)).partitionResult(tp).get(30, TimeUnit.SECONDS).offset();
    }
}
