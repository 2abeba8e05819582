package io.newspulse.registry.store;

import io.newspulse.registry.model.Errors;
import io.newspulse.registry.model.RegistryException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link SchemaStore} backed by a single-partition compacted Kafka topic. A reader thread consumes the topic
 * from the beginning into {@link RegistryState}; writes are produced (idempotent, acks=all) and only
 * acknowledged once the reader has applied them (read-your-write).
 */
public final class KafkaSchemaStore implements SchemaStore {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaStore.class);

    private final String topic;
    private final short replicationFactor;
    private final long timeoutMs;
    private final Map<String, Object> clientProps;
    private final TopicPartition partition;
    private final RegistryState state = new RegistryState();
    private final Object progress = new Object();

    private Admin admin;
    private KafkaProducer<byte[], byte[]> producer;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread reader;
    private volatile long position;
    private volatile boolean running;
    private volatile Throwable readerFailure;

    /**
     * @param clientProps Kafka client properties shared by admin, producer and consumer (at least bootstrap.servers)
     */
    public KafkaSchemaStore(Map<String, Object> clientProps, String topic, short replicationFactor, long timeoutMs) {
        this.clientProps = Map.copyOf(clientProps);
        this.topic = topic;
        this.replicationFactor = replicationFactor;
        this.timeoutMs = timeoutMs;
        this.partition = new TopicPartition(topic, 0);
    }

    @Override
    public void start() {
        admin = Admin.create(props(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "schema-registry-admin")));
        ensureTopic();
        producer = new KafkaProducer<>(props(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.CLIENT_ID_CONFIG, "schema-registry-producer")),
                new ByteArraySerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(props(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "schema-registry-reader")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        running = true;
        reader = new Thread(this::readLoop, "schema-registry-store-reader");
        reader.setDaemon(true);
        reader.start();
        catchUp();
        LOG.info("Schema store caught up with topic {} at offset {}", topic, position);
    }

    private Map<String, Object> props(Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(clientProps);
        p.putAll(extra);
        return p;
    }

    private void ensureTopic() {
        try {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeoutMs, TimeUnit.MILLISECONDS).get(topic);
            if (d.partitions().size() != 1) {
                throw new IllegalStateException("Store topic " + topic + " must have exactly 1 partition, found "
                        + d.partitions().size());
            }
            return;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw new IllegalStateException("Cannot describe store topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking store topic", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out describing store topic " + topic, e);
        }
        NewTopic newTopic = new NewTopic(topic, 1, replicationFactor)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            admin.createTopics(List.of(newTopic)).all().get(timeoutMs, TimeUnit.MILLISECONDS);
            LOG.info("Created store topic {}", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create store topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating store topic", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating store topic " + topic, e);
        }
    }

    private void readLoop() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    state.apply(r.key(), r.value());
                }
                long pos = consumer.position(partition);
                synchronized (progress) {
                    position = pos;
                    progress.notifyAll();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                readerFailure = e;
            }
        } catch (RuntimeException e) {
            LOG.error("Schema store reader stopped", e);
            readerFailure = e;
        } finally {
            synchronized (progress) {
                progress.notifyAll();
            }
        }
    }

    @Override
    public RegistryState state() {
        return state;
    }

    @Override
    public void write(byte[] key, byte[] value) {
        writeAll(List.of(new AbstractMap.SimpleImmutableEntry<>(key, value)));
    }

    /** Sends every record, then waits once for the last acknowledgement and once for the reader to apply it. */
    @Override
    public void writeAll(List<Map.Entry<byte[], byte[]>> records) {
        if (records.isEmpty()) {
            return;
        }
        RecordMetadata md;
        try {
            List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
            for (Map.Entry<byte[], byte[]> r : records) {
                sent.add(producer.send(new ProducerRecord<>(topic, 0, r.getKey(), r.getValue())));
            }
            md = null;
            for (Future<RecordMetadata> f : sent) { // idempotent producer: in order, so the last one is the end
                md = f.get(timeoutMs, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(500, Errors.STORE_ERROR, "Interrupted while writing to the store", e);
        } catch (ExecutionException e) {
            throw new RegistryException(500, Errors.STORE_ERROR, "Error while writing to the store", e.getCause());
        } catch (TimeoutException e) {
            throw new RegistryException(500, Errors.STORE_TIMEOUT, "Timed out writing to the store", e);
        }
        awaitPosition(md.offset() + 1);
    }

    @Override
    public void catchUp() {
        long end;
        try {
            end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                    .get(timeoutMs, TimeUnit.MILLISECONDS).offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(500, Errors.STORE_ERROR, "Interrupted while reading the store end", e);
        } catch (ExecutionException e) {
            throw new RegistryException(500, Errors.STORE_ERROR, "Cannot read the store end offset", e.getCause());
        } catch (TimeoutException e) {
            throw new RegistryException(500, Errors.STORE_TIMEOUT, "Timed out reading the store end offset", e);
        }
        awaitPosition(end);
    }

    private void awaitPosition(long offset) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        synchronized (progress) {
            while (position < offset) {
                if (readerFailure != null) {
                    throw new RegistryException(500, Errors.STORE_ERROR, "Store reader failed", readerFailure);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new RegistryException(500, Errors.STORE_TIMEOUT,
                            "Timed out waiting for the store to reach offset " + offset);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RegistryException(500, Errors.STORE_ERROR, "Interrupted while waiting for the store", e);
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (reader != null) {
            try {
                reader.join(timeoutMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (consumer != null) {
            consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
