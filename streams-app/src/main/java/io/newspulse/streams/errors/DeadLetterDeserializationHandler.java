package io.newspulse.streams.errors;

import java.util.Map;

import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Poison pills (undecodable records) go to the dead-letter topic, counted, and the stream moves on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private String topic;
    private PipelineMetrics metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = HandlerConfig.deadLetterTopic(configs);
        metrics = HandlerConfig.metrics(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn("Dead-lettering undecodable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), exception.getMessage());
        metrics.deadLettered("deserialization");
        return Response.resume(DeadLetters.record(topic, "deserialization", record.key(), record.value(),
                record.topic(), record.partition(), record.offset(), context.processorNodeId(), exception));
    }
}
