package io.newspulse.systemtests;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.newspulse.kafka.topics.TopicBootstrapper;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.registry.server.SchemaRegistryServer;
import io.newspulse.testsupport.EmbeddedCluster;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A test stack whose parts can fail one by one: an {@link EmbeddedCluster} (one combined node, or one controller
 * and three brokers with replication 3 and min.insync.replicas 2), the contract topics and a schema registry
 * that can be stopped and started again on the same port.
 */
final class ClusterStack implements AutoCloseable {
    private final EmbeddedCluster cluster;
    private final Topics topics;
    private final short replication;
    private SchemaRegistryServer registry;
    private int registryPort;

    private ClusterStack(EmbeddedCluster cluster, Topics topics, short replication) {
        this.cluster = cluster;
        this.topics = topics;
        this.replication = replication;
    }

    /** One combined node, replication 1. */
    static ClusterStack single() throws Exception {
        return start(EmbeddedCluster.combined(Map.of("message.max.bytes", String.valueOf(16 * 1024 * 1024))), (short) 1, Map.of());
    }

    /** One controller and three brokers; every topic replicated 3 times with min.insync.replicas=2. */
    static ClusterStack threeBrokers() throws Exception {
        return threeBrokers(Pipeline.PARTITIONS);
    }

    /** {@link #threeBrokers()} with {@code partitions} partitions per contract topic. */
    static ClusterStack threeBrokers(int partitions) throws Exception {
        return start(EmbeddedCluster.withBrokers(3, Map.of("min.insync.replicas", "2")), (short) 3, Map.of("min.insync.replicas", "2"), partitions);
    }

    private static ClusterStack start(EmbeddedCluster cluster, short replication, Map<String, String> topicConfigs) throws Exception {
        return start(cluster, replication, topicConfigs, Pipeline.PARTITIONS);
    }

    private static ClusterStack start(EmbeddedCluster cluster, short replication, Map<String, String> topicConfigs, int partitions) throws Exception {
        ClusterStack stack = new ClusterStack(cluster, new Topics("", partitions, replication, topicConfigs), replication);
        try {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
                new TopicBootstrapper(admin, 60_000).ensure(stack.topics.all());
            }
            stack.startRegistry();
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Starts the registry (on its first port again after a stop); it rebuilds its state from _schemas. */
    void startRegistry() {
        Map<String, Object> props = new HashMap<>();
        props.put(SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, cluster.bootstrapServers());
        props.put(SchemaRegistryConfig.LISTENERS, "http://127.0.0.1:" + registryPort);
        props.put(SchemaRegistryConfig.HOST_NAME, "127.0.0.1");
        props.put(SchemaRegistryConfig.KAFKASTORE_TOPIC, topics.schemas());
        props.put(SchemaRegistryConfig.KAFKASTORE_TOPIC_REPLICATION_FACTOR, replication);
        registry = new SchemaRegistryServer(new SchemaRegistryConfig(props));
        registry.start();
        registryPort = URI.create(registry.url()).getPort();
    }

    void stopRegistry() {
        if (registry != null) {
            registry.close();
            registry = null;
        }
    }

    String registryUrl() {
        return "http://127.0.0.1:" + registryPort;
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    EmbeddedCluster cluster() {
        return cluster;
    }

    Topics topics() {
        return topics;
    }

    short replication() {
        return replication;
    }

    @Override
    public void close() throws Exception {
        try {
            stopRegistry();
        } finally {
            cluster.close();
        }
    }
}
