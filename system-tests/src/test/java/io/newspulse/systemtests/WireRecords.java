package io.newspulse.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.ArticleEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Raw records on the wire: a byte-level producer, valid ArticleEvents to corrupt, and a reader of whole topics. */
final class WireRecords {
    private WireRecords() {
    }

    /** A raw producer (String keys, byte values) with the given max.request.size. */
    static KafkaProducer<String, byte[]> producer(String bootstrap, int maxRequestSize) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(32 * 1024 * 1024L, 2L * maxRequestSize));
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    static void send(KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send " + key, e);
        }
    }

    /** A valid article dated {@code at} naming Toyota (so it yields a mention when processed). */
    static ArticleEvent article(String id, String body, Instant at) {
        return ArticleEvent.newBuilder()
                .setId(id).setSource("system-test").setUrl("https://system-test.example/" + id)
                .setTitle("Toyota update " + id).setBody(body).setLanguage("en")
                .setPublishedAt(at).setIngestedAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .setContentHash("hash-" + id).setAttributes(new HashMap<>())
                .build();
    }

    /** Every record of a topic up to its current end (read_committed). */
    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 32 * 1024 * 1024);
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
