package org.apache.kafka.test;

import org.apache.kafka.common.network.ConnectionMode;

import java.io.File;
import java.util.HashMap;
import java.util.Map;

/**
 * Stand-in for Kafka's {@code TestSslUtils} (kafka-clients test jar, not published for 4.4.0).
 * {@code KafkaClusterTestKit} always asks it for SSL settings; our embedded clusters use PLAINTEXT listeners only,
 * so the builder answers with only an (empty, never opened) key store location, which the test kit logs.
 */
public final class TestSslUtils {
    private TestSslUtils() {
    }

    /** Builder returning a placeholder SSL configuration. */
    public static final class SslConfigsBuilder {
        public SslConfigsBuilder(ConnectionMode mode) {
            // PLAINTEXT only: nothing to configure
        }

        public SslConfigsBuilder createNewTrustStore(File trustStore) {
            return this;
        }

        public SslConfigsBuilder useExistingTrustStore(File trustStore) {
            return this;
        }

        public Map<String, Object> build() {
            Map<String, Object> config = new HashMap<>();
            config.put("ssl.keystore.location", TestUtils.tempFile("keystore", ".jks").getPath());
            return config;
        }
    }
}
