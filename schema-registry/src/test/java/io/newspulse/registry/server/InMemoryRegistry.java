package io.newspulse.registry.server;

import io.newspulse.registry.store.InMemorySchemaStore;

import java.util.HashMap;
import java.util.Map;

/** A registry server over the in-memory store, on a free port (fast endpoint tests, no Kafka). */
public final class InMemoryRegistry {
    private InMemoryRegistry() {
    }

    public static SchemaRegistryServer start(Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put(SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, "unused:9092");
        props.put(SchemaRegistryConfig.LISTENERS, "http://127.0.0.1:0");
        props.putAll(extra);
        SchemaRegistryServer server = new SchemaRegistryServer(new SchemaRegistryConfig(props),
                new InMemorySchemaStore());
        server.start();
        return server;
    }
}
