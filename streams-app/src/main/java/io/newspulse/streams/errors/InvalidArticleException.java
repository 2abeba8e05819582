package io.newspulse.streams.errors;

/** An article that decodes but cannot be processed (empty body, no id, over size): a permanent, per-record error. */
public final class InvalidArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidArticleException(String message) {
        super(message);
    }
}
