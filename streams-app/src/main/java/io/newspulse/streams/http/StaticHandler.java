package io.newspulse.streams.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** The bundled dashboard ({@code /}, {@code /assets/*}) and {@code /openapi.json}, from classpath {@code dashboard/}. */
final class StaticHandler implements HttpHandler {
    private static final Pattern ASSET = Pattern.compile("^/assets/([a-z0-9-]+\\.(js|css|svg))$");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json; charset=utf-8");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!Exchanges.readOnly(ex)) {
            return;
        }
        String path = ex.getRequestURI().getPath();
        String file;
        if (path.equals("/") || path.equals("/index.html")) {
            file = "index.html";
        } else if (path.equals("/openapi.json")) {
            file = "openapi.json";
        } else {
            var m = ASSET.matcher(path);
            file = m.matches() ? m.group(1) : null;
        }
        byte[] body = file == null ? null : load(file);
        if (body == null) {
            Exchanges.error(ex, 404, "no such page: " + path);
            return;
        }
        String ext = file.substring(file.lastIndexOf('.') + 1);
        Exchanges.bytes(ex, 200, TYPES.get(ext), body);
    }

    private byte[] load(String file) throws IOException {
        byte[] cached = cache.get(file);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = StaticHandler.class.getResourceAsStream("/dashboard/" + file)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            cache.put(file, bytes);
            return bytes;
        }
    }
}
