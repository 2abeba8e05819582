package io.newspulse.registry.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;
import io.newspulse.registry.server.HttpCalls;
import io.newspulse.registry.server.HttpCalls.Answer;
import io.newspulse.registry.server.SchemaRegistryServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays one call sequence against our registry and Confluent's (Docker) and compares the answers: same status,
 * same {@code error_code}, and for successful answers every field Confluent returns with the same value.
 * Skipped when Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
class ConfluentRegistryCompatibilityIT {
    private static final String CP_VERSION = "7.9.0";
    private static final Network NETWORK = Network.newNetwork();

    @Container
    static final GenericContainer<?> CP_KAFKA = new GenericContainer<>(
            DockerImageName.parse("confluentinc/cp-kafka:" + CP_VERSION))
            .withNetwork(NETWORK).withNetworkAliases("kafka")
            .withEnv(Map.of(
                    "KAFKA_NODE_ID", "1",
                    "CLUSTER_ID", "q1Sh-9_ISia_zwGINzRvyQ",
                    "KAFKA_PROCESS_ROLES", "broker,controller",
                    "KAFKA_LISTENERS", "PLAINTEXT://0.0.0.0:9092,CONTROLLER://0.0.0.0:9093",
                    "KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092",
                    "KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER",
                    "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                    "KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093",
                    "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"))
            .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1).withStartupTimeout(Duration.ofMinutes(3)));

    @Container
    static final GenericContainer<?> CP_REGISTRY = new GenericContainer<>(
            DockerImageName.parse("confluentinc/cp-schema-registry:" + CP_VERSION))
            .withNetwork(NETWORK).dependsOn(CP_KAFKA)
            .withExposedPorts(8081)
            .withEnv(Map.of(
                    "SCHEMA_REGISTRY_HOST_NAME", "schema-registry",
                    "SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:9092",
                    "SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081"))
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));

    @RegisterExtension
    static final EmbeddedKafka KAFKA = new EmbeddedKafka();

    private static SchemaRegistryServer ours;

    @BeforeAll
    static void startOurs() {
        ours = KafkaRegistries.start(KAFKA, "_schemas");
    }

    @AfterAll
    static void stopOurs() {
        if (ours != null) {
            ours.close();
        }
    }

    private record Call(String method, String path, String body) {
    }

    private static String body(String schema) {
        return Json.mapper().createObjectNode().put("schema", schema).toString();
    }

    private static final String V1 = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"c\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String V2 = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"c\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"age\",\"type\":\"int\",\"default\":0}]}";
    private static final String BAD = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"c\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"int\"}]}";

    private static List<Call> sequence() {
        return List.of(
                new Call("GET", "/subjects", null),
                new Call("GET", "/config", null),
                new Call("GET", "/mode", null),
                new Call("POST", "/subjects/users-value/versions", body(V1)),
                new Call("POST", "/subjects/users-value/versions", body(V1)),
                new Call("POST", "/subjects/copy-value/versions", body(V1)),
                new Call("POST", "/subjects/users-value/versions", body(BAD)),
                new Call("POST", "/subjects/users-value/versions", body(V2)),
                new Call("POST", "/subjects/prim%20itive/versions", body("{\"type\":\"int\"}")),
                new Call("GET", "/subjects", null),
                new Call("GET", "/subjects/users-value/versions", null),
                new Call("GET", "/subjects/users-value/versions/latest", null),
                new Call("GET", "/subjects/users-value/versions/1", null),
                new Call("GET", "/subjects/users-value/versions/9", null),
                new Call("GET", "/subjects/nope/versions", null),
                new Call("GET", "/schemas/ids/1", null),
                new Call("GET", "/schemas/ids/999", null),
                new Call("GET", "/schemas/ids/1/versions", null),
                new Call("POST", "/subjects/users-value", body(V1)),
                new Call("POST", "/subjects/users-value", body(BAD)),
                new Call("POST", "/compatibility/subjects/users-value/versions/latest", body(BAD)),
                new Call("POST", "/compatibility/subjects/users-value/versions/latest", body(V2)),
                new Call("GET", "/config/users-value", null),
                new Call("PUT", "/config/users-value", "{\"compatibility\":\"FULL\"}"),
                new Call("GET", "/config/users-value", null),
                new Call("PUT", "/config", "{\"compatibility\":\"NOPE\"}"),
                new Call("POST", "/subjects/users-value/versions", body("{\"type\":\"record\"}")),
                new Call("DELETE", "/subjects/copy-value?permanent=true", null),
                new Call("DELETE", "/subjects/copy-value", null),
                new Call("DELETE", "/subjects/copy-value", null),
                new Call("GET", "/subjects?deleted=true", null),
                new Call("DELETE", "/subjects/copy-value?permanent=true", null),
                new Call("DELETE", "/subjects/users-value/versions/2?permanent=true", null),
                new Call("DELETE", "/subjects/users-value/versions/2", null),
                new Call("GET", "/subjects/users-value/versions", null));
    }

    @Test
    void shouldAnswerTheSameCallSequenceLikeConfluent() {
        HttpCalls oursHttp = new HttpCalls(ours.url());
        HttpCalls theirsHttp = new HttpCalls("http://" + CP_REGISTRY.getHost() + ":" + CP_REGISTRY.getMappedPort(8081));
        List<String> differences = new ArrayList<>();
        for (Call call : sequence()) {
            Answer theirs = theirsHttp.call(call.method(), call.path(), call.body());
            Answer mine = oursHttp.call(call.method(), call.path(), call.body());
            String label = call.method() + " " + call.path();
            if (theirs.status() != mine.status()) {
                differences.add(label + ": status " + mine.status() + " vs Confluent " + theirs.status());
            } else if (theirs.status() >= 400) {
                if (theirs.errorCode() != mine.errorCode()) {
                    differences.add(label + ": error_code " + mine.errorCode() + " vs " + theirs.errorCode());
                }
            } else if (!covers(mine.json(), theirs.json())) {
                differences.add(label + ": " + mine.json() + " vs Confluent " + theirs.json());
            }
        }
        assertThat(differences).isEmpty();
    }

    /** True when {@code ours} holds every field of {@code theirs} with an equal value (extra fields allowed). */
    private static boolean covers(JsonNode ours, JsonNode theirs) {
        if (theirs == null || ours == null) {
            return theirs == ours;
        }
        if (!theirs.isObject()) {
            return theirs.equals(ours);
        }
        for (Map.Entry<String, JsonNode> e : theirs.properties()) {
            if (!ours.has(e.getKey()) || !covers(ours.get(e.getKey()), e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
