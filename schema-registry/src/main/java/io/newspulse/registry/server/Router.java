package io.newspulse.registry.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches a method and a percent-encoded path against templates like {@code /subjects/{subject}/versions}. */
public final class Router {

    /** Handles one routed request and returns the JSON-serialisable answer. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Request request);
    }

    /** Result of matching: the handler and decoded path parameters. */
    public record Match(Handler handler, Map<String, String> params) {
    }

    private record Route(String method, String[] segments, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, split(template), handler));
        return this;
    }

    /**
     * Finds the handler for a request.
     *
     * @throws io.newspulse.registry.model.RegistryException 404 when no template matches, 405 when only the method differs
     */
    public Match route(String method, String rawPath) {
        String[] parts = split(rawPath);
        boolean pathMatched = false;
        for (Route r : routes) {
            Map<String, String> params = match(r.segments(), parts);
            if (params != null) {
                if (r.method().equals(method)) {
                    return new Match(r.handler(), params);
                }
                pathMatched = true;
            }
        }
        throw pathMatched ? HttpError.methodNotAllowed() : HttpError.notFound();
    }

    private static Map<String, String> match(String[] template, String[] parts) {
        if (template.length != parts.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                params.put(t.substring(1, t.length() - 1), PercentDecoder.decode(parts[i]));
            } else if (!t.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }
}
