package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newspulse.kafka.config.ConfigLayers;
import io.newspulse.streams.config.StreamsAppConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docker-compose.yml stays in step with the apps: services, ports, commands, flags and config keys. */
class DockerComposeTest {
    private static JsonNode services;

    @BeforeAll
    static void parse() throws IOException {
        Path compose = Path.of("..", "docker-compose.yml");
        services = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(compose)).get("services");
    }

    @Test
    void shouldDefineThePipelineServices() {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("kafka", "schema-registry", "stream", "generate", "prometheus", "grafana");
        assertThat(services.get("schema-registry").get("image").asText()).startsWith("confluentinc/cp-schema-registry:");
        assertThat(ports("kafka")).contains("9092:9092");
        assertThat(ports("schema-registry")).contains("8081:8081");
        assertThat(ports("stream")).contains("8080:8080");
    }

    @Test
    void shouldPointTheAppsAtTheBrokerAndRegistryServicesTheComposeFileDefines() {
        String internalListener = services.get("kafka").get("environment").get("KAFKA_ADVERTISED_LISTENERS").asText();
        for (String app : List.of("stream", "generate")) {
            JsonNode env = services.get(app).get("environment");
            assertThat(internalListener).contains(env.get("NEWSPULSE_BOOTSTRAP_SERVERS").asText());
            assertThat(env.get("NEWSPULSE_SCHEMA_REGISTRY_URL").asText())
                    .isEqualTo("http://schema-registry:" + services.get("schema-registry").get("environment").get("SCHEMA_REGISTRY_LISTENERS").asText().replaceAll(".*:", ""));
        }
    }

    @Test
    void shouldOnlyUseConfigKeysTheStreamAppDefines() {
        JsonNode env = services.get("stream").get("environment");
        env.fieldNames().forEachRemaining(name -> {
            Map<String, Object> keys = ConfigLayers.create().env(Map.of(name, "x")).toMap();
            assertThat(StreamsAppConfig.DEF.names()).as(name).containsAll(keys.keySet());
        });
    }

    @Test
    void shouldRunCommandsAndFlagsTheLauncherHas() {
        CommandLine cli = Newspulse.commandLine();
        for (String app : List.of("stream", "generate")) {
            // the newspulse image's entrypoint is the launcher: the command is its arguments
            List<String> args = new ArrayList<>();
            services.get(app).get("command").forEach(n -> args.add(n.asText()));
            CommandLine sub = cli.getSubcommands().get(args.get(0));
            assertThat(sub).as(args.get(0)).isNotNull();
            for (String arg : args) {
                if (arg.startsWith("--")) {
                    assertThat(sub.getCommandSpec().findOption(arg)).as(app + " " + arg).isNotNull();
                }
            }
            assertThat(services.get(app).get("image").asText()).startsWith("newspulse:");
        }
    }

    @Test
    void shouldMountThePrometheusAndGrafanaProvisioningThatShipsWithTheRepo() {
        assertThat(Path.of("..", "deploy", "prometheus", "prometheus.yml")).exists();
        assertThat(Path.of("..", "deploy", "grafana", "provisioning")).isDirectory();
    }

    private static List<String> ports(String service) {
        List<String> result = new ArrayList<>();
        services.get(service).get("ports").forEach(p -> result.add(p.asText()));
        return result;
    }
}
