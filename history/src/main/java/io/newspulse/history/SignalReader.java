package io.newspulse.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.newspulse.avro.CompanySignal;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.serde.SpecificAvroSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a signal topic from its beginning to its committed end (read_committed), without a consumer group. */
public final class SignalReader {
    private SignalReader() {
    }

    /** Every committed {@link CompanySignal} of {@code topic}, partition by partition in offset order. */
    public static List<CompanySignal> readAll(Map<String, Object> settings, String topic) {
        List<CompanySignal> out = new ArrayList<>();
        SpecificAvroSerde<CompanySignal> serde = SpecificAvroSerde.forClass(CompanySignal.class,
                Map.of(CommonConfig.SCHEMA_REGISTRY_URL, settings.get(CommonConfig.SCHEMA_REGISTRY_URL).toString()), false);
        scan(settings, topic, serde.deserializer(), r -> {
            if (r.value() != null) {
                out.add(r.value());
            }
        });
        return out;
    }

    /**
     * Hands every committed value of {@code topic} (Avro, class {@code type}) to {@code each} without holding them:
     * for topics too large to read into memory.
     */
    public static <V extends org.apache.avro.specific.SpecificRecord> void forEachValue(Map<String, Object> settings, String topic,
                                                                                       Class<V> type, Consumer<V> each) {
        SpecificAvroSerde<V> serde = SpecificAvroSerde.forClass(type,
                Map.of(CommonConfig.SCHEMA_REGISTRY_URL, settings.get(CommonConfig.SCHEMA_REGISTRY_URL).toString()), false);
        scan(settings, topic, serde.deserializer(), r -> {
            if (r.value() != null) {
                each.accept(r.value());
            }
        });
    }

    /** Number of committed records in {@code topic}. */
    public static long count(Map<String, Object> settings, String topic) {
        long[] n = {0};
        scan(settings, topic, new ByteArrayDeserializer(), r -> n[0]++);
        return n[0];
    }

    private static <V> void scan(Map<String, Object> settings, String topic, Deserializer<V> values, Consumer<ConsumerRecord<String, V>> each) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.get(CommonConfig.BOOTSTRAP_SERVERS).toString());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(60));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("topic " + topic + " does not exist");
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }
}
