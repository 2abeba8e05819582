package io.newspulse.kafka.topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group (e.g. a Kafka Streams application id) is behind the committed end of the topics it
 * has committed offsets for: the sum over partitions of {@code last stable offset - committed offset}.
 *
 * <p>A lag of 0 is not yet "settled": a transaction still open on a partition (a producer killed mid-transaction
 * leaves one open until the broker aborts it after {@code transaction.timeout.ms}) holds the last stable offset
 * back, and the records written after it, committed or not, are invisible to a read-committed consumer until then
 * ({@link #pendingTransactions}).
 */
public final class GroupLag {
    private GroupLag() {
    }

    /** Lag per partition; partitions with no committed offset are not listed. */
    public static Map<TopicPartition, Long> perPartition(String bootstrap, String groupId, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return perPartition(admin, groupId, timeout);
        }
    }

    /** As {@link #perPartition(String, String, Duration)}, with an admin client the caller owns (for polling loops). */
    public static Map<TopicPartition, Long> perPartition(Admin admin, String groupId, Duration timeout) {
        return read(groupId, "lag", () -> {
            Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, groupId, timeout);
            Map<TopicPartition, Long> ends = ends(admin, committed.keySet(), IsolationLevel.READ_COMMITTED, timeout);
            Map<TopicPartition, Long> lag = new HashMap<>();
            committed.forEach((tp, om) -> lag.put(tp, Math.max(0, ends.get(tp) - (om == null ? 0 : om.offset()))));
            return lag;
        });
    }

    /**
     * The partitions the group has committed offsets for whose last stable offset is behind their end (high
     * watermark): an open transaction holds records there that the group cannot read yet; with how many offsets it holds.
     */
    public static Map<TopicPartition, Long> pendingTransactions(String bootstrap, String groupId, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return read(groupId, "open transactions", () -> {
                Set<TopicPartition> partitions = committed(admin, groupId, timeout).keySet();
                Map<TopicPartition, Long> stable = ends(admin, partitions, IsolationLevel.READ_COMMITTED, timeout);
                Map<TopicPartition, Long> pending = new HashMap<>();
                ends(admin, partitions, IsolationLevel.READ_UNCOMMITTED, timeout).forEach((tp, end) -> {
                    if (end > stable.get(tp)) {
                        pending.put(tp, end - stable.get(tp));
                    }
                });
                return pending;
            });
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String groupId, Duration timeout) throws Exception {
        return admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The end offsets of {@code partitions} as a consumer of {@code isolation} sees them. */
    private static Map<TopicPartition, Long> ends(Admin admin, Set<TopicPartition> partitions, IsolationLevel isolation,
                                                  Duration timeout) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(isolation)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** An admin read whose failure says what of which group could not be read. */
    private static <T> T read(String groupId, String what, java.util.concurrent.Callable<T> read) {
        try {
            return read.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the " + what + " of group " + groupId + ": " + e.getMessage(), e);
        }
    }

    /** Total lag over every partition whose topic name contains {@code topicPart} (any when null). */
    public static long total(String bootstrap, String groupId, String topicPart) {
        return perPartition(bootstrap, groupId, Duration.ofSeconds(30)).entrySet().stream()
                .filter(e -> topicPart == null || e.getKey().topic().contains(topicPart))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Number of distinct topics the group has committed offsets for. */
    public static long topics(String bootstrap, String groupId) {
        return perPartition(bootstrap, groupId, Duration.ofSeconds(30)).keySet().stream().map(TopicPartition::topic).distinct().count();
    }
}
