package io.newspulse.streams.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.newspulse.core.json.Json;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query API's HTTP surface that needs no Kafka: what a bound but not yet started instance answers. */
class QueryApiBeforeStartTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private QueryApi api;

    @BeforeEach
    void bind() {
        api = QueryApi.bind(new StreamsAppConfig(Map.of(
                CommonConfig.BOOTSTRAP_SERVERS, "unused:9092",
                CommonConfig.SCHEMA_REGISTRY_URL, "http://unused:8081",
                StreamsAppConfig.HTTP_PORT, 0)));
    }

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void shouldNotListenWhenThePortIsMinusOne() {
        assertThat(QueryApi.bind(new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092",
                CommonConfig.SCHEMA_REGISTRY_URL, "http://unused:8081")))).isNull();
    }

    @Test
    void shouldAnswerHealthAndTheDashboardAtOnceAndTheStoreEndpointsWith503UntilStarted() throws Exception {
        assertThat(api.applicationServer()).matches("127\\.0\\.0\\.1:\\d+");
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(get("/assets/app.js").statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(get("/openapi.json").body()).path("paths").has("/api/top")).isTrue();

        for (String path : new String[] {"/api/companies", "/api/top?window=1m", "/api/stream", "/ready", "/metrics"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(503);
            assertThat(Json.mapper().readTree(r.body()).path("error").asText()).as(path).contains("not running yet");
        }
    }

    @Test
    void shouldAnswerUnknownPathsWith404AndTheirOwnMessage() throws Exception {
        assertError(get("/api/nothing-here"), 404, "no such endpoint: /api/nothing-here (see /openapi.json)");
        assertError(get("/no/such/page"), 404, "no such page: /no/such/page");
        assertError(get("/assets/Upper.JS"), 404, "no such page: /assets/Upper.JS");
        assertError(get("/assets/..%2F..%2Fpom.xml"), 404, "no such page");
        assertError(get("/assets/../../../etc/passwd"), 404, "no such page");
    }

    @Test
    void shouldRefuseEveryMethodButGetAndHeadWith405AndAnAllowHeader() throws Exception {
        HttpResponse<String> post = send("POST", "/api/companies");
        assertError(post, 405, "method POST is not allowed; use GET");
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertError(send("DELETE", "/no/such/page"), 405, "method DELETE is not allowed");
        HttpResponse<String> head = send("HEAD", "/health");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    private static void assertError(HttpResponse<String> r, int status, String message) throws IOException {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(Json.mapper().readTree(r.body()).path("error").asText()).contains(message);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(api.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
