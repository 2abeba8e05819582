package io.newspulse.streams.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance of the application over HTTP. Requests carry {@link #INTERNAL_HEADER} so that the peer
 * answers from its own stores and never forwards again (no loops while metadata is changing).
 */
public final class PeerClient {
    /** Header marking a request from another instance: answer locally, don't route. */
    public static final String INTERNAL_HEADER = "X-Newspulse-Internal";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** GET {@code pathAndQuery} on {@code host}; the peer's JSON, or its error with its status. */
    public JsonNode get(HostInfo host, String pathAndQuery) {
        try {
            return parse(host, http.send(request(host, pathAndQuery), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw QueryException.unavailable("instance " + address(host) + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw QueryException.unavailable("interrupted while asking " + address(host));
        }
    }

    /** GET {@code pathAndQuery} on every host in parallel; answers in the order of {@code hosts}. */
    public List<JsonNode> getAll(List<HostInfo> hosts, String pathAndQuery) {
        List<CompletableFuture<JsonNode>> calls = hosts.stream()
                .map(h -> http.sendAsync(request(h, pathAndQuery), HttpResponse.BodyHandlers.ofString()).thenApply(r -> parse(h, r)))
                .toList();
        try {
            return calls.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            if (e.getCause() instanceof QueryException q) {
                throw q;
            }
            throw QueryException.unavailable("an instance did not answer: " + e.getCause().getMessage());
        }
    }

    private static HttpRequest request(HostInfo host, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://" + address(host) + pathAndQuery))
                .timeout(TIMEOUT).header(INTERNAL_HEADER, "1").header("Accept", "application/json").GET().build();
    }

    private static JsonNode parse(HostInfo host, HttpResponse<String> response) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw QueryException.unavailable("instance " + address(host) + " answered with invalid JSON");
        }
        if (response.statusCode() != 200) {
            String message = body.path("error").asText("instance " + address(host) + " answered " + response.statusCode());
            throw new QueryException(response.statusCode(), message);
        }
        return body;
    }

    static String address(HostInfo host) {
        return host.host() + ":" + host.port();
    }
}
