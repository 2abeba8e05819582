package io.newspulse.producer.publish;

import java.time.Duration;
import java.util.Locale;

/**
 * Totals of one producer run.
 *
 * @param sent               articles written
 * @param rejected           rejects written
 * @param duplicatesSkipped  articles not sent again because their id was already sent in this run
 * @param bytes              approximate article bytes written (UTF-8 of title + body + metadata)
 * @param elapsed            wall-clock duration of the run
 */
public record RunSummary(long sent, long rejected, long duplicatesSkipped, long bytes, Duration elapsed) {
    public double articlesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : sent / s;
    }

    public double megabytesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : bytes / 1_048_576.0 / s;
    }

    /** One line for humans, e.g. {@code sent=120 rejected=2 duplicates-skipped=3 articles/s=850.2 MB/s=1.63 elapsed=0.14s}. */
    public String describe() {
        return String.format(Locale.ROOT, "sent=%d rejected=%d duplicates-skipped=%d articles/s=%.1f MB/s=%.2f elapsed=%.2fs",
                sent, rejected, duplicatesSkipped, articlesPerSecond(), megabytesPerSecond(), elapsed.toMillis() / 1000.0);
    }
}
