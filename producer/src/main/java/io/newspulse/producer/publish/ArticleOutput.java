package io.newspulse.producer.publish;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.Reject;

/** Where a producer run writes: Kafka ({@link ArticlePublisher}) or a JSON Lines file ({@link JsonLinesArticleWriter}). */
public interface ArticleOutput extends AutoCloseable {
    /** Sends one article (asynchronously for Kafka); returns its serialized size estimate in bytes. */
    long send(ArticleEvent article);

    /** Sends one reject. */
    void reject(Reject reject);

    /** Blocks until everything sent is durable; throws {@link PublishException} when something failed. */
    void flush();

    /** Flushes and releases resources; throws {@link PublishException} when something failed. */
    @Override
    void close();
}
