package io.newspulse.kafka.topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            committed.keySet().forEach(tp -> request.put(tp, OffsetSpec.latest()));
            var ends = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> lag = new HashMap<>();
            committed.forEach((tp, om) -> {
                long end = ends.get(tp).offset();
                lag.put(tp, Math.max(0, end - (om == null ? 0 : om.offset())));
            });
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the lag of group " + groupId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The partitions the group has committed offsets for whose last stable offset is behind their end (high
     * watermark): an open transaction holds records there that the group cannot read yet; with how many offsets it holds.
     */
    public static Map<TopicPartition, Long> pendingTransactions(String bootstrap, String groupId, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .keySet().forEach(tp -> request.put(tp, OffsetSpec.latest()));
            var stable = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            var end = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> pending = new HashMap<>();
            end.forEach((tp, info) -> {
                long held = info.offset() - stable.get(tp).offset();
                if (held > 0) {
                    pending.put(tp, held);
                }
            });
            return pending;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the open transactions of group " + groupId + ": " + e.getMessage(), e);
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
