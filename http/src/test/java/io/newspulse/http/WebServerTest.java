package io.newspulse.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebServerTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    @BeforeEach
    void start() {
        server = WebServer.builder("test")
                .host("127.0.0.1")
                .port(0)
                .threads(2)
                .maxRequestBytes(64)
                .errors((status, method, path, message) -> new ErrorResponder.Answer(status, "application/json",
                        ("{\"status\":" + status + ",\"message\":\"" + (message == null ? "hidden" : "library") + "\"}")
                                .getBytes(StandardCharsets.UTF_8), Map.of("X-Path", path == null ? "(refused)" : path)))
                .routes(r -> {
                    r.get("/items/{id}", ctx -> ctx.result("id=" + ctx.pathParam("id") + " q=" + ctx.queryParamMap()));
                    r.post("/items/{id}", ctx -> ctx.result("bytes=" + ctx.bodyAsBytes().length));
                    r.get("/boom", ctx -> {
                        throw new IllegalStateException("secret detail");
                    });
                })
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldDecodePathAndQueryParametersKeepingPlusInPathsAndIgnoringATrailingSlash() throws Exception {
        HttpResponse<String> r = send("GET", "/items/a%20b%3Ac+d.%E6%97%A5/?k=a+b&k=c%2Bd&flag", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("id=a b:c+d.日 q={k=[a b, c+d], flag=[]}");
    }

    @Test
    void shouldAnswerUnknownPathsWrongMethodsAndLargeBodiesThroughTheErrorResponder() throws Exception {
        assertThat(send("GET", "/nothing", null)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).isEqualTo("{\"status\":404,\"message\":\"library\"}");
            assertThat(r.headers().firstValue("X-Path")).contains("/nothing");
        });
        assertThat(send("DELETE", "/items/x", null).statusCode()).isEqualTo(405);
        assertThat(send("POST", "/items/x", "x".repeat(10)).body()).isEqualTo("bytes=10");
        assertThat(send("POST", "/items/x", "x".repeat(65))).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("\"status\":413");
        });
    }

    @Test
    void shouldAnswerRequestsJettyRefusesBeforeRoutingThroughTheErrorResponder() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /items/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/json")
                    .contains("X-Path: (refused)").endsWith("{\"status\":400,\"message\":\"library\"}").doesNotContain("<html");
        }
    }

    @Test
    void shouldHideUnexpectedExceptionsBehindA500() throws Exception {
        HttpResponse<String> r = send("GET", "/boom", null);
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).isEqualTo("{\"status\":500,\"message\":\"hidden\"}").doesNotContain("secret");
    }

    @Test
    void shouldServeHeadFromTheGetRouteWithoutABody() throws Exception {
        HttpResponse<String> r = send("HEAD", "/items/x", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void shouldFreeThePortWhenClosed() {
        int port = server.port();
        assertThat(port).isPositive();
        server.close();
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/items/x")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    @Test
    void shouldRefuseAPortInUseWithAClearMessage() {
        assertThatThrownBy(() -> WebServer.builder("second").host("127.0.0.1").port(server.port()).start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot listen on 127.0.0.1:" + server.port());
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
