package io.newspulse.history;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.newspulse.core.topics.GroupLag;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a Kafka Streams application has processed everything: every partition of its source topics (the given
 * input topics and its own repartition topics) has a committed offset and no lag, twice in a row. Under exactly-once
 * the outputs of a record are committed with its offset, so a drained group's output topics are complete.
 */
public final class Drain {
    private static final long POLL_MS = 250;

    private Drain() {
    }

    /**
     * @param lag  called with the lag per partition on every poll (for a progress bar)
     * @param stop asked on every poll; when true the wait ends early
     * @return true when drained, false when stopped
     */
    public static boolean await(Admin admin, String groupId, Collection<String> inputTopics, Consumer<Map<TopicPartition, Long>> lag, BooleanSupplier stop)
            throws InterruptedException {
        int quiet = 0;
        while (!stop.getAsBoolean()) {
            Set<String> sources = sourceTopics(admin, groupId, inputTopics);
            Map<TopicPartition, Long> perPartition = GroupLag.perPartition(admin, groupId, Duration.ofSeconds(30));
            long total = perPartition.values().stream().mapToLong(Long::longValue).sum();
            boolean allCommitted = partitionsOf(admin, sources).stream().allMatch(perPartition::containsKey);
            lag.accept(perPartition);
            quiet = total == 0 && allCommitted ? quiet + 1 : 0;
            if (quiet >= 2) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
        return false;
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
