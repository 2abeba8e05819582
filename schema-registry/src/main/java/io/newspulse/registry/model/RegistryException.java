package io.newspulse.registry.model;

/** A registry failure that maps to an HTTP status plus a Confluent-style {@code error_code}. */
public class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final int errorCode;

    public RegistryException(int status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public RegistryException(int status, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }
}
