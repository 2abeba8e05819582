package io.newspulse.stack;

import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** Typed, documented configuration of the embedded stack ({@code stack}, {@code demo}). */
public final class StackConfig extends AbstractConfig {
    public static final String HOST = "stack.host";
    public static final String KAFKA_PORT = "stack.kafka.port";
    public static final String REGISTRY_PORT = "stack.registry.port";
    public static final String BROKER_PREFIX = "stack.broker.";

    public static final ConfigDef DEF = new ConfigDef()
            .define(HOST, ConfigDef.Type.STRING, "127.0.0.1", ConfigDef.Importance.MEDIUM,
                    "Host name the embedded broker and registry listen on and advertise.")
            .define(KAFKA_PORT, ConfigDef.Type.INT, 9092, ConfigDef.Range.between(0, 65535), ConfigDef.Importance.HIGH,
                    "Client port of the embedded broker; 0 picks a free one. Flag --kafka-port.")
            .define(REGISTRY_PORT, ConfigDef.Type.INT, 8081, ConfigDef.Range.between(0, 65535), ConfigDef.Importance.HIGH,
                    "Port of the embedded schema registry; 0 picks a free one. Flag --registry-port.")
            .define(CommonConfig.TOPIC_PREFIX, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                    "Prefix for every topic name except _schemas.")
            .define(CommonConfig.TOPIC_PARTITIONS, ConfigDef.Type.INT, 3, ConfigDef.Range.atLeast(1), ConfigDef.Importance.MEDIUM,
                    "Partitions of the topics the stack creates.")
            .define(CommonConfig.TOPIC_REPLICATION_FACTOR, ConfigDef.Type.SHORT, (short) 1, ConfigDef.Range.atLeast(1), ConfigDef.Importance.LOW,
                    "Replication factor of the topics (1 on the single embedded broker).")
            .define(CommonConfig.DATA_DIR, ConfigDef.Type.STRING, ".newspulse", ConfigDef.Importance.HIGH,
                    "Directory holding the Kafka log and local state; reused on restart. Flag --data-dir.");

    public StackConfig(Map<?, ?> originals) {
        super(DEF, originals, false);
    }

    /** Broker configs given as {@code stack.broker.<kafka key>} (e.g. stack.broker.log.retention.hours). */
    public Map<String, String> brokerOverrides() {
        Map<String, String> result = new java.util.HashMap<>();
        originalsWithPrefix(BROKER_PREFIX).forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }
}
