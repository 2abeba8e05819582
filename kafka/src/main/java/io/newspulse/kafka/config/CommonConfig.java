package io.newspulse.kafka.config;

import io.newspulse.kafka.topics.Topics;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** Keys every newspulse app shares; each app's config class adds them to its own {@link ConfigDef}. */
public final class CommonConfig {
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String TOPIC_REPLICATION_FACTOR = "topic.replication.factor";
    public static final String DATA_DIR = "data.dir";

    private CommonConfig() {
    }

    public static ConfigDef define(ConfigDef def) {
        return def
                .define(BOOTSTRAP_SERVERS, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
                        "Kafka bootstrap servers, host:port[,host:port]. Flag --bootstrap.")
                .define(SCHEMA_REGISTRY_URL, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
                        "Confluent-compatible Schema Registry URL(s), ours or Confluent's. Flag --registry.")
                .define(TOPIC_PREFIX, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                        "Prefix for every topic name except _schemas (e.g. 'staging.').")
                .define(TOPIC_PARTITIONS, ConfigDef.Type.INT, 3, ConfigDef.Range.atLeast(1), ConfigDef.Importance.MEDIUM,
                        "Partitions of the topics the apps create.")
                .define(TOPIC_REPLICATION_FACTOR, ConfigDef.Type.SHORT, (short) 1, ConfigDef.Range.atLeast(1), ConfigDef.Importance.MEDIUM,
                        "Replication factor of the topics the apps create.")
                .define(DATA_DIR, ConfigDef.Type.STRING, ".newspulse", ConfigDef.Importance.MEDIUM,
                        "Directory for local state (Kafka logs, Streams state), relative to the working directory. Flag --data-dir.");
    }

    /** The topic names of a deployment configured by {@code config}. */
    public static Topics topics(AbstractConfig config) {
        return new Topics(config.getString(TOPIC_PREFIX), config.getInt(TOPIC_PARTITIONS), config.getShort(TOPIC_REPLICATION_FACTOR));
    }
}
