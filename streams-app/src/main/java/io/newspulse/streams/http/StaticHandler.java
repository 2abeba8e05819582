package io.newspulse.streams.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import io.newspulse.streams.query.QueryException;

/**
 * The bundled dashboard ({@code /}, {@code /assets/{file}}) and {@code /openapi.json}, from classpath
 * {@code dashboard/}. Only names of the form {@code [a-z0-9-]+.(js|css|svg)} are assets.
 */
final class StaticHandler {
    private static final Pattern ASSET = Pattern.compile("[a-z0-9-]+\\.(js|css|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json; charset=utf-8");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    void index(Context ctx) {
        serve(ctx, "index.html");
    }

    void openApi(Context ctx) {
        serve(ctx, "openapi.json");
    }

    void asset(Context ctx) {
        String file = ctx.pathParam("file");
        serve(ctx, ASSET.matcher(file).matches() ? file : null);
    }

    private void serve(Context ctx, String file) {
        byte[] body = file == null ? null : load(file);
        if (body == null) {
            throw QueryException.notFound("no such page: " + ctx.path());
        }
        Exchanges.bytes(ctx, 200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), body);
    }

    private byte[] load(String file) {
        return cache.computeIfAbsent(file, f -> {
            try (InputStream in = StaticHandler.class.getResourceAsStream("/dashboard/" + f)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
