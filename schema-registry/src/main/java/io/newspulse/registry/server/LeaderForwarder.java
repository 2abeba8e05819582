package io.newspulse.registry.server;

import io.newspulse.registry.model.Errors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sends a write a follower received to the leader, unchanged (method, raw path and query, body, content type,
 * authorization), and hands back the leader's answer as it is. One kept-alive HTTP/1.1 client per registry.
 */
final class LeaderForwarder {
    /** Marks a forwarded request, so that an instance that is not the leader either refuses it instead of looping. */
    static final String FORWARDED_HEADER = "X-Newspulse-Registry-Forwarded";

    /** The leader's answer: status, content type (may be null) and body bytes. */
    record Answer(int status, String contentType, byte[] body) {
    }

    private final HttpClient http;
    private final Duration timeout;

    LeaderForwarder(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(Math.min(timeout.toMillis(), 5_000))).build();
    }

    /**
     * @param pathAndQuery the request's raw (still percent-encoded) path plus {@code ?query} if any
     * @param headers      request headers to pass on (null values are skipped)
     * @throws io.newspulse.registry.model.RegistryException 500 / 50003 when the leader cannot be reached
     */
    Answer forward(String leaderUrl, String method, String pathAndQuery, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(stripSlash(leaderUrl) + pathAndQuery)).timeout(timeout)
                    .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                    .header(FORWARDED_HEADER, "true");
        } catch (IllegalArgumentException e) {
            throw Errors.forwardingFailed(leaderUrl, "invalid leader URL", e);
        }
        headers.forEach((name, value) -> {
            if (value != null) {
                b.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw Errors.forwardingFailed(leaderUrl, detail, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.forwardingFailed(leaderUrl, "interrupted", e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
