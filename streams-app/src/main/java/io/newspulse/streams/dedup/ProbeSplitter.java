package io.newspulse.streams.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.utils.Utils;

/**
 * Groups an article's dedup keys by the partition of the index that owns each key (the same murmur2 rule the
 * producer uses for keyed records), so each partition receives one probe. The probe's record key is the first key
 * of its group, which therefore lands on exactly that partition.
 */
public final class ProbeSplitter {
    private final int partitions;

    public ProbeSplitter(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1");
        }
        this.partitions = partitions;
    }

    public List<DedupProbe> split(String articleId, long eventTimeMs, byte[] signature, List<String> keys) {
        Map<Integer, List<String>> byPartition = new LinkedHashMap<>();
        for (String key : keys) {
            byPartition.computeIfAbsent(partitionOf(key), p -> new ArrayList<>()).add(key);
        }
        List<DedupProbe> probes = new ArrayList<>(byPartition.size());
        byPartition.values().forEach(group -> probes.add(new DedupProbe(articleId, eventTimeMs, signature, List.copyOf(group))));
        return probes;
    }

    int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
