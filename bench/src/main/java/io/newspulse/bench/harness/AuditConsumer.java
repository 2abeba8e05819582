package io.newspulse.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A background read_committed consumer over whole topics (every partition from the start, no group) that hands
 * each poll's records, with the wall-clock time the poll returned, to {@link #onRecords}: it sees output exactly
 * when a downstream consumer of the exactly-once pipeline could.
 */
public abstract class AuditConsumer implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile long lastProgressNanos = System.nanoTime();

    protected AuditConsumer(String bootstrap, Collection<String> topics, String name) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-audit-" + name),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo p : partitionsOf(topic)) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::loop, "bench-audit-" + name);
        thread.setDaemon(true);
    }

    /** Partitions of a topic just created: metadata may need a moment to list them. */
    private List<PartitionInfo> partitionsOf(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (!found.isEmpty()) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topic " + topic + " has no partitions");
            }
            LockSupport.parkNanos(100_000_000);
        }
    }

    /** Starts polling. */
    public AuditConsumer start() {
        thread.start();
        return this;
    }

    /** Handles one poll's records; {@code nowMs} is the wall-clock time the poll returned. */
    protected abstract void onRecords(ConsumerRecords<byte[], byte[]> records, long nowMs);

    /** Subclasses call this when a record brought something new. */
    protected final void progressed() {
        lastProgressNanos = System.nanoTime();
    }

    /**
     * Waits until {@code done} holds, or nothing new arrived for {@code stall}; true when done.
     * Throws when the consumer thread failed.
     */
    public boolean await(BooleanSupplier done, Duration stall) {
        while (!done.getAsBoolean()) {
            if (failure != null) {
                throw new IllegalStateException("audit consumer failed: " + failure, failure);
            }
            if (System.nanoTime() - lastProgressNanos > stall.toNanos()) {
                return done.getAsBoolean();
            }
            LockSupport.parkNanos(2_000_000);
        }
        return true;
    }

    /** Marks "now" as progress (call before a phase starts, so the stall clock starts then). */
    public void resetStallClock() {
        progressed();
    }

    private void loop() {
        try {
            while (running.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(50));
                if (!records.isEmpty()) {
                    onRecords(records, System.currentTimeMillis());
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (Throwable t) {
            failure = t;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
