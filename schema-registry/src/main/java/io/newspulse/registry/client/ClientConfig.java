package io.newspulse.registry.client;

import java.util.Map;

/** Configuration keys of {@link CachingRegistryClient} (Confluent's names). */
public final class ClientConfig {
    public static final String URL = "schema.registry.url";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
    public static final String TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
    public static final String TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String READ_TIMEOUT_MS = "http.read.timeout.ms";

    private ClientConfig() {
    }

    /** Value of a key, also accepting the {@code schema.registry.}-prefixed spelling. */
    static String string(Map<String, ?> config, String key, String fallback) {
        Object v = config.get(key);
        if (v == null && !key.startsWith("schema.registry.")) {
            v = config.get("schema.registry." + key);
        }
        if (v instanceof org.apache.kafka.common.config.types.Password p) {
            return p.value();
        }
        return v == null ? fallback : v.toString();
    }

    static long number(Map<String, ?> config, String key, long fallback) {
        String v = string(config, key, null);
        return v == null || v.isBlank() ? fallback : Long.parseLong(v.trim());
    }
}
