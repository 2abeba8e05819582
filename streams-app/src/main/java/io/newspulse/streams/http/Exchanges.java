package io.newspulse.streams.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.newspulse.core.json.Json;
import io.newspulse.http.ErrorResponder;

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
        if (status == 405) {
            ctx.header("Allow", "GET, HEAD");
        }
        json(ctx, status, Map.of("error", message == null ? "error" : message));
    }

    static void bytes(Context ctx, int status, String contentType, byte[] body) {
        ctx.status(status).contentType(contentType).header("Cache-Control", "no-store").result(body);
    }

    static void text(Context ctx, int status, String contentType, String body) {
        bytes(ctx, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The API's bodies for what the HTTP layer answers itself: unknown paths, unexpected failures. */
    static ErrorResponder errors() {
        return (ctx, status, message) -> {
            String path = ctx.path();
            String text = switch (status) {
                case 404 -> path.startsWith("/api/") ? "no such endpoint: " + path + " (see /openapi.json)"
                        : "no such page: " + path;
                case 405 -> "method " + ctx.method().name() + " is not allowed; use GET";
                case 500 -> "internal error";
                default -> message;
            };
            error(ctx, status, text);
        };
    }
}
