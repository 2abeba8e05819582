package io.newspulse.producer.source.feed;

/** A feed document that cannot be read: not XML, not a feed, hostile, or undecodable. The message says why. */
public class FeedException extends Exception {
    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
