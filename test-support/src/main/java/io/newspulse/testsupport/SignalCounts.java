package io.newspulse.testsupport;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.newspulse.avro.CompanySignal;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Per-window article counts read from {@code company.signals.final} (read_committed, from the beginning up to
 * the end offsets at the time of reading). A window emitted more than once keeps its last value and is listed
 * in {@link #reEmitted()}.
 */
public final class SignalCounts {
    private final Map<WindowKey, ArticleCounts> counts;
    private final Map<WindowKey, Integer> emissions;

    private SignalCounts(Map<WindowKey, ArticleCounts> counts, Map<WindowKey, Integer> emissions) {
        this.counts = counts;
        this.emissions = emissions;
    }

    /**
     * Reads the whole topic as it is now.
     *
     * @param signals deserializer of {@link CompanySignal} values (e.g. the app's Avro serde)
     */
    public static SignalCounts read(String bootstrap, String topic, Deserializer<CompanySignal> signals, Duration timeout) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        Map<WindowKey, ArticleCounts> counts = new TreeMap<>();
        Map<WindowKey, Integer> emissions = new TreeMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, CompanySignal> consumer = new KafkaConsumer<>(props, new StringDeserializer(), signals)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<String, CompanySignal> r : consumer.poll(Duration.ofMillis(200))) {
                    CompanySignal s = r.value();
                    WindowKey key = new WindowKey(s.getCompanyId(), s.getWindow(), s.getWindowStart().toEpochMilli());
                    counts.put(key, new ArticleCounts(s.getArticleCount(), s.getNovelArticles(), s.getRepeatedArticles()));
                    emissions.merge(key, 1, Integer::sum);
                }
            }
        }
        return new SignalCounts(counts, emissions);
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Last counts per window. */
    public Map<WindowKey, ArticleCounts> counts() {
        return counts;
    }

    /** Counts of the windows {@code keep} accepts. */
    public Map<WindowKey, ArticleCounts> counts(java.util.function.Predicate<WindowKey> keep) {
        return counts.entrySet().stream().filter(e -> keep.test(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, TreeMap::new));
    }

    /** Windows emitted more than once (a final window must be emitted exactly once). */
    public Set<WindowKey> reEmitted() {
        return emissions.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** True when every key of {@code expected} has been emitted. */
    public boolean containsAll(Set<WindowKey> expected) {
        return counts.keySet().containsAll(expected);
    }
}
