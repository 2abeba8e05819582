package io.newspulse.registry.model;

import java.util.Locale;

/** Registry / subject modes; only READWRITE and IMPORT accept schema writes. */
public enum Mode {
    READWRITE, READONLY, READONLY_OVERRIDE, IMPORT;

    /** True when schema registrations and deletions are allowed. */
    public boolean writable() {
        return this == READWRITE || this == IMPORT;
    }

    /** Parses a mode case-insensitively; unknown values give a 422 42204. */
    public static Mode parse(String value) {
        if (value != null) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // fall through
            }
        }
        throw new RegistryException(422, Errors.INVALID_MODE,
                "Invalid mode. Valid values are READWRITE, READONLY, READONLY_OVERRIDE and IMPORT");
    }
}
