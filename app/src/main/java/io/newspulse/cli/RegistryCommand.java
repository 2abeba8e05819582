package io.newspulse.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.config.ConfigLayers;
import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.registry.server.SchemaRegistryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newspulse registry}: the Confluent-compatible schema registry alone, on an existing Kafka. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Runs the Confluent-compatible schema registry against an existing Kafka (--bootstrap),",
            "storing schemas in the compacted _schemas topic. Prints 'READY registry=URL' once serving."})
public final class RegistryCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--registry-port", paramLabel = "P", description = "Port to listen on (default 8081; 0 = pick a free one).")
    int port = 8081;

    @Option(names = "--host", paramLabel = "HOST", description = "Host to listen on and advertise (default 127.0.0.1).")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws Exception {
        String bootstrap = connection.require(CommonConfig.BOOTSTRAP_SERVERS, "--bootstrap");
        Map<String, Object> props = new HashMap<>();
        // registry keys (kafkastore.*, basic.auth.user.info, ...) may come from --config or NEWSPULSE_* variables
        props.putAll(ConfigLayers.create().file(connection.configFile).env(System.getenv()).toMap());
        props.put(SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, bootstrap);
        props.put(SchemaRegistryConfig.LISTENERS, "http://" + host + ":" + port);
        props.put(SchemaRegistryConfig.HOST_NAME, host);
        Shutdown shutdown = Shutdown.onSignal();
        try (SchemaRegistryServer server = new SchemaRegistryServer(new SchemaRegistryConfig(props))) {
            server.start();
            System.out.println("READY registry=" + server.url());
            System.out.flush();
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
