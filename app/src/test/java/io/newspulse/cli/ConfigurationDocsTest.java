package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.serde.AvroSerdeConfig;
import io.newspulse.stack.StackConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md is rendered from the apps' ConfigDefs, so it cannot drift from the code. After changing a
 * config, regenerate it with {@code ./mvnw -pl app test -Dtest=ConfigurationDocsTest -Dnewspulse.docs.write=true}.
 */
class ConfigurationDocsTest {
    private static final Path DOC = Path.of("..", "docs", "configuration.md");

    @Test
    void shouldMatchTheConfigDefinitionsOfEveryApp() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("newspulse.docs.write")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/configuration.md is stale; regenerate it (see this test's Javadoc)")
                .isEqualTo(rendered);
    }

    static String render() {
        Map<String, ConfigDef> apps = new LinkedHashMap<>();
        apps.put("stream (streams app)", StreamsAppConfig.DEF);
        apps.put("produce / generate (producer)", NewsProducerConfig.configDef());
        apps.put("stack / demo (embedded stack)", StackConfig.DEF);
        apps.put("registry (schema registry server)", SchemaRegistryConfig.configDef());
        apps.put("Avro serdes (any client)", AvroSerdeConfig.configDef());
        StringBuilder md = new StringBuilder();
        md.append("# Configuration\n\n")
          .append("Generated from the code by `ConfigurationDocsTest`; do not edit by hand.\n\n")
          .append("Every key can be set in a properties file (`--config FILE`), as an environment variable ")
          .append("(`NEWSPULSE_` + key upper-cased with `.` as `_`, e.g. `NEWSPULSE_BOOTSTRAP_SERVERS`) or by the flag named in ")
          .append("its description; flags win over the environment, which wins over the file. Keys not listed here ")
          .append("(any Kafka Streams, consumer or producer key) pass through to Kafka unchanged.\n");
        apps.forEach((name, def) -> {
            md.append("\n## ").append(name).append("\n\n| key | type | default | description |\n|---|---|---|---|\n");
            for (ConfigDef.ConfigKey key : new java.util.TreeMap<>(def.configKeys()).values()) {
                Object dflt = key.hasDefault() ? ConfigDef.convertToString(key.defaultValue, key.type) : "(required)";
                md.append("| `").append(key.name).append("` | ").append(key.type.name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                  .append(dflt == null ? "null" : "`" + dflt + "`").append(" | ")
                  .append(key.documentation == null ? "" : key.documentation.replace("|", "\\|").replace("\n", " ")).append(" |\n");
            }
        });
        return md.toString();
    }
}
