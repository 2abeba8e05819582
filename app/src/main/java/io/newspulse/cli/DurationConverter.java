package io.newspulse.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, a number of seconds, or ISO-8601 ({@code PT1M}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (RuntimeException e) {
            throw new CommandLine.TypeConversionException("cannot read '" + value + "' as a duration (use e.g. 500ms, 30s, 5m, PT1M)");
        }
    }

    /** The duration, or an unchecked exception when {@code text} is not one. */
    static Duration parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        if (t.startsWith("pt")) {
            d = Duration.parse(t.toUpperCase(Locale.ROOT));
        } else if (t.endsWith("ms")) {
            d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        } else if (!t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1))) {
            d = Duration.ofSeconds(Long.parseLong(t));
        } else {
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            d = switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException("unknown unit");
            };
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative");
        }
        return d;
    }
}
