package io.newspulse.kafka.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLayersTest {
    @TempDir
    Path dir;

    @Test
    void shouldLetFlagsOverrideEnvironmentOverrideFile() throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "bootstrap.servers=file:1\ntopic.prefix=file.\ntopic.partitions=6\n");
        Map<String, Object> merged = ConfigLayers.create()
                .file(file)
                .env(Map.of("NEWSPULSE_BOOTSTRAP_SERVERS", "env:2", "NEWSPULSE_TOPIC_PREFIX", "env.", "PATH", "/bin"))
                .values(java.util.Collections.singletonMap("bootstrap.servers", "flag:3"))
                .toMap();
        assertThat(merged).containsEntry("bootstrap.servers", "flag:3").containsEntry("topic.prefix", "env.")
                .containsEntry("topic.partitions", "6").doesNotContainKey("path");
    }

    @Test
    void shouldNotLetAnAbsentFlagHideALowerLayer() {
        Map<String, Object> flags = new java.util.HashMap<>();
        flags.put("bootstrap.servers", null);
        Map<String, Object> merged = ConfigLayers.create().env(Map.of("NEWSPULSE_BOOTSTRAP_SERVERS", "env:2")).values(flags).toMap();
        assertThat(merged).containsEntry("bootstrap.servers", "env:2");
    }

    @Test
    void shouldRefuseAMissingConfigFileWithItsName() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ConfigLayers.create().file(missing)).hasMessageContaining("nope.properties");
    }

    @Test
    void shouldMapEnvironmentNamesToDottedKeys() {
        assertThat(ConfigLayers.envToKey("NEWSPULSE_SCHEMA_REGISTRY_URL")).isEqualTo("schema.registry.url");
    }

    @Test
    void shouldValidateTypesAndRequireBootstrapServers() {
        ConfigDef def = CommonConfig.define(new ConfigDef());
        assertThatThrownBy(() -> new AbstractConfig(def, Map.of("schema.registry.url", "http://r:1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bootstrap.servers");
        assertThatThrownBy(() -> new AbstractConfig(def, Map.of("bootstrap.servers", "b:1", "schema.registry.url", "http://r:1", "topic.partitions", "zero")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("topic.partitions");
        AbstractConfig ok = new AbstractConfig(def, Map.of("bootstrap.servers", "b:1", "schema.registry.url", "http://r:1"));
        assertThat(CommonConfig.topics(ok).articles()).isEqualTo("news.articles");
        assertThat(ok.getString(CommonConfig.DATA_DIR)).isEqualTo(".newspulse");
    }
}
