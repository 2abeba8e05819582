package io.newspulse.streams.config;

import java.time.Duration;
import java.util.Locale;

/** Parses the short durations of our config files ("500ms", "30s", "1m", "1h", "7d") and ISO-8601 ("PT1M"). */
public final class Durations {
    private Durations() {
    }

    public static Duration parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        if (s.startsWith("p")) {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        }
        int unitStart = 0;
        while (unitStart < s.length() && Character.isDigit(s.charAt(unitStart))) {
            unitStart++;
        }
        if (unitStart == 0) {
            throw new IllegalArgumentException("duration '" + text + "' must start with a number, e.g. 1m, 1h, 7d");
        }
        long amount = Long.parseLong(s.substring(0, unitStart));
        return switch (s.substring(unitStart)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("duration '" + text + "' has an unknown unit; use ms, s, m, h or d");
        };
    }

    /** The short label of a window size: 60000 ms → "1m", 3600000 → "1h". */
    public static String label(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000L == 0) {
            return ms / 86_400_000L + "d";
        }
        if (ms % 3_600_000L == 0) {
            return ms / 3_600_000L + "h";
        }
        if (ms % 60_000L == 0) {
            return ms / 60_000L + "m";
        }
        if (ms % 1000L == 0) {
            return ms / 1000L + "s";
        }
        return ms + "ms";
    }
}
