package io.newspulse.registry.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Process-wide registry of {@link MockSchemaRegistryClient}s keyed by the scope of a {@code mock://scope} URL. */
public final class MockSchemaRegistry {
    /** URL scheme selecting the in-memory registry. */
    public static final String MOCK_URL_PREFIX = "mock://";

    private static final Map<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private MockSchemaRegistry() {
    }

    /** The shared client of a scope, created on first use. */
    public static MockSchemaRegistryClient getClientForScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistryClient());
    }

    /** Forgets a scope so the next use starts empty (call between tests). */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    /** Scope of a {@code mock://scope} URL, or null for other URLs. */
    public static String scopeOf(String url) {
        if (url == null) {
            return null;
        }
        String first = url.split(",")[0].trim();
        return first.startsWith(MOCK_URL_PREFIX) ? first.substring(MOCK_URL_PREFIX.length()) : null;
    }
}
