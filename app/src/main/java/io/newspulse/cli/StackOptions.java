package io.newspulse.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.config.ConfigLayers;
import io.newspulse.stack.StackConfig;
import picocli.CommandLine.Option;

/** Options of the commands that start an embedded stack ({@code stack}, {@code demo}). */
final class StackOptions {
    @Option(names = "--kafka-port", paramLabel = "P", description = "Kafka client port (default 9092; 0 = pick a free one).")
    Integer kafkaPort;

    @Option(names = "--registry-port", paramLabel = "P", description = "Schema registry port (default 8081; 0 = pick a free one).")
    Integer registryPort;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Kafka log and local state; reused on restart (default .newspulse).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (stack.*, topic.*, and Kafka/Streams keys).")
    Path configFile;

    /** File, then NEWSPULSE_* environment, then flags. */
    Map<String, Object> merged() {
        Map<String, Object> flags = new HashMap<>();
        flags.put(StackConfig.KAFKA_PORT, kafkaPort);
        flags.put(StackConfig.REGISTRY_PORT, registryPort);
        flags.put(CommonConfig.DATA_DIR, dataDir == null ? null : dataDir.toString());
        return ConfigLayers.create().file(configFile).env(System.getenv()).values(flags).toMap();
    }

    StackConfig stackConfig() {
        return new StackConfig(merged());
    }
}
