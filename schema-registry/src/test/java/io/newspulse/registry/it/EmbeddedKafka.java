package io.newspulse.registry.it;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension running one combined KRaft node for a test class. Register it as a static
 * {@code @RegisterExtension} field; {@link KafkaClusterTestKit#close()} is not idempotent, so it is closed once here.
 */
public final class EmbeddedKafka implements BeforeAllCallback, AfterAllCallback {
    private KafkaClusterTestKit cluster;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                .build();
        cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        KafkaClusterTestKit c = cluster;
        cluster = null;
        if (c != null) {
            c.close();
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }
}
