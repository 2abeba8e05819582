package io.newspulse.registry.client;

/** An error answer of the registry: HTTP status, Confluent {@code error_code} and message. */
public class RestClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final int errorCode;

    public RestClientException(int status, int errorCode, String message) {
        super(message + "; error code: " + errorCode);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    /** True for answers a client may retry (5xx, 408, 429). */
    public boolean retriable() {
        return status >= 500 || status == 408 || status == 429;
    }
}
