package io.newspulse.producer.publish;

/** Records could not be written (broker or registry unreachable, serialization failure...). */
public class PublishException extends RuntimeException {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
