package io.newspulse.producer.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first plausible publication date written in a text. Understood forms:
 * ISO-8601 ({@code 2024-03-05}, {@code 2024-03-05T10:15:00+09:00}), Japanese/Chinese ({@code 2024年3月5日},
 * optionally {@code 15時46分}), Korean ({@code 2024년 3월 5일}), slashes/dots ({@code 2024/03/05 15:30},
 * {@code 2024.03.05}), English ({@code Mar 5, 2024}, {@code March 5, 2024}, {@code 5 March 2024}).
 * A date without zone is read in the zone given for the text's language (Asia/Tokyo for {@code ja}, ...)
 * and UTC otherwise. Years outside 1990..2100 and impossible dates are skipped.
 */
public final class DateFinder {
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");
    private static final Pattern CJK = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일](?:\\s*(?:\\([^)]{1,3}\\)|（[^）]{1,3}）)?\\s*(\\d{1,2})\\s*[時:：시]\\s*(\\d{1,2})\\s*分?)?");
    private static final Pattern SLASH = Pattern.compile(
            "(?<![\\d/.])(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2}))?(?![\\d/.])");
    private static final Pattern EN_MDY = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_DMY = Pattern.compile(
            "\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, ZoneId> ZONES = Map.of(
            "ja", ZoneId.of("Asia/Tokyo"), "ko", ZoneId.of("Asia/Seoul"), "zh", ZoneId.of("Asia/Shanghai"));

    /** Zone assumed for zone-less dates in a text of {@code language}. */
    public static ZoneId zoneFor(String language) {
        return language == null ? ZoneOffset.UTC : ZONES.getOrDefault(language, ZoneOffset.UTC);
    }

    /** The earliest-positioned valid date in {@code text}, if any. */
    public Optional<Instant> find(String text, String language) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = zoneFor(language);
        Found best = null;
        best = earliest(best, iso(text, zone));
        best = earliest(best, numeric(CJK, text, zone));
        best = earliest(best, numeric(SLASH, text, zone));
        best = earliest(best, english(EN_MDY, text, zone, 2, 1, 3));
        best = earliest(best, english(EN_DMY, text, zone, 1, 2, 3));
        return best == null ? Optional.empty() : Optional.of(best.instant);
    }

    private record Found(int position, Instant instant) {
    }

    private static Found earliest(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.position <= b.position ? a : b;
    }

    private static Found iso(String text, ZoneId zone) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            try {
                LocalDateTime local = LocalDateTime.of(LocalDate.of(year(m.group(1)), num(m.group(2)), num(m.group(3))),
                        m.group(4) == null ? LocalTime.MIDNIGHT
                                : LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6))));
                Instant instant = m.group(7) == null ? local.atZone(zone).toInstant()
                        : OffsetDateTime.of(local, ZoneOffset.of(colon(m.group(7)))).toInstant();
                return new Found(m.start(), instant);
            } catch (DateTimeException | IllegalArgumentException e) {
                // not a date after all; keep looking
            }
        }
        return null;
    }

    private static Found numeric(Pattern pattern, String text, ZoneId zone) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(year(m.group(1)), num(m.group(2)), num(m.group(3)));
                LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(num(m.group(4)), num(m.group(5)));
                return new Found(m.start(), date.atTime(time).atZone(zone).toInstant());
            } catch (DateTimeException | IllegalArgumentException e) {
                // keep looking
            }
        }
        return null;
    }

    private static Found english(Pattern pattern, String text, ZoneId zone, int dayGroup, int monthGroup, int yearGroup) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            try {
                int month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
                LocalDate date = LocalDate.of(year(m.group(yearGroup)), month, num(m.group(dayGroup)));
                return new Found(m.start(), date.atStartOfDay(zone).toInstant());
            } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
                // keep looking
            }
        }
        return null;
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (y < 1990 || y > 2100) {
            throw new IllegalArgumentException("implausible year " + y);
        }
        return y;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static String colon(String offset) {
        if (offset.equals("Z") || offset.contains(":")) {
            return offset;
        }
        return offset.substring(0, 3) + ":" + offset.substring(3);
    }
}
