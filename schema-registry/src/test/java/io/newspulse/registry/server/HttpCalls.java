package io.newspulse.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Minimal raw HTTP calls against a registry, for endpoint tests. */
public final class HttpCalls {
    /** Status plus parsed JSON body of an answer. */
    public record Answer(int status, JsonNode json, String contentType) {
        public int errorCode() {
            return json.path("error_code").asInt();
        }
    }

    private final String baseUrl;
    private final String auth;
    private final HttpClient http = HttpClient.newHttpClient();

    public HttpCalls(String baseUrl) {
        this(baseUrl, null);
    }

    public HttpCalls(String baseUrl, String userInfo) {
        this.baseUrl = baseUrl;
        this.auth = userInfo == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    public Answer get(String path) {
        return call("GET", path, null);
    }

    public Answer post(String path, String body) {
        return call("POST", path, body);
    }

    public Answer put(String path, String body) {
        return call("PUT", path, body);
    }

    public Answer delete(String path) {
        return call("DELETE", path, null);
    }

    /** JSON body {"schema": schemaJson}. */
    public static String schemaBody(String schemaJson) {
        return Json.mapper().createObjectNode().put("schema", schemaJson).toString();
    }

    public Answer call(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isEmpty() ? null : Json.mapper().readTree(r.body());
            return new Answer(r.statusCode(), json, r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
