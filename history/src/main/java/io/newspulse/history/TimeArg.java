package io.newspulse.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Times on the command line: ISO-8601 instant ({@code 2005-03-01T12:00:00Z}), local date-time or date (UTC), or epoch milliseconds. */
public final class TimeArg {
    private TimeArg() {
    }

    public static Instant parse(String text) {
        String t = text.strip();
        try {
            if (t.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochMilli(Long.parseLong(t));
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return java.time.OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("cannot read time '" + text + "' (use e.g. 2005-03-01, 2005-03-01T12:00:00Z or epoch ms)");
        }
    }
}
