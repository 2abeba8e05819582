package io.newspulse.producer;

import java.io.IOException;

/** One input of the producer (directory, JSON Lines, feed, generator). Reads everything once into a sink. */
public interface ArticleSource {
    /** Short name used as reject source and in logs, e.g. {@code dir:samples/seeds}. */
    String name();

    /**
     * Reads the input and passes every article and reject to {@code sink}.
     *
     * @throws IOException when the input as a whole cannot be read (missing directory, unreachable URL)
     */
    void readInto(ArticleSink sink) throws IOException;
}
