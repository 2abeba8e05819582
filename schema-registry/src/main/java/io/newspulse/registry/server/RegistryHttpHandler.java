package io.newspulse.registry.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newspulse.core.json.Json;
import io.newspulse.registry.model.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bridges {@link com.sun.net.httpserver.HttpServer} to the {@link Router}: authentication, body limit,
 * query parsing, JSON rendering and error bodies (never a stack trace).
 */
final class RegistryHttpHandler implements HttpHandler {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpHandler.class);

    private final Router router;
    private final int maxRequestBytes;
    private final byte[] expectedAuth;

    /**
     * @param userInfo {@code user:password} or null for no authentication
     */
    RegistryHttpHandler(Router router, int maxRequestBytes, String userInfo) {
        this.router = router;
        this.maxRequestBytes = maxRequestBytes;
        this.expectedAuth = userInfo == null ? null
                : ("Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        int status;
        Object body;
        try {
            authenticate(exchange);
            Router.Match match = router.route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
            byte[] requestBody = readBody(exchange);
            Request request = new Request(exchange.getRequestMethod(), match.params(),
                    parseQuery(exchange.getRequestURI().getRawQuery()), requestBody);
            body = match.handler().handle(request);
            status = 200;
        } catch (RegistryException e) {
            status = e.status();
            body = error(e.errorCode(), e.getMessage());
            if (status >= 500) {
                LOG.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage(),
                        e.getCause());
            }
        } catch (RuntimeException e) {
            LOG.error("{} {} failed unexpectedly", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            status = 500;
            body = error(50001, "Internal error while handling the request");
        }
        if (status == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"schema-registry\"");
        }
        send(exchange, status, body);
    }

    private void authenticate(HttpExchange exchange) {
        if (expectedAuth == null) {
            return;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !MessageDigest.isEqual(expectedAuth, header.trim().getBytes(StandardCharsets.UTF_8))) {
            throw HttpError.unauthorized();
        }
    }

    private byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxRequestBytes) {
                    throw HttpError.tooLarge(maxRequestBytes);
                }
            } catch (NumberFormatException ignored) {
                // let the streaming limit below decide
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > maxRequestBytes) {
                    throw HttpError.tooLarge(maxRequestBytes);
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = PercentDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String v = eq < 0 ? "" : PercentDecoder.decode(pair.substring(eq + 1), true);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static ObjectNode error(int code, String message) {
        return Json.mapper().createObjectNode().put("error_code", code).put("message", message);
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }
}
