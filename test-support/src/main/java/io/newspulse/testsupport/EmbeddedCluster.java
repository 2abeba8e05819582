package io.newspulse.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * An in-process KRaft cluster for tests, built on Kafka's {@link KafkaClusterTestKit}: either one combined
 * broker+controller node or one controller with several brokers. Single brokers can be stopped and started
 * again for fail-over tests. {@link #close()} may be called any number of times (the test kit's own close may not).
 */
public final class EmbeddedCluster implements AutoCloseable {
    private KafkaClusterTestKit kit;

    private EmbeddedCluster(KafkaClusterTestKit kit) {
        this.kit = kit;
    }

    /** One combined node; internal topics with replication factor 1. */
    public static EmbeddedCluster combined(Map<String, String> brokerConfig) throws Exception {
        Map<String, String> props = new HashMap<>();
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.putAll(brokerConfig);
        return start(true, 1, 1, props);
    }

    /**
     * One dedicated controller and {@code brokers} brokers; internal topics replicated on 3 brokers
     * (min ISR 2) when there are at least three.
     */
    public static EmbeddedCluster withBrokers(int brokers, Map<String, String> brokerConfig) throws Exception {
        Map<String, String> props = new HashMap<>();
        String rf = Integer.toString(Math.min(3, brokers));
        String minIsr = brokers >= 3 ? "2" : "1";
        props.put("offsets.topic.replication.factor", rf);
        props.put("transaction.state.log.replication.factor", rf);
        props.put("transaction.state.log.min.isr", minIsr);
        props.put("default.replication.factor", rf);
        props.putAll(brokerConfig);
        return start(false, 1, brokers, props);
    }

    private static EmbeddedCluster start(boolean combined, int controllers, int brokers, Map<String, String> props) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(combined)
                .setNumControllerNodes(controllers)
                .setNumBrokerNodes(brokers)
                .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                .build();
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
        props.forEach(builder::setConfigProp);
        KafkaClusterTestKit kit = builder.build();
        EmbeddedCluster cluster = new EmbeddedCluster(kit);
        try {
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Bootstrap servers of every broker that is up when called. */
    public String bootstrapServers() {
        return running().bootstrapServers();
    }

    /** Ids of the broker nodes, sorted. */
    public Set<Integer> brokerIds() {
        return new TreeSet<>(running().brokers().keySet());
    }

    /** Stops one broker (controlled shutdown) and waits until it is down. */
    public void stopBroker(int id) {
        BrokerServer broker = broker(id);
        broker.shutdown();
        broker.awaitShutdown();
    }

    /** Starts a stopped broker again on its own log directories. */
    public void startBroker(int id) {
        running().restartBroker(id, Map.of());
    }

    /** True while the broker has not been stopped. */
    public boolean isBrokerUp(int id) {
        return !broker(id).isShutdown();
    }

    private BrokerServer broker(int id) {
        BrokerServer broker = running().brokers().get(id);
        if (broker == null) {
            throw new IllegalArgumentException("no broker " + id + " (brokers: " + brokerIds() + ")");
        }
        return broker;
    }

    private KafkaClusterTestKit running() {
        KafkaClusterTestKit k = kit;
        if (k == null) {
            throw new IllegalStateException("cluster closed");
        }
        return k;
    }

    @Override
    public synchronized void close() throws Exception {
        KafkaClusterTestKit k = kit;
        kit = null;
        if (k != null) {
            k.close();
        }
    }
}
