package io.newspulse.history;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.newspulse.kafka.topics.GroupLag;
import java.util.HashMap;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until a Kafka Streams application has processed everything: every partition of its source topics (the given
 * input topics and its own repartition topics) has no lag, twice in a row. A partition the group has no committed
 * offset for is drained only when it holds no committed record at all: Kafka Streams commits a partition's offset
 * only after processing a record of it, so a partition that only ever received aborted transactions (a task that
 * was closed dirty and re-created, as on a resumed replay) or nothing has no offset and never will. Under
 * exactly-once the outputs of a record are committed with its offset, so a drained group's output topics are
 * complete.
 */
public final class Drain {
    private static final Logger LOG = LoggerFactory.getLogger(Drain.class);
    private static final long POLL_MS = 250;

    private Drain() {
    }

    /**
     * @param lag  called with the lag per partition on every poll (for a progress bar)
     * @param stop asked on every poll; when true the wait ends early
     * @return true when drained, false when stopped
     */
    public static boolean await(Admin admin, String bootstrap, String groupId, Collection<String> inputTopics,
                                Consumer<Map<TopicPartition, Long>> lag, BooleanSupplier stop) throws InterruptedException {
        int quiet = 0;
        Map<TopicPartition, Long> emptyUpTo = new HashMap<>(); // partition -> committed end seen to hold no record
        long lastReport = System.nanoTime();
        while (!stop.getAsBoolean()) {
            Set<String> sources = sourceTopics(admin, groupId, inputTopics);
            Map<TopicPartition, Long> perPartition = GroupLag.perPartition(admin, groupId, Duration.ofSeconds(30));
            long total = perPartition.values().stream().mapToLong(Long::longValue).sum();
            Set<TopicPartition> uncommitted = new HashSet<>(partitionsOf(admin, sources));
            uncommitted.removeAll(perPartition.keySet());
            List<TopicPartition> holding = holdingRecords(admin, bootstrap, uncommitted, emptyUpTo);
            lag.accept(perPartition);
            quiet = total == 0 && holding.isEmpty() ? quiet + 1 : 0;
            if (quiet >= 2) {
                return true;
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
                lastReport = System.nanoTime();
                LOG.info("Waiting for group {}: lag {}, uncommitted partitions with records {}", groupId, total, holding);
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
        return false;
    }

    /**
     * The partitions of {@code uncommitted} that hold a committed record (read_committed, from the start); a
     * partition read up to its end before without a record is not read again until its end moves.
     */
    private static List<TopicPartition> holdingRecords(Admin admin, String bootstrap, Set<TopicPartition> uncommitted,
                                                       Map<TopicPartition, Long> emptyUpTo) {
        if (uncommitted.isEmpty()) {
            return List.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        uncommitted.forEach(tp -> request.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        try {
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(30, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot list offsets of " + uncommitted + ": " + e.getMessage(), e);
        }
        List<TopicPartition> toRead = uncommitted.stream()
                .filter(tp -> ends.get(tp) > 0 && !ends.get(tp).equals(emptyUpTo.get(tp))).toList();
        if (toRead.isEmpty()) {
            return List.of();
        }
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<TopicPartition> holding = new java.util.ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(toRead);
            consumer.seekToBeginning(toRead);
            Set<TopicPartition> open = new HashSet<>(toRead);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (open.remove(tp)) {
                        holding.add(tp);
                    }
                }
                open.removeIf(tp -> {
                    if (consumer.position(tp) >= ends.get(tp)) {
                        emptyUpTo.put(tp, ends.get(tp));
                        return true;
                    }
                    return false;
                });
            }
            holding.addAll(open); // not read to the end in time: count as holding, look again on the next poll
        }
        return holding;
    }

    private static Set<String> sourceTopics(Admin admin, String groupId, Collection<String> inputTopics) {
        Set<String> topics = new HashSet<>(inputTopics);
        try {
            for (String name : admin.listTopics().names().get(30, TimeUnit.SECONDS)) {
                if (name.startsWith(groupId + "-") && name.endsWith("-repartition")) {
                    topics.add(name);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics: " + e.getMessage(), e);
        }
        return topics;
    }

    private static Set<TopicPartition> partitionsOf(Admin admin, Set<String> topics) {
        try {
            Set<TopicPartition> all = new HashSet<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS)
                    .forEach((name, d) -> d.partitions().forEach(p -> all.add(new TopicPartition(name, p.partition()))));
            return all;
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe " + topics + ": " + e.getMessage(), e);
        }
    }
}
