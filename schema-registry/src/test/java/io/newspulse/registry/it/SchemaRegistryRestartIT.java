package io.newspulse.registry.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;
import io.newspulse.registry.server.HttpCalls;
import io.newspulse.registry.server.HttpCalls.Answer;
import io.newspulse.registry.server.SchemaRegistryServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.newspulse.registry.server.HttpCalls.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

class SchemaRegistryRestartIT {
    @RegisterExtension
    static final EmbeddedKafka KAFKA = new EmbeddedKafka();

    private static String user(int fields) {
        StringBuilder f = new StringBuilder("{\"name\":\"id\",\"type\":\"string\"}");
        for (int i = 1; i < fields; i++) {
            f.append(",{\"name\":\"f").append(i).append("\",\"type\":\"int\",\"default\":").append(i).append('}');
        }
        return "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"it\",\"fields\":[" + f + "]}";
    }

    @Test
    void shouldRebuildEverySchemaSubjectConfigAndDeletionAfterRestart() throws Exception {
        String topic = "_schemas_restart";
        Map<String, JsonNode> before;
        try (SchemaRegistryServer first = KafkaRegistries.start(KAFKA, topic)) {
            HttpCalls http = new HttpCalls(first.url());
            for (int v = 1; v <= 3; v++) {
                assertThat(http.post("/subjects/users-value/versions", schemaBody(user(v))).status()).isEqualTo(200);
            }
            http.post("/subjects/copy-value/versions", schemaBody(user(2)));
            http.post("/subjects/gone-value/versions", schemaBody(user(1)));
            String meta = "{\"schema\":" + Json.mapper().createObjectNode().textNode(user(4))
                    + ",\"metadata\":{\"properties\":{\"owner\":\"it\"}}}";
            http.post("/subjects/users-value/versions", meta);
            http.put("/config", "{\"compatibility\":\"FULL\"}");
            http.put("/config/users-value", "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}");
            http.put("/mode/copy-value", "{\"mode\":\"READONLY\"}");
            assertThat(http.delete("/subjects/gone-value").status()).isEqualTo(200);
            assertThat(http.delete("/subjects/users-value/versions/2").status()).isEqualTo(200);
            assertThat(http.delete("/subjects/users-value/versions/2?permanent=true").status()).isEqualTo(200);
            assertThat(http.delete("/subjects/users-value/versions/3").status()).isEqualTo(200);
            before = snapshot(http);
        }
        assertThat(before.get("/subjects").toString()).isEqualTo("[\"copy-value\",\"users-value\"]");
        assertThat(before.get("/subjects/users-value/versions?deleted=true").toString()).isEqualTo("[1,3,4]");

        try (SchemaRegistryServer second = KafkaRegistries.start(KAFKA, topic)) {
            HttpCalls http = new HttpCalls(second.url());
            assertThat(snapshot(http)).isEqualTo(before);
            Answer next = http.post("/subjects/new-value/versions", schemaBody("{\"type\":\"long\"}"));
            assertThat(next.json().get("id").asInt()).isEqualTo(before.get("/schemas/ids/1?fetchMaxId=true")
                    .get("maxId").asInt() + 1);
        }

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(d.partitions()).hasSize(1);
            ConfigResource res = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            ConfigEntry policy = admin.describeConfigs(List.of(res)).all().get().get(res).get("cleanup.policy");
            assertThat(policy.value()).isEqualTo("compact");
        }
    }

    private static Map<String, JsonNode> snapshot(HttpCalls http) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String path : List.of("/subjects", "/subjects?deleted=true", "/config", "/config/users-value",
                "/mode/copy-value", "/schemas?deleted=true", "/subjects/users-value/versions?deleted=true",
                "/subjects/users-value/versions", "/subjects/gone-value/versions?deleted=true",
                "/subjects/users-value/metadata?key=owner&value=it", "/schemas/ids/1?fetchMaxId=true")) {
            Answer a = http.get(path);
            assertThat(a.status()).as(path + " " + a.json()).isEqualTo(200);
            out.put(path, a.json());
        }
        for (int id = 1; id <= 5; id++) {
            out.put("/schemas/ids/" + id, http.get("/schemas/ids/" + id).json());
        }
        return out;
    }

    @Test
    void shouldGiveOneIdWhenEightThreadsRegisterTheSameSchema() throws Exception {
        try (SchemaRegistryServer server = KafkaRegistries.start(KAFKA, "_schemas_concurrent")) {
            HttpCalls http = new HttpCalls(server.url());
            List<Answer> answers = runConcurrently(8, i -> http.post("/subjects/same-" + (i % 2) + "/versions",
                    schemaBody(user(2))));
            Set<Integer> ids = new HashSet<>();
            answers.forEach(a -> ids.add(a.json().get("id").asInt()));
            assertThat(ids).hasSize(1);
            assertThat(http.get("/subjects/same-0/versions").json().toString()).isEqualTo("[1]");
        }
    }

    @Test
    void shouldAllocateDistinctIdsWhenTwoInstancesWriteConcurrently() throws Exception {
        String topic = "_schemas_two_writers";
        try (SchemaRegistryServer a = KafkaRegistries.start(KAFKA, topic);
             SchemaRegistryServer b = KafkaRegistries.start(KAFKA, topic)) {
            List<HttpCalls> https = List.of(new HttpCalls(a.url()), new HttpCalls(b.url()));
            List<Answer> answers = runConcurrently(8, i -> https.get(i % 2).post("/subjects/writer-" + i + "/versions",
                    schemaBody(user(i + 1))));
            Set<Integer> ids = new HashSet<>();
            for (int i = 0; i < answers.size(); i++) {
                int id = answers.get(i).json().get("id").asInt();
                ids.add(id);
                for (HttpCalls http : https) {
                    assertThat(http.get("/schemas/ids/" + id).json().get("schema").asText()).isEqualTo(user(i + 1));
                }
            }
            assertThat(ids).hasSize(8);
        }
    }

    private interface Call {
        Answer run(int index);
    }

    private static List<Answer> runConcurrently(int threads, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<Answer> task = () -> {
                    go.await();
                    return call.run(index);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<Answer> out = new ArrayList<>();
            for (Future<Answer> f : futures) {
                Answer a = f.get();
                assertThat(a.status()).as(String.valueOf(a.json())).isEqualTo(200);
                out.add(a);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
