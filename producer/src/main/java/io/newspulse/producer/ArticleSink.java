package io.newspulse.producer;

/** Receives what a source reads: articles and rejects, in input order. */
public interface ArticleSink {
    void article(ArticleDraft draft);

    void reject(Reject reject);

    /**
     * Makes everything passed so far durable (a producer flush) and throws when that failed. Sources that keep
     * their own progress (the feed "seen" set) call it before recording that progress. Default: nothing to do.
     */
    default void checkpoint() {
    }

    /**
     * True once the run was asked to stop (Ctrl-C): endless sources (generator, feed polling) end their loop when
     * they see it. Default: never.
     */
    default boolean stopping() {
        return false;
    }
}
