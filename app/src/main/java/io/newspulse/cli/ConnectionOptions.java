package io.newspulse.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.config.ConfigLayers;
import io.newspulse.stack.LocalStack;
import picocli.CommandLine.Option;

/**
 * The connection options every Kafka-facing command shares ({@code --bootstrap}, {@code --registry},
 * {@code --config}, {@code --data-dir}). Precedence, lowest first: a running local stack's endpoints
 * (from {@code <data-dir>/stack.properties}), the config file, {@code NEWSPULSE_*} environment, flags.
 */
public final class ConnectionOptions {
    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers (default: the local stack running on --data-dir).")
    String bootstrap;

    @Option(names = "--registry", paramLabel = "URL", description = "Confluent-compatible Schema Registry URL, ours or Confluent's (default: the local stack's).")
    String registry;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file; Kafka and Streams keys pass through.")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Local state directory (default .newspulse).")
    Path dataDir;

    /** Only the flags that were given, as {@link CommonConfig} keys. */
    public Map<String, Object> overrides() {
        Map<String, Object> flags = new LinkedHashMap<>();
        if (bootstrap != null) {
            flags.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrap);
        }
        if (registry != null) {
            flags.put(CommonConfig.SCHEMA_REGISTRY_URL, registry);
        }
        if (dataDir != null) {
            flags.put(CommonConfig.DATA_DIR, dataDir.toString());
        }
        return flags;
    }

    /** Every layer merged: stack endpoints, file, environment, flags. */
    public Map<String, Object> merged() {
        Map<String, Object> fromFileAndEnv = ConfigLayers.create().file(configFile).env(System.getenv()).toMap();
        Object dir = dataDir != null ? dataDir.toString() : fromFileAndEnv.getOrDefault(CommonConfig.DATA_DIR, ".newspulse");
        Map<String, Object> stack = new HashMap<>(LocalStack.runningEndpoints(Paths.get(dir.toString())));
        return ConfigLayers.create().values(stack).file(configFile).env(System.getenv()).values(overrides()).toMap();
    }

    /** The merged value of one key, or a usage error naming the flag that sets it. */
    public String require(String key, String flag) {
        Object value = merged().get(key);
        if (value == null || value.toString().isBlank()) {
            throw new UsageException("no " + key + " given: pass " + flag + " or start './newspulse stack' first");
        }
        return value.toString();
    }
}
