package io.newspulse.streams.errors;

import java.util.Map;

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
    private DeadLetterTarget target;

    @Override
    public void configure(Map<String, ?> configs) {
        target = DeadLetterTarget.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (DeadLetterTarget.isRetriable(exception)) {
            LOG.warn("Cannot process {}-{}@{} for now ({}); failing the task so the record is retried", context.topic(),
                    context.partition(), context.offset(), exception.getMessage());
            return Response.fail();
        }
        boolean invalid = exception instanceof InvalidArticleException;
        if (invalid) {
            LOG.warn("Dead-lettering invalid article {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), exception.getMessage());
        } else {
            LOG.error("Dead-lettering record {}-{}@{} after a failure in {}", context.topic(), context.partition(), context.offset(),
                    context.processorNodeId(), exception);
        }
        return Response.resume(target.deadLetter(invalid ? "validation" : "processing", context.sourceRawKey(), context.sourceRawValue(),
                context.topic(), context.partition(), context.offset(), context.processorNodeId(), exception));
    }
}
