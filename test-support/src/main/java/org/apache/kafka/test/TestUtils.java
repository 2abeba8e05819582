package org.apache.kafka.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Minimal stand-in for Kafka's {@code TestUtils} from the kafka-clients test jar, which is not published for
 * Kafka 4.4.0. {@code KafkaClusterTestKit}'s {@code SslManager} only needs the two temp-file helpers below.
 */
public final class TestUtils {
    private TestUtils() {
    }

    /** A temporary file deleted on exit. */
    public static File tempFile() {
        return tempFile("kafka", ".tmp");
    }

    /** A temporary file with the given prefix and suffix, deleted on exit. */
    public static File tempFile(String prefix, String suffix) {
        try {
            File f = Files.createTempFile(prefix, suffix).toFile();
            f.deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
