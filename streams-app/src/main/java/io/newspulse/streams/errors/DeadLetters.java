package io.newspulse.streams.errors;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds the records of the dead-letter topic: the original key and value bytes, with the error and the
 * record's origin in headers so an operator can find, fix and replay it.
 */
public final class DeadLetters {
    public static final String CONFIG_TOPIC = "newspulse.deadletter.topic";
    public static final String CONFIG_METRICS = "newspulse.deadletter.metrics";

    public static final String H_STAGE = "newspulse.error.stage";
    public static final String H_ERROR = "newspulse.error.message";
    public static final String H_CLASS = "newspulse.error.class";
    public static final String H_TOPIC = "newspulse.error.topic";
    public static final String H_PARTITION = "newspulse.error.partition";
    public static final String H_OFFSET = "newspulse.error.offset";
    public static final String H_PROCESSOR = "newspulse.error.processor";
    /** Set when the value was cut to {@link #MAX_VALUE_BYTES}: the original size in bytes. */
    public static final String H_VALUE_BYTES = "newspulse.error.value.bytes";
    /** Largest value kept in a dead letter, below the producer's default max.request.size of 1 MiB. */
    public static final int MAX_VALUE_BYTES = 512 * 1024;

    private static final int MAX_MESSAGE = 2000;

    private DeadLetters() {
    }

    /** One dead-letter record; {@code processor} may be null. */
    public static List<ProducerRecord<byte[], byte[]>> record(String deadLetterTopic, String stage, byte[] key, byte[] value,
                                                              String topic, int partition, long offset, String processor,
                                                              Throwable error) {
        Headers headers = new RecordHeaders();
        put(headers, H_STAGE, stage);
        put(headers, H_ERROR, describe(error));
        put(headers, H_CLASS, error.getClass().getName());
        put(headers, H_TOPIC, topic);
        put(headers, H_PARTITION, String.valueOf(partition));
        put(headers, H_OFFSET, String.valueOf(offset));
        if (processor != null) {
            put(headers, H_PROCESSOR, processor);
        }
        byte[] kept = value;
        if (value != null && value.length > MAX_VALUE_BYTES) {
            // a 10 MB record would make the dead letter itself too large to write, and the task would fail forever
            put(headers, H_VALUE_BYTES, String.valueOf(value.length));
            kept = java.util.Arrays.copyOf(value, MAX_VALUE_BYTES);
        }
        return List.of(new ProducerRecord<>(deadLetterTopic, null, key, kept, headers));
    }

    static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Throwable t = error;
        while (t != null && sb.length() < MAX_MESSAGE) {
            if (!sb.isEmpty()) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            t = t.getCause() == t ? null : t.getCause();
        }
        return sb.length() > MAX_MESSAGE ? sb.substring(0, MAX_MESSAGE) : sb.toString();
    }

    private static void put(Headers headers, String key, String value) {
        headers.add(key, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }
}
