package io.newspulse.streams.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.registry.client.MockSchemaRegistryClient;
import io.newspulse.registry.client.RestClientException;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.Mention;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path dir;

    private static List<String> companies(int n) {
        return IntStream.range(0, n).mapToObj(i -> "company-" + i).toList();
    }

    private CountingRegistryClient counting() {
        return new CountingRegistryClient(MockSchemaRegistry.getClientForScope(SCOPE));
    }

    private static EventSerdes serdes(CountingRegistryClient client, Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(extra);
        config.put("schema.registry.url", "mock://" + SCOPE);
        return new EventSerdes(config, client);
    }

    @Test
    void shouldResolveASubjectSharedByManyTopicsOnlyOnce() {
        CountingRegistryClient client = counting();
        EventSerdes serdes = serdes(client, Map.of("value.subject.name.strategy", "io.newspulse.serde.subject.RecordNameStrategy"));

        int resolved = new OutputSchemas(serdes, topics).prepare(companies(50));

        assertThat(resolved).isEqualTo(55);
        assertThat(client.resolutions(CompanySignal.getClassSchema().getFullName())).isEqualTo(1);
        assertThat(client.resolutions()).isEqualTo(4); // mention, duplicate, signal, alert
    }

    @Test
    void shouldResolveEveryPerCompanyTopicWithTheTopicNameStrategyAndReportProgressUpToTheTotal() {
        CountingRegistryClient client = counting();
        List<Integer> reported = new ArrayList<>();

        int resolved = new OutputSchemas(serdes(client, Map.of()), topics)
                .prepare(companies(40), (done, total) -> {
                    synchronized (reported) {
                        reported.add(done * 1000 + total);
                    }
                });

        assertThat(resolved).isEqualTo(45);
        assertThat(client.resolutions()).isEqualTo(45);
        assertThat(MockSchemaRegistry.getClientForScope(SCOPE).getAllSubjects()).hasSize(45);
        assertThat(reported).hasSize(45).contains(45 * 1000 + 45);
    }

    @Test
    void shouldTakeIdsTheRegistryConfirmsFromTheCacheOfThePreviousStart() {
        Path cache = dir.resolve("state").resolve("ids.json");
        new OutputSchemas(serdes(counting(), Map.of()), topics, cache).prepare(companies(30));
        assertThat(cache).exists();

        CountingRegistryClient restart = counting();
        int resolved = new OutputSchemas(serdes(restart, Map.of()), topics, cache).prepare(companies(30));

        assertThat(resolved).isEqualTo(35);
        assertThat(restart.resolutions()).isZero();
    }

    @Test
    void shouldResolveOnlyTheTopicsTheCacheDoesNotKnow() {
        Path cache = dir.resolve("ids.json");
        new OutputSchemas(serdes(counting(), Map.of()), topics, cache).prepare(companies(10));

        CountingRegistryClient restart = counting();
        int resolved = new OutputSchemas(serdes(restart, Map.of()), topics, cache).prepare(companies(12));

        assertThat(resolved).isEqualTo(17);
        assertThat(restart.resolutions.keySet()).containsExactlyInAnyOrder(
                topics.companySignals("company-10") + "-value", topics.companySignals("company-11") + "-value");
    }

    @Test
    void shouldStillFailAtStartupWhenTheCachedIdsAreStaleAndTheRegistryRefusesTheSchema() {
        Path cache = dir.resolve("ids.json");
        new OutputSchemas(serdes(counting(), Map.of()), topics, cache).prepare(companies(3));
        // the registry is replaced by a fresh one where the mentions subject holds another schema, under the id
        // the cache remembers for Mention
        MockSchemaRegistry.dropScope(SCOPE);
        MockSchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(SCOPE);
        registry.register(topics.mentions() + "-value",
                SchemaBuilder.record("Mention").namespace("io.newspulse.avro").fields().requiredLong("other").endRecord());

        assertThatThrownBy(() -> new OutputSchemas(serdes(counting(), Map.of()), topics, cache).prepare(companies(3)))
                .isInstanceOf(RestClientException.class)
                .satisfies(e -> assertThat(((RestClientException) e).retriable()).isFalse());
    }

    @Test
    void shouldResolveEverythingAgainWhenTheRegistryNoLongerHoldsTheCachedSubjects() {
        Path cache = dir.resolve("ids.json");
        new OutputSchemas(serdes(counting(), Map.of()), topics, cache).prepare(companies(5));
        MockSchemaRegistry.dropScope(SCOPE);
        // same ids, other subjects: the ids name the right schemas but not under our subjects
        MockSchemaRegistryClient fresh = MockSchemaRegistry.getClientForScope(SCOPE);
        fresh.register("elsewhere-1", Mention.getClassSchema());

        CountingRegistryClient restart = counting();
        int resolved = new OutputSchemas(serdes(restart, Map.of()), topics, cache).prepare(companies(5));

        assertThat(resolved).isEqualTo(10);
        assertThat(restart.resolutions()).isEqualTo(10);
        assertThat(fresh.getAllSubjects()).contains(topics.mentions() + "-value", topics.companySignals("company-4") + "-value");
    }

    @Test
    void shouldIgnoreAnUnreadableCacheFile() throws IOException {
        Path cache = dir.resolve("ids.json");
        Files.writeString(cache, "{not json");
        CountingRegistryClient client = counting();

        int resolved = new OutputSchemas(serdes(client, Map.of()), topics, cache).prepare(companies(2));

        assertThat(resolved).isEqualTo(7);
        assertThat(client.resolutions()).isEqualTo(7);
        assertThat(Files.readString(cache)).contains("\"entries\"");
    }
}
