package io.newspulse.registry.store;

import io.newspulse.registry.model.Errors;
import io.newspulse.registry.model.NotLeaderException;
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
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
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
 * (read_committed) from the beginning into {@link RegistryState}; writes are produced (idempotent, acks=all) and only
 * acknowledged once the reader has applied them (read-your-write).
 * <p>
 * With a {@code transactionalId} (several instances, one elected leader) the store writes only between
 * {@link #acquireWriter()} and {@link #releaseWriter()}, each batch in one transaction of a producer with that fixed
 * id: a newer leader's {@code initTransactions} fences this one, whose late write then fails (and is aborted, so no
 * reader ever applies it) with {@link NotLeaderException} instead of handing out a duplicate id or version.
 * Without one, the producer is created at {@link #start()} and every write goes through (single writer).
 */
public final class KafkaSchemaStore implements SchemaStore {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaStore.class);

    private final String topic;
    private final short replicationFactor;
    private final long timeoutMs;
    private final Map<String, Object> clientProps;
    private final TopicPartition partition;
    private final String transactionalId;
    private final Object writing = new Object();
    private final RegistryState state = new RegistryState();
    private final Object progress = new Object();

    private Admin admin;
    /** The writer; null while this instance may not write (transactional mode, not the leader). Guarded by writing. */
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
        this(clientProps, topic, replicationFactor, timeoutMs, null);
    }

    /**
     * @param transactionalId fixed {@code transactional.id} shared by every instance that may lead (fencing), or null
     *                        for a store that always writes
     */
    public KafkaSchemaStore(Map<String, Object> clientProps, String topic, short replicationFactor, long timeoutMs,
                            String transactionalId) {
        this.clientProps = Map.copyOf(clientProps);
        this.topic = topic;
        this.replicationFactor = replicationFactor;
        this.timeoutMs = timeoutMs;
        this.partition = new TopicPartition(topic, 0);
        this.transactionalId = transactionalId;
    }

    @Override
    public void start() {
        admin = Admin.create(props(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "schema-registry-admin")));
        ensureTopic();
        if (transactionalId == null) {
            synchronized (writing) {
                producer = newProducer(Map.of());
            }
        }
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

    private KafkaProducer<byte[], byte[]> newProducer(Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.CLIENT_ID_CONFIG, "schema-registry-producer"));
        p.putAll(extra);
        return new KafkaProducer<>(props(p), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Takes the fenced writer: a producer with the fixed {@code transactional.id} whose {@code initTransactions}
     * fences every earlier one (and aborts its open transaction), then a catch-up to the topic's end so that the
     * ids and versions this leader hands out follow everything any earlier leader wrote.
     */
    @Override
    public void acquireWriter() {
        if (transactionalId != null) {
            synchronized (writing) {
                if (producer == null) {
                    KafkaProducer<byte[], byte[]> p = newProducer(Map.of(
                            ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                            ProducerConfig.CLIENT_ID_CONFIG, "schema-registry-writer"));
                    try {
                        p.initTransactions();
                    } catch (RuntimeException e) {
                        p.close(Duration.ZERO);
                        throw new RegistryException(500, Errors.STORE_ERROR,
                                "Cannot take the store's writer " + transactionalId, e);
                    }
                    producer = p;
                }
            }
        }
        catchUp();
    }

    @Override
    public void releaseWriter() {
        if (transactionalId != null) {
            synchronized (writing) {
                if (producer != null) {
                    producer.close(Duration.ofSeconds(5));
                    producer = null;
                }
            }
        }
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

    /**
     * Sends every record (in one transaction when fenced), then waits once for the last acknowledgement and once for
     * the reader to apply it.
     */
    @Override
    public void writeAll(List<Map.Entry<byte[], byte[]>> records) {
        if (records.isEmpty()) {
            return;
        }
        awaitPosition(send(records).offset() + 1);
    }

    private RecordMetadata send(List<Map.Entry<byte[], byte[]>> records) {
        synchronized (writing) {
            if (producer == null) {
                throw new NotLeaderException("This instance does not hold the store's writer (not the leader)", null);
            }
            boolean transactional = transactionalId != null;
            try {
                if (transactional) {
                    producer.beginTransaction();
                }
                List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
                for (Map.Entry<byte[], byte[]> r : records) {
                    sent.add(producer.send(new ProducerRecord<>(topic, 0, r.getKey(), r.getValue())));
                }
                if (transactional) {
                    producer.commitTransaction();
                }
                RecordMetadata md = null;
                for (Future<RecordMetadata> f : sent) { // idempotent producer: in order, so the last one is the end
                    md = f.get(timeoutMs, TimeUnit.MILLISECONDS);
                }
                return md;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(new RegistryException(500, Errors.STORE_ERROR, "Interrupted while writing to the store", e));
            } catch (ExecutionException e) {
                throw failed(new RegistryException(500, Errors.STORE_ERROR, "Error while writing to the store",
                        e.getCause()));
            } catch (TimeoutException e) {
                throw failed(new RegistryException(500, Errors.STORE_TIMEOUT, "Timed out writing to the store", e));
            } catch (KafkaException e) {
                throw failed(new RegistryException(500, Errors.STORE_ERROR, "Error while writing to the store", e));
            }
        }
    }

    /**
     * After a failed write (holding {@link #writing}): a fenced writer is dropped for good ({@link NotLeaderException});
     * another failed transaction is aborted so the next write can begin a new one.
     */
    private RegistryException failed(RegistryException error) {
        if (transactionalId == null) {
            return error;
        }
        if (fenced(error)) {
            LOG.warn("The store's writer was fenced by a newer leader; this instance stops writing");
            producer.close(Duration.ZERO);
            producer = null;
            return new NotLeaderException("This instance's writer was fenced by a newer leader", error.getCause());
        }
        try {
            producer.abortTransaction();
        } catch (KafkaException abortFailed) {
            LOG.warn("Cannot abort the failed store transaction; dropping the writer", abortFailed);
            producer.close(Duration.ZERO);
            producer = null;
        }
        return error;
    }

    private static boolean fenced(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProducerFencedException || t instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void catchUp() {
        awaitPosition(endOffset());
    }

    /**
     * The store topic's end offset. Retriable errors (a topic just created whose metadata has not reached the
     * broker yet, a leader moving) are retried until the store timeout: a registry started right after its
     * topic must not fail for that.
     */
    private long endOffset() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        long backoffMs = 20;
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                        .get(Math.max(1, left), TimeUnit.MILLISECONDS).offset();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException(500, Errors.STORE_ERROR, "Interrupted while reading the store end", e);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.RetriableException) || left <= backoffMs) {
                    throw new RegistryException(500, Errors.STORE_ERROR, "Cannot read the store end offset", e.getCause());
                }
                LOG.debug("Store end offset not readable yet, retrying: {}", e.getCause().toString());
            } catch (TimeoutException e) {
                throw new RegistryException(500, Errors.STORE_TIMEOUT, "Timed out reading the store end offset", e);
            }
            try {
                Thread.sleep(backoffMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException(500, Errors.STORE_ERROR, "Interrupted while reading the store end", e);
            }
            backoffMs = Math.min(backoffMs * 2, 500);
        }
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
        synchronized (writing) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
                producer = null;
            }
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
