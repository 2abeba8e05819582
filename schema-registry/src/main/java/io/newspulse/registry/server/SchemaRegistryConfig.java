package io.newspulse.registry.server;

import io.newspulse.registry.model.CompatibilityLevel;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

import java.util.HashMap;
import java.util.Map;

/** Configuration of {@link SchemaRegistryServer}; key names follow Confluent's Schema Registry. */
public final class SchemaRegistryConfig extends AbstractConfig {
    public static final String KAFKASTORE_BOOTSTRAP_SERVERS = "kafkastore.bootstrap.servers";
    public static final String LISTENERS = "listeners";
    public static final String HOST_NAME = "host.name";
    public static final String KAFKASTORE_TOPIC = "kafkastore.topic";
    public static final String KAFKASTORE_TOPIC_REPLICATION_FACTOR = "kafkastore.topic.replication.factor";
    public static final String SCHEMA_COMPATIBILITY_LEVEL = "schema.compatibility.level";
    public static final String MAX_REQUEST_BYTES = "max.request.bytes";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String KAFKASTORE_TIMEOUT_MS = "kafkastore.timeout.ms";
    public static final String HTTP_THREADS = "http.threads";
    public static final String LEADER_ELECTION_ENABLED = "leader.election.enabled";
    public static final String GROUP_ID = "schema.registry.group.id";
    public static final String LEADER_ELIGIBILITY = "leader.eligibility";
    /** Prefix for extra Kafka client properties of the store (e.g. {@code kafkastore.security.protocol}). */
    public static final String KAFKASTORE_CLIENT_PREFIX = "kafkastore.";

    private static final ConfigDef DEF = new ConfigDef()
            .define(KAFKASTORE_BOOTSTRAP_SERVERS, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    "Kafka bootstrap servers (host:port list) of the cluster holding the store topic.")
            .define(LISTENERS, Type.STRING, "http://0.0.0.0:8081", Importance.HIGH,
                    "HTTP listener, e.g. http://0.0.0.0:8081; port 0 picks a free port.")
            .define(HOST_NAME, Type.STRING, "", Importance.MEDIUM,
                    "Host name advertised in url() and to the other instances (followers forward writes to the "
                            + "leader's); defaults to the listener host (127.0.0.1 for 0.0.0.0).")
            .define(KAFKASTORE_TOPIC, Type.STRING, "_schemas", Importance.HIGH,
                    "Compacted single-partition topic storing schemas, config and mode.")
            .define(KAFKASTORE_TOPIC_REPLICATION_FACTOR, Type.SHORT, (short) 1, ConfigDef.Range.atLeast(1),
                    Importance.MEDIUM, "Replication factor used when the store topic is created.")
            .define(SCHEMA_COMPATIBILITY_LEVEL, Type.STRING, "BACKWARD", Importance.HIGH,
                    "Default compatibility level: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, "
                            + "FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE.")
            .define(MAX_REQUEST_BYTES, Type.INT, 1_048_576, ConfigDef.Range.atLeast(1024), Importance.LOW,
                    "Largest accepted request body; bigger requests get 413.")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM,
                    "Optional user:password; when set every request needs HTTP basic authentication.")
            .define(KAFKASTORE_TIMEOUT_MS, Type.INT, 30_000, ConfigDef.Range.atLeast(100), Importance.MEDIUM,
                    "How long store operations (startup catch-up, writes, a write waiting for a leader) may take before "
                            + "failing.")
            .define(HTTP_THREADS, Type.INT, 8, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Size of the HTTP worker thread pool.")
            .define(LEADER_ELECTION_ENABLED, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Elect one writer among the instances sharing the store topic (a Kafka consumer group; the leader "
                            + "writes through a fenced transactional producer, followers forward writes to it). false: "
                            + "this instance writes directly (run only one instance then).")
            .define(GROUP_ID, Type.STRING, "", Importance.MEDIUM,
                    "Consumer group of the leader election; empty means newspulse-registry-<kafkastore.topic>. The "
                            + "leader's transactional.id is <group>-writer.")
            .define(LEADER_ELIGIBILITY, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Whether this instance may be elected leader; a non-eligible one always forwards writes.");

    public SchemaRegistryConfig(Map<?, ?> props) {
        super(DEF, props);
        compatibilityLevel();
    }

    /** The config definition (documentation generators may render it). */
    public static ConfigDef configDef() {
        return DEF;
    }

    public CompatibilityLevel compatibilityLevel() {
        try {
            return CompatibilityLevel.parse(getString(SCHEMA_COMPATIBILITY_LEVEL));
        } catch (RuntimeException e) {
            throw new ConfigException(SCHEMA_COMPATIBILITY_LEVEL, getString(SCHEMA_COMPATIBILITY_LEVEL),
                    "unknown compatibility level");
        }
    }

    /** The election's consumer group: {@code schema.registry.group.id}, else one derived from the store topic. */
    public String groupId() {
        String group = getString(GROUP_ID);
        return group == null || group.isBlank() ? "newspulse-registry-" + getString(KAFKASTORE_TOPIC) : group.trim();
    }

    /** Kafka client properties for the store: bootstrap servers plus any other {@code kafkastore.*} client key. */
    public Map<String, Object> storeClientProperties() {
        Map<String, Object> p = new HashMap<>();
        for (Map.Entry<String, Object> e : originalsWithPrefix(KAFKASTORE_CLIENT_PREFIX).entrySet()) {
            String k = e.getKey();
            if (!k.equals("topic") && !k.startsWith("topic.") && !k.equals("timeout.ms")) {
                p.put(k, e.getValue());
            }
        }
        p.put("bootstrap.servers", getString(KAFKASTORE_BOOTSTRAP_SERVERS));
        return p;
    }
}
