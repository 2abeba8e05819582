package io.newspulse.streams.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import io.newspulse.core.topics.Topics;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.registry.client.MockSchemaRegistryClient;
import io.newspulse.registry.client.RestClientException;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutputSchemasTest {
    private static final String SCOPE = "output-schemas-test";
    private final Topics topics = Topics.defaults();

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldRegisterEveryOutputTopicIncludingPerCompanyTopicsBeforeTheFirstRecord() {
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", "mock://" + SCOPE));

        int resolved = new OutputSchemas(serdes, topics).prepare(List.of("toyota", "softbank-group"));

        MockSchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(SCOPE);
        assertThat(resolved).isEqualTo(7);
        assertThat(registry.getAllSubjects()).containsExactlyInAnyOrder(
                topics.mentions() + "-value", topics.duplicates() + "-value", topics.signals() + "-value",
                topics.signalsFinal() + "-value", topics.alerts() + "-value",
                topics.companySignals("toyota") + "-value", topics.companySignals("softbank-group") + "-value");
    }

    @Test
    void shouldFailAtStartupWhenTheRegistryRefusesAnOutputSchema() {
        MockSchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(SCOPE);
        registry.register(topics.mentions() + "-value",
                SchemaBuilder.record("Mention").namespace("io.newspulse.avro").fields().requiredLong("other").endRecord());
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", "mock://" + SCOPE));

        assertThatThrownBy(() -> new OutputSchemas(serdes, topics).prepare(List.of()))
                .isInstanceOf(RestClientException.class)
                .satisfies(e -> assertThat(((RestClientException) e).retriable()).isFalse());
    }

    @Test
    void shouldCarryOnWhenTheRegistryIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", "http://127.0.0.1:" + closedPort,
                "max.retries", 0));

        OutputSchemas schemas = new OutputSchemas(serdes, topics);

        assertThat(schemas.prepare(List.of("toyota"))).isZero();
        assertThat(schemas.prepareCompany("toyota")).isFalse();
    }
}
