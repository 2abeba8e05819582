package io.newspulse.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.newspulse.stack.LocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The companies store shown unchanged from the companies topic's offsets, on a real broker. */
class CompaniesStoreProofIT {
    private static final String KB = "4771234:1a2b3c4d";
    @TempDir
    static Path dir;
    private static LocalStack stack;
    private static StackAndAdmin broker;
    private static Admin admin;

    @BeforeAll
    static void start() {
        broker = StackAndAdmin.start(dir.resolve("stack"));
        stack = broker.stack();
        admin = broker.admin();
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldHoldOnARestartAfterAStartThatReadTheStoreWhenNothingWasWrittenSince() throws Exception {
        String topic = topicWith("companies-unchanged", 3);
        Path file = dir.resolve("unchanged/state/companies-store-proof.json");

        CompaniesStoreProof first = started(topic, file, KB);
        assertThat(first.holds()).isFalse(); // no start read the store yet
        first.verified();

        assertThat(started(topic, file, KB).holds()).isTrue();
    }

    @Test
    void shouldNotHoldOnceARecordWasWrittenAfterTheStartThatReadTheStore() throws Exception {
        String topic = topicWith("companies-written", 2);
        Path file = dir.resolve("written/state/companies-store-proof.json");
        started(topic, file, KB).verified();

        send(topic, 1);

        assertThat(started(topic, file, KB).holds()).isFalse();
    }

    @Test
    void shouldNotHoldWhenARecordArrivesBetweenTheRestoreAndTheCheck() throws Exception {
        String topic = topicWith("companies-late", 2);
        Path file = dir.resolve("late/state/companies-store-proof.json");
        started(topic, file, KB).verified();
        CompaniesStoreProof restart = started(topic, file, KB);

        send(topic, 1);

        assertThat(restart.holds()).isFalse();
    }

    @Test
    void shouldNotRecordAProofWhenARecordArrivedWhileTheStoreWasRead() throws Exception {
        String topic = topicWith("companies-during-read", 2);
        Path file = dir.resolve("during/state/companies-store-proof.json");
        CompaniesStoreProof first = started(topic, file, KB);

        send(topic, 1);
        first.verified();

        assertThat(file).doesNotExist();
    }

    @Test
    void shouldNotHoldForAnotherKnowledgeBaseOrOneNotReadFromItsImage() throws Exception {
        String topic = topicWith("companies-other-kb", 2);
        Path file = dir.resolve("other/state/companies-store-proof.json");
        started(topic, file, KB).verified();

        assertThat(started(topic, file, "4771234:ffffffff").holds()).isFalse();
        assertThat(started(topic, file, null).holds()).isFalse();
    }

    @Test
    void shouldNotHoldForATopicDeletedAndMadeAgainWithTheSameOffsets() throws Exception {
        String topic = topicWith("companies-remade", 1);
        Path file = dir.resolve("remade/state/companies-store-proof.json");
        started(topic, file, KB).verified();

        admin.deleteTopics(List.of(topic)).all().get();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            return true;
        });
        send(topic, 3);

        assertThat(started(topic, file, KB).holds()).isFalse();
    }

    /** A proof as a start makes it: expecting that knowledge base, the topic's state taken before the restore. */
    private static CompaniesStoreProof started(String topic, Path file, String kb) {
        CompaniesStoreProof proof = new CompaniesStoreProof(admin, topic, file);
        proof.expect(kb);
        proof.beforeRestore();
        return proof;
    }

    private static String topicWith(String topic, int partitions) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        send(topic, 3 * partitions);
        return topic;
    }

    private static void send(String topic, int records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int k = 0; k < records; k++) {
                producer.send(new ProducerRecord<>(topic, "company-" + k, "{}"));
            }
            producer.flush();
        }
    }
}
