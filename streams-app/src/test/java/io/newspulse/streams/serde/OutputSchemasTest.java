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
    void shouldRegisterEveryOutputTopicIncludingPerCompanyTopics() {
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", "mock://" + SCOPE));

        OutputSchemas schemas = new OutputSchemas(serdes, topics);
        int resolved = schemas.prepare(List.of("toyota", "softbank-group"));
        schemas.registeredLater().join();

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

    /** Prepares and waits for the per-company subjects registered after the start (a first start's cache is then whole). */
    private static void prepareAll(OutputSchemas schemas, List<String> companyIds) {
        schemas.prepare(companyIds);
        schemas.registeredLater().join();
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

        OutputSchemas schemas = new OutputSchemas(serdes(client, Map.of()), topics);
        int resolved = schemas.prepare(companies(40), (done, total) -> {
            synchronized (reported) {
                reported.add(done * 1000 + total);
            }
        });
        assertThat(schemas.registeredLater().join()).isEqualTo(40);

        assertThat(resolved).isEqualTo(45);
        assertThat(client.resolutions()).isEqualTo(45);
        assertThat(MockSchemaRegistry.getClientForScope(SCOPE).getAllSubjects()).hasSize(45);
        assertThat(reported).endsWith(45 * 1000 + 45); // the 40 new per-company subjects in one last report
    }

    @Test
    void shouldHandNewPerCompanySubjectsTheSharedSignalIdAndRegisterThemAfterTheStart() {
        CountingRegistryClient client = counting();
        OutputSchemas schemas = new OutputSchemas(serdes(client, Map.of()), topics);
        int sharedId = MockSchemaRegistry.getClientForScope(SCOPE).register(topics.signals() + "-value",
                CompanySignal.getClassSchema());

        int resolved = schemas.prepare(List.of("toyota", "sony"));

        assertThat(resolved).isEqualTo(7);
        assertThat(client.handedOver).containsEntry(topics.companySignals("toyota") + "-value", sharedId)
                .containsEntry(topics.companySignals("sony") + "-value", sharedId);
        assertThat(schemas.registeredLater().join()).isEqualTo(2);
        MockSchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(SCOPE);
        assertThat(registry.getId(topics.companySignals("toyota") + "-value", CompanySignal.getClassSchema())).isEqualTo(sharedId);
        assertThat(registry.getId(topics.companySignals("sony") + "-value", CompanySignal.getClassSchema())).isEqualTo(sharedId);
    }

    @Test
    void shouldResolveAPerCompanySubjectTheRegistryAlreadyHasBeforeTheStart() {
        CountingRegistryClient client = counting();
        String toyota = topics.companySignals("toyota") + "-value";
        MockSchemaRegistry.getClientForScope(SCOPE).register(toyota, CompanySignal.getClassSchema());
        OutputSchemas schemas = new OutputSchemas(serdes(client, Map.of()), topics);

        schemas.prepare(List.of("toyota", "sony"));

        assertThat(client.resolutions(toyota)).isEqualTo(1);
        assertThat(client.handedOver).doesNotContainKey(toyota).containsKey(topics.companySignals("sony") + "-value");
        assertThat(schemas.registeredLater().join()).isEqualTo(1);
    }

    @Test
    void shouldFailTheLaterRegistrationWhenTheRegistryRefusesANewPerCompanySubject() {
        CountingRegistryClient client = counting();
        client.refused.add(topics.companySignals("sony") + "-value");
        OutputSchemas schemas = new OutputSchemas(serdes(client, Map.of()), topics);

        schemas.prepare(List.of("toyota", "sony"));

        assertThatThrownBy(() -> schemas.registeredLater().join())
                .hasCauseInstanceOf(RestClientException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void shouldTakeIdsTheRegistryConfirmsFromTheCacheOfThePreviousStart() {
        Path cache = dir.resolve("state").resolve("ids.json");
        prepareAll(new OutputSchemas(serdes(counting(), Map.of()), topics, cache), companies(30));
        assertThat(cache).exists();

        CountingRegistryClient restart = counting();
        int resolved = new OutputSchemas(serdes(restart, Map.of()), topics, cache).prepare(companies(30));

        assertThat(resolved).isEqualTo(35);
        assertThat(restart.resolutions()).isZero();
    }

    @Test
    void shouldResolveOnlyTheTopicsTheCacheDoesNotKnow() {
        Path cache = dir.resolve("ids.json");
        prepareAll(new OutputSchemas(serdes(counting(), Map.of()), topics, cache), companies(10));

        CountingRegistryClient restart = counting();
        OutputSchemas schemas = new OutputSchemas(serdes(restart, Map.of()), topics, cache);
        int resolved = schemas.prepare(companies(12));
        assertThat(schemas.registeredLater().join()).isEqualTo(2);

        assertThat(resolved).isEqualTo(17);
        assertThat(restart.resolutions.keySet()).containsExactlyInAnyOrder(
                topics.companySignals("company-10") + "-value", topics.companySignals("company-11") + "-value");
    }

    @Test
    void shouldStillFailAtStartupWhenTheCachedIdsAreStaleAndTheRegistryRefusesTheSchema() {
        Path cache = dir.resolve("ids.json");
        prepareAll(new OutputSchemas(serdes(counting(), Map.of()), topics, cache), companies(3));
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
        prepareAll(new OutputSchemas(serdes(counting(), Map.of()), topics, cache), companies(5));
        MockSchemaRegistry.dropScope(SCOPE);
        // same ids, other subjects: the ids name the right schemas but not under our subjects
        MockSchemaRegistryClient fresh = MockSchemaRegistry.getClientForScope(SCOPE);
        fresh.register("elsewhere-1", Mention.getClassSchema());

        CountingRegistryClient restart = counting();
        OutputSchemas schemas = new OutputSchemas(serdes(restart, Map.of()), topics, cache);
        int resolved = schemas.prepare(companies(5));
        schemas.registeredLater().join();

        assertThat(resolved).isEqualTo(10);
        assertThat(restart.resolutions()).isEqualTo(10);
        assertThat(fresh.getAllSubjects()).contains(topics.mentions() + "-value", topics.companySignals("company-4") + "-value");
    }

    @Test
    void shouldIgnoreAnUnreadableCacheFile() throws IOException {
        Path cache = dir.resolve("ids.json");
        Files.writeString(cache, "{not json");
        CountingRegistryClient client = counting();

        OutputSchemas schemas = new OutputSchemas(serdes(client, Map.of()), topics, cache);
        int resolved = schemas.prepare(companies(2));
        schemas.registeredLater().join();

        assertThat(resolved).isEqualTo(7);
        assertThat(client.resolutions()).isEqualTo(7);
        assertThat(Files.readString(cache)).contains("\"entries\"");
    }
}
