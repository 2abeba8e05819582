package io.newspulse.kafka.topics;

import java.util.Map;
import java.util.Objects;

/**
 * What a topic must look like: name, partitions, replication factor and topic-level configs
 * (cleanup policy, retention, ...). Used by the bootstrapper to create topics idempotently.
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs, String description) {
    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions must be >= 1, got " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("topic " + name + ": replication factor must be >= 1, got " + replicationFactor);
        }
        configs = Map.copyOf(configs);
    }

    public boolean compacted() {
        return configs.getOrDefault("cleanup.policy", "delete").contains("compact");
    }
}
