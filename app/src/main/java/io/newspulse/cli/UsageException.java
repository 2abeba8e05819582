package io.newspulse.cli;

/** A command was given options that cannot work together or values that cannot be used: exit code 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
