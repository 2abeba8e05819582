package io.newspulse.producer;

import java.io.IOException;
import java.util.function.UnaryOperator;

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

    /**
     * {@code source} with every article passed through {@code map} on its way to the sink; rejects, checkpoints and
     * stop requests pass unchanged.
     */
    static ArticleSource mapped(ArticleSource source, UnaryOperator<ArticleDraft> map) {
        return new ArticleSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public void readInto(ArticleSink sink) throws IOException {
                source.readInto(new ArticleSink() {
                    @Override
                    public void article(ArticleDraft draft) {
                        sink.article(map.apply(draft));
                    }

                    @Override
                    public void reject(Reject reject) {
                        sink.reject(reject);
                    }

                    @Override
                    public void checkpoint() {
                        sink.checkpoint();
                    }

                    @Override
                    public boolean stopping() {
                        return sink.stopping();
                    }
                });
            }
        };
    }
}
