package io.newspulse.streams.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import io.newspulse.core.json.Json;

/** Writing responses: JSON bodies, {@code {"error": "..."}} errors, raw bytes. */
final class Exchanges {
    static final String JSON = "application/json; charset=utf-8";

    private Exchanges() {
    }

    static void json(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot encode response: " + e.getOriginalMessage(), e);
        }
        bytes(ex, status, JSON, bytes);
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, Map.of("error", message == null ? "error" : message));
    }

    static void bytes(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static void text(HttpExchange ex, int status, String contentType, String body) throws IOException {
        bytes(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** False (after answering 405) unless the request is a GET or HEAD. */
    static boolean readOnly(HttpExchange ex) throws IOException {
        String m = ex.getRequestMethod();
        if ("GET".equals(m) || "HEAD".equals(m)) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        error(ex, 405, "method " + m + " is not allowed; use GET");
        return false;
    }
}
