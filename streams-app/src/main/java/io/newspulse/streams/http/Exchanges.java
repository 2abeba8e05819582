package io.newspulse.streams.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.newspulse.core.json.Json;
import io.newspulse.http.ErrorResponder;
import io.newspulse.http.WebServer;

/** Writing the query API's responses: JSON bodies, {@code {"error": "..."}} errors, raw bytes; never cached. */
final class Exchanges {
    static final String JSON = "application/json; charset=utf-8";

    private Exchanges() {
    }

    static void json(Context ctx, int status, Object body) {
        try {
            bytes(ctx, status, JSON, Json.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode response: " + e.getOriginalMessage(), e);
        }
    }

    static void error(Context ctx, int status, String message) {
        WebServer.send(ctx, answer(status, message));
    }

    private static ErrorResponder.Answer answer(int status, String message) {
        try {
            byte[] body = Json.mapper().writeValueAsBytes(Map.of("error", message == null ? "error" : message));
            return new ErrorResponder.Answer(status, JSON, body,
                    status == 405 ? Map.of("Allow", "GET, HEAD", "Cache-Control", "no-store") : Map.of("Cache-Control", "no-store"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an error", e);
        }
    }

    static void bytes(Context ctx, int status, String contentType, byte[] body) {
        ctx.status(status).contentType(contentType).header("Cache-Control", "no-store").result(body);
    }

    static void text(Context ctx, int status, String contentType, String body) {
        bytes(ctx, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The API's bodies for what the HTTP layer answers itself: unknown paths, unexpected failures, and requests
     * Jetty refuses before routing (path null), such as a path climbing above the root: they name no page, 404 as
     * before (the API itself never answers a GET with a bare 400 from the layer).
     */
    static ErrorResponder errors() {
        return (status, method, path, message) -> {
            if (path == null) {
                return status == 400 ? answer(404, "no such page") : answer(status, message);
            }
            return switch (status) {
                case 404 -> answer(404, path.startsWith("/api/") ? "no such endpoint: " + path + " (see /openapi.json)"
                        : "no such page: " + path);
                case 405 -> answer(405, "method " + method + " is not allowed; use GET");
                case 500 -> answer(500, "internal error");
                default -> answer(status, message);
            };
        };
    }
}
