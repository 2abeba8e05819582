package io.newspulse.registry.it;

import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.registry.server.SchemaRegistryServer;

import java.util.HashMap;
import java.util.Map;

/** Starts registry servers on an embedded Kafka cluster. */
final class KafkaRegistries {
    private KafkaRegistries() {
    }

    static SchemaRegistryServer start(EmbeddedKafka kafka, String topic) {
        return start(kafka, topic, Map.of());
    }

    static SchemaRegistryServer start(EmbeddedKafka kafka, String topic, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(Map.of(
                SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                SchemaRegistryConfig.LISTENERS, "http://127.0.0.1:0",
                SchemaRegistryConfig.KAFKASTORE_TOPIC, topic,
                SchemaRegistryConfig.KAFKASTORE_TIMEOUT_MS, 20_000));
        props.putAll(extra);
        SchemaRegistryServer server = new SchemaRegistryServer(new SchemaRegistryConfig(props));
        server.start();
        return server;
    }
}
