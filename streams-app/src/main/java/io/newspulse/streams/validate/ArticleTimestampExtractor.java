package io.newspulse.streams.validate;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Mention;
import io.newspulse.streams.dedup.ChainMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of articles ({@code published_at}, else {@code ingested_at}), mentions ({@code published_at}) and the
 * dedup chain's messages (the article's event time they carry);
 * anything else keeps the record timestamp, so a bad value still flows to validation and the dead-letter topic.
 */
public final class ArticleTimestampExtractor implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        Object value = record.value();
        if (value instanceof ArticleEvent article && article.getIngestedAt() != null) {
            long eventTime = ArticleValidator.eventTime(article);
            if (eventTime >= 0) {
                return eventTime;
            }
            // a negative time would make Kafka Streams drop the record silently; validation dead-letters it instead
        }
        if (value instanceof Mention mention && mention.getPublishedAt() != null) {
            return mention.getPublishedAt().toEpochMilli();
        }
        if (value instanceof ChainMessage message && message.eventTimeMs() >= 0) {
            return message.eventTimeMs();
        }
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
    }
}
