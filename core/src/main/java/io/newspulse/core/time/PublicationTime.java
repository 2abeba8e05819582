package io.newspulse.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one reading of an article's {@code published_at} text, shared by the producer and the offline commands so
 * they place an article at the same event time: an ISO-8601 offset date-time or instant ({@code 2005-09-07T10:00:00Z},
 * {@code 2005-09-07T19:00:00+09:00}), a local date-time (taken as UTC) or a date (UTC midnight).
 */
public final class PublicationTime {
    private PublicationTime() {
    }

    /**
     * @throws DateTimeParseException when the text is none of the accepted forms
     */
    public static Instant parse(String text) {
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }
}
