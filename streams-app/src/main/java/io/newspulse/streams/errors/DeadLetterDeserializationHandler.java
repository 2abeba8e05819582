package io.newspulse.streams.errors;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Poison pills (undecodable records) go to the dead-letter topic, counted, and the stream moves on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private DeadLetterTarget target;

    @Override
    public void configure(Map<String, ?> configs) {
        target = DeadLetterTarget.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (DeadLetterTarget.isRetriable(exception)) {
            LOG.warn("Cannot decode {}-{}@{} for now ({}); failing the task so the record is retried", record.topic(),
                    record.partition(), record.offset(), exception.getMessage());
            return Response.fail();
        }
        LOG.warn("Dead-lettering undecodable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), exception.getMessage());
        return Response.resume(target.deadLetter("deserialization", record.key(), record.value(),
                record.topic(), record.partition(), record.offset(), context.processorNodeId(), exception));
    }
}
