package io.newspulse.registry.model;

import java.util.Locale;

/** Compatibility levels of a subject, as named by Confluent's API. */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** New schema must read data written with older schemas. */
    public boolean backward() {
        return backward;
    }

    /** Older schemas must read data written with the new schema. */
    public boolean forward() {
        return forward;
    }

    /** Check against every live version rather than only the latest. */
    public boolean transitive() {
        return transitive;
    }

    /** Parses a level case-insensitively; unknown values give a 422 42203. */
    public static CompatibilityLevel parse(String value) {
        if (value != null) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // fall through to the error below
            }
        }
        throw new RegistryException(422, Errors.INVALID_COMPATIBILITY_LEVEL,
                "Invalid compatibility level. Valid values are none, backward, forward, full, "
                        + "backward_transitive, forward_transitive, and full_transitive");
    }
}
