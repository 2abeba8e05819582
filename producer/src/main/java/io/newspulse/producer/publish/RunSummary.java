package io.newspulse.producer.publish;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Totals of one producer run.
 *
 * @param sent               articles written
 * @param rejected           rejects written
 * @param duplicatesSkipped  articles not sent again because their id was already sent in this run
 * @param bytes              approximate article bytes written (UTF-8 of title + body + metadata)
 * @param elapsed            wall-clock duration of the run
 * @param charsets           articles per charset their input was decoded from (text files, JSON Lines); empty when
 *                           the source has none (generator, feeds)
 * @param stopped            the run was stopped on request (Ctrl-C) before its sources were exhausted
 * @param notSent            records (articles and rejects) handed to the output but not delivered when the run was
 *                           stopped; 0 when not stopped
 */
public record RunSummary(long sent, long rejected, long duplicatesSkipped, long bytes, Duration elapsed,
                         Map<String, Long> charsets, boolean stopped, long notSent) {
    public RunSummary {
        charsets = charsets == null ? Map.of() : Map.copyOf(charsets);
    }

    /** A run that read all its sources. */
    public RunSummary(long sent, long rejected, long duplicatesSkipped, long bytes, Duration elapsed) {
        this(sent, rejected, duplicatesSkipped, bytes, elapsed, Map.of(), false, 0);
    }

    public double articlesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : sent / s;
    }

    public double megabytesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : bytes / 1_048_576.0 / s;
    }

    /**
     * One line for humans, e.g. {@code sent=120 rejected=2 duplicates-skipped=3 articles/s=850.2 MB/s=1.63 elapsed=0.14s},
     * followed by {@code charsets=UTF-8:118,Shift_JIS:2} (most frequent first) when the inputs had charsets and by
     * {@code stopped: not-sent=N} when the run was stopped.
     */
    public String describe() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "sent=%d rejected=%d duplicates-skipped=%d articles/s=%.1f MB/s=%.2f elapsed=%.2fs",
                sent, rejected, duplicatesSkipped, articlesPerSecond(), megabytesPerSecond(), elapsed.toMillis() / 1000.0));
        if (!charsets.isEmpty()) {
            s.append(" charsets=").append(charsets.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
        }
        if (stopped) {
            s.append(" stopped: not-sent=").append(notSent);
        }
        return s.toString();
    }
}
