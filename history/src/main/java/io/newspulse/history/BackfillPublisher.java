package io.newspulse.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.serde.SpecificAvroSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a replay's articles to its backfill input topic exactly once across restarts: a transactional producer
 * (one transaction per batch, so the topic only ever holds whole batches of the sorted slice) whose
 * {@code initTransactions} aborts whatever a crashed or interrupted run left open, then a read_committed scan of the
 * topic's keys, so a resumed run skips every article already there and sends the rest in the same order.
 */
public final class BackfillPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackfillPublisher.class);
    static final int DEFAULT_BATCH = 500;

    private final String bootstrap;
    private final String topic;
    private final int batchSize;
    private final KafkaProducer<String, ArticleEvent> producer;

    /**
     * @param settings bootstrap.servers, schema.registry.url and any other producer keys (passed through)
     */
    public BackfillPublisher(Map<String, Object> settings, String topic, String transactionalId, int batchSize) {
        this.bootstrap = settings.get(CommonConfig.BOOTSTRAP_SERVERS).toString();
        this.topic = topic;
        this.batchSize = batchSize;
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        SpecificAvroSerde<ArticleEvent> serde = SpecificAvroSerde.forClass(ArticleEvent.class,
                Map.of(CommonConfig.SCHEMA_REGISTRY_URL, settings.get(CommonConfig.SCHEMA_REGISTRY_URL).toString()), false);
        producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer());
        // Fences an older instance with the same transactional id and aborts its open transaction, if any.
        producer.initTransactions();
    }

    /** Ids of the articles the topic holds in committed transactions (read after {@code initTransactions}). */
    public Set<String> alreadyPublished() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(60))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    ids.add(r.key());
                }
            }
        }
        return ids;
    }

    /**
     * Sends the articles in order, {@code batchSize} per transaction; stops between transactions when {@code stop}
     * says so. Returns how many were committed.
     */
    public long publish(List<ArticleEvent> articles, LongConsumer committed, BooleanSupplier stop) {
        long done = publish(articles.iterator(), Set.of(), committed, stop);
        LOG.info("Published {} of {} articles to {}", done, articles.size(), topic);
        return done;
    }

    /**
     * Sends the articles of {@code articles} whose id is not in {@code skip}, in order, {@code batchSize} per
     * transaction, without holding more than one batch; stops between transactions when {@code stop} says so.
     * Returns how many were committed.
     */
    public long publish(Iterator<ArticleEvent> articles, Set<String> skip, LongConsumer committed, BooleanSupplier stop) {
        long done = 0;
        List<ArticleEvent> batch = new ArrayList<>(batchSize);
        while (!stop.getAsBoolean()) {
            batch.clear();
            while (batch.size() < batchSize && articles.hasNext()) {
                ArticleEvent a = articles.next();
                if (!skip.contains(a.getId())) {
                    batch.add(a);
                }
            }
            if (batch.isEmpty()) {
                break;
            }
            producer.beginTransaction();
            try {
                for (ArticleEvent a : batch) {
                    producer.send(new ProducerRecord<>(topic, a.getId(), a));
                }
                producer.commitTransaction();
            } catch (RuntimeException e) {
                abortQuietly();
                throw e;
            }
            done += batch.size();
            committed.accept(done);
        }
        return done;
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (RuntimeException e) {
            LOG.debug("Abort failed: {}", e.toString());
        }
    }

    /** For tests: sends the articles in a transaction that is never committed (what a crash mid-batch leaves). */
    void sendWithoutCommit(List<ArticleEvent> articles) {
        producer.beginTransaction();
        for (ArticleEvent a : articles) {
            producer.send(new ProducerRecord<>(topic, a.getId(), a));
        }
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
