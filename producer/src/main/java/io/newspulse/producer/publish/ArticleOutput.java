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

    /**
     * Stops on request (Ctrl-C): gives what is in flight up to {@code timeout} to be delivered, drops the rest
     * quietly and returns how many records were not delivered. Closes the output; a later {@link #close()} does
     * nothing. Default: {@link #flush()}, nothing lost.
     */
    default long stop(java.time.Duration timeout) {
        flush();
        return 0;
    }

    /** Flushes and releases resources; throws {@link PublishException} when something failed. */
    @Override
    void close();
}
