package io.newspulse.registry.it;

import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.registry.server.SchemaRegistryServer;

import java.util.Map;

/** Starts registry servers on an embedded Kafka cluster. */
final class KafkaRegistries {
    private KafkaRegistries() {
    }

    static SchemaRegistryServer start(EmbeddedKafka kafka, String topic) {
        SchemaRegistryServer server = new SchemaRegistryServer(new SchemaRegistryConfig(Map.of(
                SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                SchemaRegistryConfig.LISTENERS, "http://127.0.0.1:0",
                SchemaRegistryConfig.KAFKASTORE_TOPIC, topic,
                SchemaRegistryConfig.KAFKASTORE_TIMEOUT_MS, 20_000)));
        server.start();
        return server;
    }
}
