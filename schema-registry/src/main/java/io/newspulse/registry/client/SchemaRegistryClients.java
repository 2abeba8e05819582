package io.newspulse.registry.client;

import java.util.Map;

/** Creates the client a configuration asks for: the in-memory one for {@code mock://scope}, else the HTTP one. */
public final class SchemaRegistryClients {
    private SchemaRegistryClients() {
    }

    /** @param config must hold {@code schema.registry.url}; other client keys as for {@link CachingRegistryClient} */
    public static SchemaRegistryClient create(Map<String, ?> config) {
        Object url = config.get(ClientConfig.URL);
        String scope = MockSchemaRegistry.scopeOf(url == null ? null : url.toString());
        return scope != null ? MockSchemaRegistry.getClientForScope(scope) : new CachingRegistryClient(config);
    }
}
