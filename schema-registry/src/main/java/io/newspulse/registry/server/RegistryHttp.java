package io.newspulse.registry.server;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newspulse.core.json.Json;
import io.newspulse.http.ErrorResponder;
import io.newspulse.http.WebServer;
import io.newspulse.registry.model.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's side of the shared HTTP layer: its JSON content type, its error bodies
 * ({@code {"error_code": N, "message": "..."}}, never a stack trace) and optional HTTP basic authentication.
 */
final class RegistryHttp {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttp.class);

    private RegistryHttp() {
    }

    /**
     * Declares the endpoints, the error handling and (when {@code userInfo} is set) authentication of every request;
     * requests wait until {@code loaded} completes (the store has caught up).
     */
    static void routes(RoutesConfig routes, CompletableFuture<?> loaded, RegistryRoutes endpoints, String userInfo) {
        routes.before(ctx -> loaded.join());
        if (userInfo != null) {
            byte[] expected = ("Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.UTF_8);
            routes.before(ctx -> {
                String header = ctx.header("Authorization");
                if (header == null || !MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.UTF_8))) {
                    throw HttpError.unauthorized();
                }
            });
        }
        routes.exception(RegistryException.class, (e, ctx) -> error(ctx, e));
        endpoints.register(routes);
    }

    /** The registry's bodies for the errors the HTTP layer raises itself (routing, body limit, unexpected failures). */
    static ErrorResponder errors(int maxRequestBytes) {
        return (status, method, path, message) -> answer(switch (status) {
            case 404 -> HttpError.notFound();
            case 405 -> HttpError.methodNotAllowed();
            case 413 -> HttpError.tooLarge(maxRequestBytes);
            case 500 -> new RegistryException(500, 50001, "Internal error while handling the request");
            default -> new RegistryException(status, status, message == null ? "HTTP " + status : message);
        });
    }

    static void error(Context ctx, RegistryException e) {
        if (e.status() >= 500) {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e.getCause());
        }
        WebServer.send(ctx, answer(e));
    }

    private static ErrorResponder.Answer answer(RegistryException e) {
        try {
            byte[] body = Json.mapper().writeValueAsBytes(Json.mapper().createObjectNode()
                    .put("error_code", e.errorCode()).put("message", e.getMessage()));
            return new ErrorResponder.Answer(e.status(), CONTENT_TYPE, body, e.status() == 401
                    ? Map.of("WWW-Authenticate", "Basic realm=\"schema-registry\"") : Map.of());
        } catch (JsonProcessingException x) {
            throw new UncheckedIOException(x);
        }
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(Json.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
