package io.newspulse.streams.companies;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import io.newspulse.avro.Company;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes companies to the compacted {@code companies} topic (key = company id), and tells whether it is empty. */
public final class CompaniesPublisher {
    private final String bootstrap;
    private final String topic;
    private final Serde<Company> serde;

    public CompaniesPublisher(String bootstrap, String topic, Serde<Company> serde) {
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.serde = serde;
    }

    /** Sends every company and waits for all acknowledgements; returns how many were written. */
    public int publish(Collection<Company> companies) throws InterruptedException {
        return send(companies.stream().map(c -> new ProducerRecord<>(topic, c.getId(), c)).toList());
    }

    /** Sends a tombstone per id (the tagger forgets those companies); returns how many were written. */
    public int delete(Collection<String> companyIds) throws InterruptedException {
        return send(companyIds.stream().map(id -> new ProducerRecord<String, Company>(topic, id, null)).toList());
    }

    private int send(List<ProducerRecord<String, Company>> records) throws InterruptedException {
        if (records.isEmpty()) {
            return 0;
        }
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaProducer<String, Company> producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer())) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
            return sent.size();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish companies to " + topic + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** True when the topic holds no record at all (every partition's end offset is its start offset). */
    public boolean topicIsEmpty() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            return partitions.stream().allMatch(tp -> end.get(tp).equals(begin.get(tp)));
        }
    }
}
