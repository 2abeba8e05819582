package io.newspulse.registry.model;

/**
 * This instance may not write to the store: it is not the elected leader, or a newer leader fenced its writer (its
 * late write was aborted, never applied). Whoever serves the request then asks the leader again; should it escape,
 * it answers like Confluent's unknown-leader error (500, 50004).
 */
public final class NotLeaderException extends RegistryException {
    private static final long serialVersionUID = 1L;

    public NotLeaderException(String message, Throwable cause) {
        super(500, Errors.UNKNOWN_LEADER, message, cause);
    }
}
