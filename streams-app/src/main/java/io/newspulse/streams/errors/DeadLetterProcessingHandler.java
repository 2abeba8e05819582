package io.newspulse.streams.errors;

import java.util.Map;

import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a processor fails on (invalid article, unexpected bug) goes to the dead-letter topic with the bytes of
 * the source record that caused it; processing continues with the next record.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private String topic;
    private PipelineMetrics metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = HandlerConfig.deadLetterTopic(configs);
        metrics = HandlerConfig.metrics(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String stage = exception instanceof InvalidArticleException ? "validation" : "processing";
        if (stage.equals("processing")) {
            LOG.error("Dead-lettering record {}-{}@{} after a failure in {}", context.topic(), context.partition(), context.offset(),
                    context.processorNodeId(), exception);
        } else {
            LOG.warn("Dead-lettering invalid article {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), exception.getMessage());
        }
        metrics.deadLettered(stage);
        return Response.resume(DeadLetters.record(topic, stage, context.sourceRawKey(), context.sourceRawValue(),
                context.topic(), context.partition(), context.offset(), context.processorNodeId(), exception));
    }
}
