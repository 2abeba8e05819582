package io.newspulse.registry.client;

import com.sun.net.httpserver.HttpServer;
import io.newspulse.registry.server.InMemoryRegistry;
import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.registry.server.SchemaRegistryServer;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachedSchemaRegistryClientTest {
    private static final Schema V1 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"U\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"}]}");
    private static final Schema V2 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"U\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\",\"default\":1}]}");
    private static final Schema BAD = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"U\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"int\"}]}");

    private SchemaRegistryServer server;
    private HttpServer stub;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (stub != null) {
            stub.stop(0);
        }
    }

    private static Map<String, Object> config(String url) {
        Map<String, Object> c = new HashMap<>();
        c.put(ClientConfig.URL, url);
        c.put(ClientConfig.MAX_RETRIES, 2);
        c.put(ClientConfig.RETRIES_WAIT_MS, 1);
        c.put(ClientConfig.RETRIES_MAX_WAIT_MS, 5);
        return c;
    }

    private static String deadUrl() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void shouldRegisterLookUpAndServeFromCacheOnceTheRegistryIsGone() {
        server = InMemoryRegistry.start(Map.of());
        CachingRegistryClient client = new CachingRegistryClient(config(server.url()));
        int id = client.register("u-value", V1);
        assertThat(client.getId("u-value", V1)).isEqualTo(id);
        assertThat(client.getVersion("u-value", V1)).isEqualTo(1);
        assertThat(client.testCompatibility("u-value", V2)).isTrue();
        assertThat(client.testCompatibility("u-value", BAD)).isFalse();
        int id2 = client.register("u-value", V2);
        assertThat(client.getLatestVersion("u-value")).isEqualTo(new SchemaMetadata(id2, 2, "u-value", V2.toString()));
        assertThat(client.getSchemaMetadata("u-value", 1).id()).isEqualTo(id);
        assertThat(client.getAllSubjects()).containsExactly("u-value");
        assertThat(client.getAllVersions("u-value")).containsExactly(1, 2);
        assertThat(client.getCompatibility("u-value")).isEqualTo("BACKWARD");
        assertThat(client.updateCompatibility("u-value", "full")).isEqualTo("FULL");
        assertThat(client.getCompatibility(null)).isEqualTo("BACKWARD");

        CachingRegistryClient reader = new CachingRegistryClient(config(server.url()));
        assertThat(reader.getSchemaById(id)).isEqualTo(V1);
        server.close();
        server = null;
        assertThat(reader.getSchemaById(id)).isEqualTo(V1);
        assertThat(client.register("u-value", V2)).isEqualTo(id2);
    }

    @Test
    void shouldFailOverToTheNextUrl() throws IOException {
        server = InMemoryRegistry.start(Map.of());
        CachingRegistryClient client = new CachingRegistryClient(config(deadUrl() + "," + server.url()));
        assertThat(client.register("s", V1)).isEqualTo(1);
    }

    @Test
    void shouldThrowRetriableExceptionWhenNoUrlAnswers() throws IOException {
        CachingRegistryClient client = new CachingRegistryClient(config(deadUrl()));
        assertThatThrownBy(() -> client.getSchemaById(1))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .isInstanceOf(org.apache.kafka.common.errors.RetriableException.class)
                .hasMessageContaining("after 3 attempts");
    }

    @Test
    void shouldNotRetryClientErrors() {
        AtomicInteger calls = startStub(new ArrayDeque<>(List.of(
                new Canned(404, "{\"error_code\":40401,\"message\":\"Subject 'x' not found.\"}"))));
        CachingRegistryClient client = new CachingRegistryClient(config(stubUrl()));
        assertThatThrownBy(() -> client.getLatestVersion("x"))
                .isInstanceOfSatisfying(RestClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(40401);
                    assertThat(e.retriable()).isFalse();
                });
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void shouldRetryServerErrorsWithBackoff() {
        AtomicInteger calls = startStub(new ArrayDeque<>(List.of(
                new Canned(500, "{\"error_code\":50001,\"message\":\"store error\"}"),
                new Canned(503, "{\"error_code\":50003,\"message\":\"busy\"}"),
                new Canned(200, "{\"schema\":\"\\\"string\\\"\"}"))));
        CachingRegistryClient client = new CachingRegistryClient(config(stubUrl()));
        assertThat(client.getSchemaById(5)).isEqualTo(Schema.create(Schema.Type.STRING));
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void shouldSendBasicAuthCredentialsFromUserInfo() {
        server = InMemoryRegistry.start(Map.of(SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "u:p"));
        Map<String, Object> cfg = config(server.url());
        assertThatThrownBy(() -> new CachingRegistryClient(cfg).getAllSubjects())
                .isInstanceOfSatisfying(RestClientException.class, e -> assertThat(e.status()).isEqualTo(401));
        cfg.put(ClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
        cfg.put(ClientConfig.BASIC_AUTH_USER_INFO, "u:p");
        assertThat(new CachingRegistryClient(cfg).getAllSubjects()).isEmpty();
    }

    @Test
    void shouldSelectMockClientForMockUrls() {
        SchemaRegistryClient a = SchemaRegistryClients.create(Map.of(ClientConfig.URL, "mock://client-test"));
        assertThat(a).isSameAs(MockSchemaRegistry.getClientForScope("client-test"));
        a.register("s", V1);
        MockSchemaRegistry.dropScope("client-test");
        assertThat(MockSchemaRegistry.getClientForScope("client-test").getAllSubjects()).isEmpty();
        MockSchemaRegistry.dropScope("client-test");
    }

    private record Canned(int status, String body) {
    }

    private AtomicInteger startStub(Deque<Canned> answers) {
        AtomicInteger calls = new AtomicInteger();
        try {
            stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        stub.createContext("/", ex -> {
            calls.incrementAndGet();
            Canned c = answers.size() > 1 ? answers.poll() : answers.peek();
            byte[] b = c.body().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(c.status(), b.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        });
        stub.start();
        return calls;
    }

    private String stubUrl() {
        return "http://127.0.0.1:" + stub.getAddress().getPort();
    }
}
