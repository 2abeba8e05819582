package io.newspulse.streams.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.streams.query.QueryException;

/** The (decoded) query parameters of a request, with typed getters that answer 400 on bad values. */
final class QueryParams {
    private final Map<String, String> values = new HashMap<>();

    /** @param query the decoded query parameters (the first of repeated ones counts) */
    QueryParams(Map<String, List<String>> query) {
        query.forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
    }

    /** The value, or null when absent or empty. */
    String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    int intValue(String name, int fallback, int min, int max) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw QueryException.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw QueryException.badRequest(name + " must be a whole number, not '" + v + "'");
        }
    }

    /** Epoch milliseconds or ISO-8601 (instant, offset date-time, or a date meaning its UTC midnight). */
    Instant instant(String name, Instant fallback) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        if (v.chars().allMatch(Character::isDigit) && v.length() <= 15) {
            return Instant.ofEpochMilli(Long.parseLong(v));
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    throw QueryException.badRequest(name + " must be ISO-8601 (2026-11-25T10:00:00Z) or epoch milliseconds, not '" + v + "'");
                }
            }
        }
    }
}
