package io.newspulse.streams.errors;

import java.util.List;
import java.util.Map;

import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Where the error handlers send records (the dead-letter topic) and where they count them, read from the Streams
 * config map (the metrics object may be passed in it directly).
 */
final class DeadLetterTarget {
    private final String topic;
    private final PipelineMetrics metrics;

    private DeadLetterTarget(String topic, PipelineMetrics metrics) {
        this.topic = topic;
        this.metrics = metrics;
    }

    static DeadLetterTarget from(Map<String, ?> configs) {
        Object topic = configs.get(DeadLetters.CONFIG_TOPIC);
        Object metrics = configs.get(DeadLetters.CONFIG_METRICS);
        return new DeadLetterTarget(topic == null ? Topics.defaults().deadletter() : topic.toString(),
                metrics instanceof PipelineMetrics m ? m : PipelineMetrics.shared());
    }

    /**
     * True when the failure may go away by itself (schema registry or broker unreachable): such records are not
     * poison pills, so the handlers fail the task instead of dead-lettering them; the thread is replaced and the
     * record retried from its committed offset.
     */
    static boolean isRetriable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RetriableException) {
                return true;
            }
        }
        return false;
    }

    /** Counts one dead letter of {@code stage} and builds its record. */
    List<ProducerRecord<byte[], byte[]>> deadLetter(String stage, byte[] key, byte[] value, String sourceTopic, int partition,
                                                    long offset, String processor, Throwable error) {
        metrics.deadLettered(stage);
        return DeadLetters.record(topic, stage, key, value, sourceTopic, partition, offset, processor, error);
    }
}
