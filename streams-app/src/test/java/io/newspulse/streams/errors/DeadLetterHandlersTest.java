package io.newspulse.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.registry.client.SchemaRegistryUnavailableException;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** Poison pills are dead-lettered; failures that may go away (registry down) fail the task so nothing is lost. */
class DeadLetterHandlersTest {
    private final PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());
    private final Map<String, Object> config = Map.of(DeadLetters.CONFIG_TOPIC, "dlq", DeadLetters.CONFIG_METRICS, metrics);
    private final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("news.mentions", 2, 9L, "k".getBytes(), "v".getBytes());

    @Test
    void shouldDeadLetterAnUndecodableRecord() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(config);
        var response = handler.handleError(context(), record, new SerializationException("unknown magic byte"));
        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        assertThat(response.deadLetterQueueRecords().get(0).topic()).isEqualTo("dlq");
        assertThat(metrics.deadLetters()).isEqualTo(1.0);
    }

    @Test
    void shouldFailTheTaskInsteadOfDeadLetteringWhenTheRegistryIsUnreachable() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(config);
        var cause = new SerializationException("cannot fetch schema id 3", new SchemaRegistryUnavailableException("no registry reachable", new java.io.IOException("refused")));
        var response = handler.handleError(context(), record, cause);
        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(metrics.deadLetters()).isZero();
    }

    @Test
    void shouldSeparateInvalidArticlesFromRetriableProcessingFailures() {
        DeadLetterProcessingHandler handler = new DeadLetterProcessingHandler();
        handler.configure(config);
        Record<Object, Object> r = new Record<>("k", "v", 0L);
        assertThat(handler.handleError(context(), r, new InvalidArticleException("empty body")).result())
                .isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(handler.handleError(context(), r, new IllegalStateException("x", new SchemaRegistryUnavailableException("down", new java.io.IOException("refused")))).result())
                .isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(metrics.deadLetters()).isEqualTo(1.0);
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override public String topic() { return "news.mentions"; }
            @Override public int partition() { return 2; }
            @Override public long offset() { return 9L; }
            @Override public Headers headers() { return new RecordHeaders(); }
            @Override public String processorNodeId() { return "node"; }
            @Override public TaskId taskId() { return new TaskId(1, 2); }
            @Override public long timestamp() { return 0L; }
            @Override public byte[] sourceRawKey() { return "k".getBytes(); }
            @Override public byte[] sourceRawValue() { return "v".getBytes(); }
        };
    }
}
