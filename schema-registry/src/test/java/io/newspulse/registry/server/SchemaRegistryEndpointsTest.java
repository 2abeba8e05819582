package io.newspulse.registry.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import io.newspulse.registry.server.HttpCalls.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
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

class SchemaRegistryEndpointsTest {
    static final String USER_V1 = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"}]}";
    static final String USER_V1_SPACED = "{ \"type\" : \"record\", \"name\":\"User\", \"namespace\":\"t\",\n"
            + " \"fields\" : [ {\"name\":\"id\", \"type\":\"string\"} ] }";
    static final String USER_V2_DEFAULT = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"age\",\"type\":\"int\",\"default\":0}]}";
    static final String USER_V2_NO_DEFAULT = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"age\",\"type\":\"int\"}]}";

    private SchemaRegistryServer server;
    private HttpCalls http;

    @BeforeEach
    void start() {
        server = InMemoryRegistry.start(Map.of(SchemaRegistryConfig.MAX_REQUEST_BYTES, 4096));
        http = new HttpCalls(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int register(String subject, String schema) {
        Answer a = http.post("/subjects/" + subject + "/versions", schemaBody(schema));
        assertThat(a.status()).as(a.json().toString()).isEqualTo(200);
        return a.json().get("id").asInt();
    }

    @Test
    void shouldAnswerRegisterWithIdAndVersionAndReuseIdsAcrossSubjects() {
        Answer first = http.post("/subjects/users-value/versions", schemaBody(USER_V1));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");

        Answer again = http.post("/subjects/users-value/versions", schemaBody(USER_V1_SPACED));
        assertThat(again.json()).isEqualTo(first.json());

        Answer other = http.post("/subjects/other-value/versions", schemaBody(USER_V1));
        assertThat(other.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(other.json().get("version").asInt()).isEqualTo(1);

        int v2 = register("users-value", USER_V2_DEFAULT);
        assertThat(v2).isNotEqualTo(first.json().get("id").asInt());
    }

    @Test
    void shouldServeSchemaByIdWithoutSchemaTypeForAvroAndWithMaxId() {
        String body = Json.mapper().createObjectNode().put("schema", USER_V1).put("schemaType", "AVRO").toString();
        int id = http.post("/subjects/a/versions", body).json().get("id").asInt();
        int id2 = register("b", USER_V2_DEFAULT);

        Answer byId = http.get("/schemas/ids/" + id + "?subject=zzz");
        assertThat(byId.status()).isEqualTo(200);
        assertThat(fieldNames(byId.json())).containsExactly("schema");
        assertThat(byId.json().get("schema").asText()).isEqualTo(USER_V1);

        Answer withMax = http.get("/schemas/ids/" + id + "?fetchMaxId=true");
        assertThat(withMax.json().get("maxId").asInt()).isEqualTo(id2);

        assertThat(http.get("/schemas/ids/" + id + "/schema").json().asText()).isEqualTo(USER_V1);
        assertThat(http.get("/schemas/ids/" + id + "/subjects").json().toString()).isEqualTo("[\"a\"]");
        assertThat(http.get("/schemas/ids/" + id + "/versions").json().toString())
                .isEqualTo("[{\"subject\":\"a\",\"version\":1}]");

        Answer missing = http.get("/schemas/ids/999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo(40403);
        assertThat(http.get("/schemas/types").json().toString()).isEqualTo("[\"AVRO\"]");
    }

    @Test
    void shouldListSubjectsAndVersionsAndAnswerVersionLookups() {
        register("b", USER_V1);
        register("a", USER_V1);
        register("a", USER_V2_DEFAULT);
        assertThat(http.get("/subjects").json().toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(http.get("/subjects/a/versions").json().toString()).isEqualTo("[1,2]");

        JsonNode latest = http.get("/subjects/a/versions/latest").json();
        assertThat(fieldNames(latest)).containsExactly("subject", "version", "id", "schema");
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(http.get("/subjects/a/versions/-1").json()).isEqualTo(latest);
        assertThat(http.get("/subjects/a/versions/1").json().get("schema").asText()).isEqualTo(USER_V1);
        assertThat(http.get("/subjects/a/versions/2/schema").json().asText()).isEqualTo(USER_V2_DEFAULT);

        Answer unknown = http.get("/subjects/nope/versions");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().toString())
                .isEqualTo("{\"error_code\":40401,\"message\":\"Subject 'nope' not found.\"}");
        Answer noVersion = http.get("/subjects/a/versions/7");
        assertThat(noVersion.status()).isEqualTo(404);
        assertThat(noVersion.errorCode()).isEqualTo(40402);
        Answer badVersion = http.get("/subjects/a/versions/abc");
        assertThat(badVersion.status()).isEqualTo(422);
        assertThat(badVersion.errorCode()).isEqualTo(42202);
        assertThat(http.get("/subjects/a/versions/0").errorCode()).isEqualTo(42202);
    }

    @Test
    void shouldLookUpSchemaUnderSubject() {
        int id = register("users", USER_V1);
        Answer found = http.post("/subjects/users", schemaBody(USER_V1_SPACED));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("id").asInt()).isEqualTo(id);
        assertThat(found.json().get("subject").asText()).isEqualTo("users");
        assertThat(found.json().get("version").asInt()).isEqualTo(1);

        Answer notThere = http.post("/subjects/users", schemaBody(USER_V2_DEFAULT));
        assertThat(notThere.status()).isEqualTo(404);
        assertThat(notThere.json().toString()).isEqualTo("{\"error_code\":40403,\"message\":\"Schema not found\"}");
        assertThat(http.post("/subjects/ghost", schemaBody(USER_V1)).errorCode()).isEqualTo(40401);
    }

    @Test
    void shouldDecodePercentEncodedSubjectsAndAcceptPrimitiveSchemas() {
        Answer a = http.post("/subjects/my%20topic%3Av.1/versions", schemaBody("{\"type\":\"int\"}"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(http.get("/subjects").json().get(0).asText()).isEqualTo("my topic:v.1");
        assertThat(http.get("/subjects/my%20topic%3Av.1/versions/1").json().get("schema").asText())
                .isEqualTo("\"int\"");
    }

    @Test
    void shouldKeepPlusSignsInPathsAndDecodeUtf8AndIgnoreATrailingSlash() {
        assertThat(http.post("/subjects/a%20b%3Ac+d.%E6%97%A5/versions/", schemaBody("{\"type\":\"int\"}")).status())
                .isEqualTo(200);
        assertThat(http.get("/subjects").json().get(0).asText()).isEqualTo("a b:c+d.日");
        assertThat(http.get("/subjects/a%20b%3Ac+d.%E6%97%A5/versions/latest/").json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void shouldReadPlusAsSpaceInQueryParametersAndTakeTheFirstOfRepeatedOnes() {
        register("news%20one-value", USER_V1);
        register("news+two-value", USER_V1);
        assertThat(http.get("/subjects?subjectPrefix=news+o").json().toString()).isEqualTo("[\"news one-value\"]");
        assertThat(http.get("/subjects?subjectPrefix=news%2Bt&subjectPrefix=news+o").json().toString())
                .isEqualTo("[\"news+two-value\"]");
        assertThat(http.get("/subjects?deleted").json()).hasSize(2);
    }

    @Test
    void shouldAnswerInTheRegistryMediaTypeWithoutACharsetSuffix() {
        assertThat(http.get("/subjects").contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(http.get("/nothing/here").contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
    }

    @Test
    void shouldRejectInvalidSchemasAndBodies() {
        Answer invalid = http.post("/subjects/x/versions", schemaBody("{\"type\":\"record\",\"name\":\"X\"}"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorCode()).isEqualTo(42201);

        Answer malformed = http.post("/subjects/x/versions", "{\"schema\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).contains("Malformed JSON").doesNotContain("at com.");

        assertThat(http.post("/subjects/x/versions", "{}").errorCode()).isEqualTo(42201);
        assertThat(http.post("/subjects/x/versions", "[1]").status()).isEqualTo(422);
        String protobuf = Json.mapper().createObjectNode().put("schema", "syntax = \"proto3\";")
                .put("schemaType", "PROTOBUF").toString();
        assertThat(http.post("/subjects/x/versions", protobuf).errorCode()).isEqualTo(42201);
    }

    @Test
    void shouldRejectBodiesAboveTheLimitWith413() {
        String huge = "{\"type\":\"record\",\"name\":\"X\",\"doc\":\"" + "x".repeat(5000)
                + "\",\"fields\":[]}";
        Answer a = http.post("/subjects/x/versions", schemaBody(huge));
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.errorCode()).isEqualTo(413);
    }

    @Test
    void shouldRefuseIncompatibleSchemaWith409AndReportCompatibility() {
        register("u", USER_V1);
        Answer refused = http.post("/subjects/u/versions", schemaBody(USER_V2_NO_DEFAULT));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("incompatible");

        Answer no = http.post("/compatibility/subjects/u/versions/latest?verbose=true", schemaBody(USER_V2_NO_DEFAULT));
        assertThat(no.json().get("is_compatible").asBoolean()).isFalse();
        assertThat(no.json().get("messages")).isNotEmpty();
        Answer yes = http.post("/compatibility/subjects/u/versions", schemaBody(USER_V2_DEFAULT));
        assertThat(yes.json().toString()).isEqualTo("{\"is_compatible\":true}");
        assertThat(http.post("/compatibility/subjects/fresh/versions", schemaBody(USER_V1)).json()
                .get("is_compatible").asBoolean()).isTrue();
        assertThat(http.post("/compatibility/subjects/fresh/versions/1", schemaBody(USER_V1)).errorCode())
                .isEqualTo(40401);
        assertThat(http.post("/compatibility/subjects/u/versions/9", schemaBody(USER_V1)).errorCode())
                .isEqualTo(40402);
    }

    @Test
    void shouldManageGlobalAndSubjectCompatibility() {
        assertThat(http.get("/config").json().toString()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        Answer notSet = http.get("/config/u");
        assertThat(notSet.status()).isEqualTo(404);
        assertThat(notSet.errorCode()).isEqualTo(40408);
        assertThat(http.get("/config/u?defaultToGlobal=true").json().get("compatibilityLevel").asText())
                .isEqualTo("BACKWARD");

        assertThat(http.put("/config", "{\"compatibility\":\"full\"}").json().toString())
                .isEqualTo("{\"compatibility\":\"FULL\"}");
        assertThat(http.put("/config/u", "{\"compatibility\":\"NONE\"}").json().toString())
                .isEqualTo("{\"compatibility\":\"NONE\"}");
        assertThat(http.get("/config/u").json().toString()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        register("u", USER_V1);
        register("u", USER_V2_NO_DEFAULT);

        Answer bad = http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorCode()).isEqualTo(42203);
        assertThat(http.delete("/config/u").json().get("compatibilityLevel").asText()).isEqualTo("NONE");
        assertThat(http.get("/config/u").errorCode()).isEqualTo(40408);
        assertThat(http.get("/config").json().get("compatibilityLevel").asText()).isEqualTo("FULL");
    }

    private static final String ALL_CONFIG_FIELDS = "{\"compatibility\":\"FULL\",\"alias\":\"orders-value\","
            + "\"normalize\":true,\"validateFields\":false,\"validateRules\":true,\"compatibilityGroup\":\"major\","
            + "\"defaultMetadata\":{\"properties\":{\"owner\":\"news\"}},"
            + "\"overrideMetadata\":{\"properties\":{\"tier\":\"gold\"}},"
            + "\"defaultRuleSet\":{\"domainRules\":[{\"name\":\"r\",\"kind\":\"CONDITION\",\"type\":\"CEL\",\"expr\":\"true\"}]},"
            + "\"overrideRuleSet\":{\"migrationRules\":[]}}";

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void shouldAcceptEchoAndReturnEveryConfigFieldConfluentPlatformSupports() {
        Answer put = http.put("/config/u", ALL_CONFIG_FIELDS);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json()).isEqualTo(json(ALL_CONFIG_FIELDS));
        ObjectNode expected = (ObjectNode) json(ALL_CONFIG_FIELDS);
        expected.remove("compatibility");
        expected.put("compatibilityLevel", "FULL");
        assertThat(http.get("/config/u").json()).isEqualTo(expected);
        assertThat(http.get("/config/u?defaultToGlobal=true").json()).isEqualTo(expected);
        assertThat(http.get("/config").json().toString()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void shouldReturnNormalizeOnceSetAndMergeLaterUpdatesIntoTheStoredConfig() {
        assertThat(http.put("/config", "{\"normalize\":true}").json().toString()).isEqualTo("{\"normalize\":true}");
        assertThat(http.get("/config").json().toString())
                .isEqualTo("{\"compatibilityLevel\":\"BACKWARD\",\"normalize\":true}");

        http.put("/config/u", "{\"compatibility\":\"NONE\",\"alias\":\"v\"}");
        http.put("/config/u", "{\"normalize\":false}");

        assertThat(http.get("/config/u").json().toString())
                .isEqualTo("{\"compatibilityLevel\":\"NONE\",\"alias\":\"v\",\"normalize\":false}");
        assertThat(http.get("/config").json().get("normalize").asBoolean()).isTrue();
        assertThat(http.delete("/config/u").json().toString())
                .isEqualTo("{\"compatibilityLevel\":\"NONE\",\"alias\":\"v\",\"normalize\":false}");
        assertThat(http.get("/config/u").errorCode()).isEqualTo(40408);
    }

    @Test
    void shouldRefuseConfigFieldsOfTheWrongTypeAndIgnoreUnknownOnes() {
        Answer wrongType = http.put("/config", "{\"normalize\":\"yes\"}");
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().get("message").asText()).contains("normalize");
        assertThat(http.put("/config", "{\"defaultMetadata\":[1]}").status()).isEqualTo(422);

        assertThat(http.put("/config", "{\"compatibility\":\"NONE\",\"someFutureField\":1}").json().toString())
                .isEqualTo("{\"compatibility\":\"NONE\"}");
        assertThat(http.get("/config").json().toString()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    }

    @Test
    void shouldRefuseWritesInReadOnlyMode() {
        assertThat(http.get("/mode").json().toString()).isEqualTo("{\"mode\":\"READWRITE\"}");
        assertThat(http.get("/mode/u").errorCode()).isEqualTo(40409);
        assertThat(http.put("/mode", "{\"mode\":\"READONLY\"}").json().toString()).isEqualTo("{\"mode\":\"READONLY\"}");
        Answer refused = http.post("/subjects/u/versions", schemaBody(USER_V1));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42205);

        http.put("/mode/u", "{\"mode\":\"READWRITE\"}");
        assertThat(http.post("/subjects/u/versions", schemaBody(USER_V1)).status()).isEqualTo(200);
        assertThat(http.get("/mode/u").json().get("mode").asText()).isEqualTo("READWRITE");
        assertThat(http.put("/mode", "{\"mode\":\"SOMETIMES\"}").errorCode()).isEqualTo(42204);
    }

    @Test
    void shouldSoftDeleteThenPermanentlyDeleteSubjects() {
        register("gone", USER_V1);
        register("gone", USER_V2_DEFAULT);
        register("kept", USER_V1);

        Answer notSoft = http.delete("/subjects/gone?permanent=true");
        assertThat(notSoft.status()).isEqualTo(404);
        assertThat(notSoft.errorCode()).isEqualTo(40405);

        assertThat(http.delete("/subjects/gone").json().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects").json().toString()).isEqualTo("[\"kept\"]");
        assertThat(http.get("/subjects?deleted=true").json().toString()).isEqualTo("[\"gone\",\"kept\"]");
        assertThat(http.get("/subjects/gone/versions").errorCode()).isEqualTo(40401);
        assertThat(http.get("/subjects/gone/versions?deleted=true").json().toString()).isEqualTo("[1,2]");
        assertThat(http.delete("/subjects/gone").errorCode()).isEqualTo(40404);

        assertThat(http.delete("/subjects/gone?permanent=true").json().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects?deleted=true").json().toString()).isEqualTo("[\"kept\"]");
        assertThat(http.delete("/subjects/gone").errorCode()).isEqualTo(40401);
    }

    @Test
    void shouldSoftDeleteThenPermanentlyDeleteVersions() {
        register("s", USER_V1);
        register("s", USER_V2_DEFAULT);
        assertThat(http.delete("/subjects/s/versions/2?permanent=true").errorCode()).isEqualTo(40407);
        assertThat(http.delete("/subjects/s/versions/2").json().asInt()).isEqualTo(2);
        assertThat(http.delete("/subjects/s/versions/2").errorCode()).isEqualTo(40406);
        assertThat(http.get("/subjects/s/versions").json().toString()).isEqualTo("[1]");
        assertThat(http.get("/subjects/s/versions/2?deleted=true").json().get("version").asInt()).isEqualTo(2);
        assertThat(http.delete("/subjects/s/versions/2?permanent=true").json().asInt()).isEqualTo(2);
        assertThat(http.get("/subjects/s/versions/2?deleted=true").errorCode()).isEqualTo(40402);
        assertThat(http.delete("/subjects/s/versions/latest").json().asInt()).isEqualTo(1);
    }

    @Test
    void shouldResolveStoreAndReturnReferences() {
        String ticker = "{\"type\":\"record\",\"name\":\"Ticker\",\"namespace\":\"r\",\"fields\":["
                + "{\"name\":\"symbol\",\"type\":\"string\"}]}";
        register("ticker", ticker);
        String company = "{\"type\":\"record\",\"name\":\"Company\",\"namespace\":\"r\",\"fields\":["
                + "{\"name\":\"ticker\",\"type\":\"r.Ticker\"}]}";
        String body = "{\"schema\":" + Json.mapper().createObjectNode().textNode(company)
                + ",\"references\":[{\"name\":\"r.Ticker\",\"subject\":\"ticker\",\"version\":1}]}";
        Answer a = http.post("/subjects/company/versions", body);
        assertThat(a.status()).as(a.json().toString()).isEqualTo(200);
        int id = a.json().get("id").asInt();

        JsonNode byId = http.get("/schemas/ids/" + id).json();
        assertThat(byId.get("references").toString())
                .isEqualTo("[{\"name\":\"r.Ticker\",\"subject\":\"ticker\",\"version\":1}]");
        org.apache.avro.Schema.Parser expected = new org.apache.avro.Schema.Parser();
        expected.parse(ticker);
        org.apache.avro.Schema.Parser actual = new org.apache.avro.Schema.Parser();
        actual.parse(ticker);
        assertThat(actual.parse(byId.get("schema").asText())).isEqualTo(expected.parse(company));
        assertThat(http.get("/subjects/ticker/versions/1/referencedby").json().toString()).isEqualTo("[" + id + "]");
        assertThat(http.delete("/subjects/ticker/versions/1").errorCode()).isEqualTo(42206);

        String unresolved = "{\"schema\":" + Json.mapper().createObjectNode().textNode(company) + "}";
        assertThat(http.post("/subjects/company2/versions", unresolved).errorCode()).isEqualTo(42201);
    }

    @Test
    void shouldStoreAndReturnMetadataProperties() {
        String body = "{\"schema\":" + Json.mapper().createObjectNode().textNode(USER_V1)
                + ",\"metadata\":{\"properties\":{\"owner\":\"news-team\"}}}";
        int id = http.post("/subjects/m/versions", body).json().get("id").asInt();
        register("m", USER_V2_DEFAULT);
        JsonNode v1 = http.get("/subjects/m/versions/1").json();
        assertThat(v1.get("metadata").toString()).isEqualTo("{\"properties\":{\"owner\":\"news-team\"}}");
        assertThat(http.get("/subjects/m/versions/2").json().has("metadata")).isFalse();
        Answer byMeta = http.get("/subjects/m/metadata?key=owner&value=news-team");
        assertThat(byMeta.json().get("id").asInt()).isEqualTo(id);
        assertThat(http.get("/subjects/m/metadata?key=owner&value=other").errorCode()).isEqualTo(40403);
    }

    @Test
    void shouldAnswerUnknownRoutesWith404AndWrongMethodsWith405() {
        Answer unknown = http.get("/associations/subjects/x");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo(404);
        Answer wrongMethod = http.call("PATCH", "/subjects", null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.errorCode()).isEqualTo(405);
        assertThat(http.get("/").json().toString()).isEqualTo("{}");
        assertThat(http.get("/schemas/ids/notanumber").status()).isEqualTo(404);
    }

    @Test
    void shouldGiveOneIdWhenEightThreadsRegisterTheSameSchema() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String subject = "concurrent-" + (i % 2);
                Callable<Answer> task = () -> {
                    go.await();
                    return http.post("/subjects/" + subject + "/versions", schemaBody(USER_V1));
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            Set<Integer> ids = new HashSet<>();
            Set<Integer> versions = new HashSet<>();
            for (Future<Answer> f : futures) {
                Answer a = f.get();
                assertThat(a.status()).isEqualTo(200);
                ids.add(a.json().get("id").asInt());
                versions.add(a.json().get("version").asInt());
            }
            assertThat(ids).hasSize(1);
            assertThat(versions).containsExactly(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
