package io.newspulse.registry.server;

import io.newspulse.registry.model.CompatibilityLevel;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaRegistryConfigTest {
    @Test
    void shouldRequireBootstrapServersAndRejectUnknownLevels() {
        assertThatThrownBy(() -> new SchemaRegistryConfig(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafkastore.bootstrap.servers");
        assertThatThrownBy(() -> new SchemaRegistryConfig(Map.of("kafkastore.bootstrap.servers", "k:9092",
                "schema.compatibility.level", "SOMETIMES"))).isInstanceOf(ConfigException.class);
    }

    @Test
    void shouldPassKafkastoreClientKeysButNotRegistryKeysToTheStore() {
        SchemaRegistryConfig cfg = new SchemaRegistryConfig(Map.of("kafkastore.bootstrap.servers", "k:9092",
                "kafkastore.security.protocol", "SASL_SSL", "kafkastore.topic", "_s",
                "kafkastore.topic.replication.factor", "3", "kafkastore.timeout.ms", "500",
                "schema.compatibility.level", "full_transitive"));
        assertThat(cfg.storeClientProperties()).isEqualTo(Map.of("bootstrap.servers", "k:9092",
                "security.protocol", "SASL_SSL"));
        assertThat(cfg.compatibilityLevel()).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(cfg.getString(SchemaRegistryConfig.LISTENERS)).isEqualTo("http://0.0.0.0:8081");
    }

    @Test
    void shouldElectByDefaultInAGroupNamedAfterTheStoreTopicUnlessOneIsGiven() {
        SchemaRegistryConfig defaults = new SchemaRegistryConfig(Map.of("kafkastore.bootstrap.servers", "k:9092"));
        assertThat(defaults.getBoolean(SchemaRegistryConfig.LEADER_ELECTION_ENABLED)).isTrue();
        assertThat(defaults.getBoolean(SchemaRegistryConfig.LEADER_ELIGIBILITY)).isTrue();
        assertThat(defaults.groupId()).isEqualTo("newspulse-registry-_schemas");
        assertThat(new SchemaRegistryConfig(Map.of("kafkastore.bootstrap.servers", "k:9092",
                "kafkastore.topic", "_s2")).groupId()).isEqualTo("newspulse-registry-_s2");
        assertThat(new SchemaRegistryConfig(Map.of("kafkastore.bootstrap.servers", "k:9092",
                "schema.registry.group.id", "registries")).groupId()).isEqualTo("registries");
    }
}
