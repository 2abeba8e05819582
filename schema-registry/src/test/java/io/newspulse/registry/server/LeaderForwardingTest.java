package io.newspulse.registry.server;

import io.newspulse.registry.election.FixedLeader;
import io.newspulse.registry.election.LeaderElection;
import io.newspulse.registry.model.Errors;
import io.newspulse.registry.server.HttpCalls.Answer;
import io.newspulse.registry.store.InMemorySchemaStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.newspulse.registry.server.HttpCalls.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

/** A follower forwards writes to the leader verbatim and serves reads itself (in-memory stores, no Kafka). */
class LeaderForwardingTest {
    private static final String V1 = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"f\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String INCOMPATIBLE = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"f\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}";

    private final List<SchemaRegistryServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(SchemaRegistryServer::close);
    }

    private SchemaRegistryServer start(InMemorySchemaStore store, LeaderElection election, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put(SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, "unused:9092");
        props.put(SchemaRegistryConfig.LISTENERS, "http://127.0.0.1:0");
        props.put(SchemaRegistryConfig.KAFKASTORE_TIMEOUT_MS, 2_000);
        props.putAll(extra);
        SchemaRegistryServer server = new SchemaRegistryServer(new SchemaRegistryConfig(props), store, election);
        servers.add(server);
        server.start();
        return server;
    }

    @Test
    void shouldForwardARegistrationToTheLeaderAndAnswerWithTheLeadersIdAndVersion() {
        SchemaRegistryServer leader = start(new InMemorySchemaStore(), FixedLeader.self(), Map.of());
        SchemaRegistryServer follower = start(new InMemorySchemaStore(), FixedLeader.at(leader.url()), Map.of());

        Answer answer = new HttpCalls(follower.url()).post("/subjects/users-value/versions", schemaBody(V1));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().toString()).isEqualTo("{\"id\":1,\"version\":1}");
        assertThat(new HttpCalls(leader.url()).get("/subjects").json().toString()).isEqualTo("[\"users-value\"]");
        // the follower's own (separate, in-memory) store was not written: the write happened on the leader
        assertThat(new HttpCalls(follower.url()).get("/subjects").json().toString()).isEqualTo("[]");
    }

    @Test
    void shouldRelayTheLeadersRefusalUnchanged() {
        SchemaRegistryServer leader = start(new InMemorySchemaStore(), FixedLeader.self(), Map.of());
        SchemaRegistryServer follower = start(new InMemorySchemaStore(), FixedLeader.at(leader.url()), Map.of());
        HttpCalls http = new HttpCalls(follower.url());
        http.post("/subjects/users-value/versions", schemaBody(V1));

        Answer incompatible = http.post("/subjects/users-value/versions", schemaBody(INCOMPATIBLE));
        Answer badLevel = http.put("/config", "{\"compatibility\":\"NOPE\"}");

        Answer direct = new HttpCalls(leader.url()).post("/subjects/users-value/versions", schemaBody(INCOMPATIBLE));
        assertThat(incompatible).isEqualTo(direct);
        assertThat(incompatible.status()).isEqualTo(409);
        assertThat(badLevel.status()).isEqualTo(422);
        assertThat(badLevel.errorCode()).isEqualTo(Errors.INVALID_COMPATIBILITY_LEVEL);
    }

    @Test
    void shouldForwardDeletesConfigAndModeWithTheirQueryAndTheEncodedSubject() {
        SchemaRegistryServer leader = start(new InMemorySchemaStore(), FixedLeader.self(), Map.of());
        SchemaRegistryServer follower = start(new InMemorySchemaStore(), FixedLeader.at(leader.url()), Map.of());
        HttpCalls http = new HttpCalls(follower.url());
        HttpCalls direct = new HttpCalls(leader.url());

        assertThat(http.post("/subjects/prim%20itive/versions", schemaBody("{\"type\":\"int\"}")).status())
                .isEqualTo(200);
        assertThat(http.put("/config/prim%20itive", "{\"compatibility\":\"FULL\"}").status()).isEqualTo(200);
        assertThat(http.put("/mode/prim%20itive", "{\"mode\":\"READONLY\"}").status()).isEqualTo(200);
        assertThat(http.delete("/mode/prim%20itive").status()).isEqualTo(200);
        assertThat(http.delete("/subjects/prim%20itive").json().toString()).isEqualTo("[1]");
        assertThat(http.delete("/subjects/prim%20itive?permanent=true").json().toString()).isEqualTo("[1]");

        assertThat(direct.get("/subjects?deleted=true").json().toString()).isEqualTo("[]");
        assertThat(direct.get("/schemas/ids/1").status()).isEqualTo(404);
    }

    @Test
    void shouldPassTheClientsCredentialsOnToTheLeader() {
        Map<String, Object> auth = Map.of(SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "alice:s3cret");
        SchemaRegistryServer leader = start(new InMemorySchemaStore(), FixedLeader.self(), auth);
        SchemaRegistryServer follower = start(new InMemorySchemaStore(), FixedLeader.at(leader.url()), auth);

        Answer answer = new HttpCalls(follower.url(), "alice:s3cret").post("/subjects/users-value/versions",
                schemaBody(V1));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(new HttpCalls(leader.url(), "alice:s3cret").get("/subjects/users-value/versions").json().toString())
                .isEqualTo("[1]");
    }

    @Test
    void shouldAnswerUnknownLeaderForWritesButServeReadsWhenNobodyIsElected() {
        SchemaRegistryServer follower = start(new InMemorySchemaStore(), FixedLeader.none(),
                Map.of(SchemaRegistryConfig.KAFKASTORE_TIMEOUT_MS, 100));
        HttpCalls http = new HttpCalls(follower.url());

        Answer write = http.post("/subjects/users-value/versions", schemaBody(V1));

        assertThat(write.status()).isEqualTo(500);
        assertThat(write.errorCode()).isEqualTo(Errors.UNKNOWN_LEADER);
        assertThat(http.get("/subjects").status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerForwardingFailedWhenTheLeaderCannotBeReached() throws IOException {
        SchemaRegistryServer follower = start(new InMemorySchemaStore(),
                FixedLeader.at("http://127.0.0.1:" + closedPort()), Map.of());

        Answer write = new HttpCalls(follower.url()).put("/config", "{\"compatibility\":\"FULL\"}");

        assertThat(write.status()).isEqualTo(500);
        assertThat(write.errorCode()).isEqualTo(Errors.FORWARDING_FAILED);
    }

    @Test
    void shouldAnswerAnAlreadyRegisteredSchemaOnAFollowerWithoutAskingTheLeader() throws IOException {
        InMemorySchemaStore store = new InMemorySchemaStore();
        SchemaRegistryServer writer = start(store, FixedLeader.self(), Map.of());
        Answer registered = new HttpCalls(writer.url()).post("/subjects/users-value/versions", schemaBody(V1));
        SchemaRegistryServer follower = start(store, FixedLeader.at("http://127.0.0.1:" + closedPort()), Map.of());

        Answer again = new HttpCalls(follower.url()).post("/subjects/users-value/versions", schemaBody(V1));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(registered.json());
    }

    @Test
    void shouldRefuseAForwardedWriteWhenItIsNotTheLeaderEither() {
        SchemaRegistryServer leader = start(new InMemorySchemaStore(), FixedLeader.self(), Map.of());
        SchemaRegistryServer follower = start(new InMemorySchemaStore(), FixedLeader.at(leader.url()), Map.of());
        LeaderForwarder forwarder = new LeaderForwarder(java.time.Duration.ofSeconds(5));

        LeaderForwarder.Answer answer = forwarder.forward(follower.url(), "PUT", "/config",
                "{\"compatibility\":\"FULL\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"error_code\":" + Errors.FORWARDING_FAILED);
        assertThat(new HttpCalls(leader.url()).get("/config").json().get("compatibilityLevel").asText())
                .isEqualTo("BACKWARD");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
