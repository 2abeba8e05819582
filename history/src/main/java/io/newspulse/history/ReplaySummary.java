package io.newspulse.history;

import java.time.Duration;
import java.util.Locale;

/**
 * What a replay did.
 *
 * @param skipped        articles of the slice an earlier run had already published (resumed)
 * @param published      articles published by this run
 * @param complete       every article published and processed, and the archive's windows closed
 * @param finalSignals   records in the backfill's {@code company.signals.final} (-1 when not drained)
 * @param checks         what the app of this run counted (articles read, dead letters, records dropped as late)
 */
public record ReplaySummary(Backfill backfill, String topicPrefix, ReplayInput slice, long skipped, long published, boolean complete,
                            long finalSignals, Duration took, Checks checks) {

    /**
     * Counts of this run's streams app (they start at 0 on every run, so a resumed run counts only its own part).
     *
     * @param articlesRead articles the app read from the backfill's input topic
     * @param deadLetters  records the app sent to the dead-letter topic
     * @param dropped      records Kafka Streams dropped as late or expired (0 when the input is in event-time order)
     */
    public record Checks(long articlesRead, long deadLetters, long dropped) {
    }

    /** Articles of the slice per second of this run, when this run published them all (else 0). */
    public double articlesPerSecond() {
        double s = Math.max(1e-3, took.toMillis() / 1000.0);
        return skipped == 0 ? published / s : 0;
    }

    public String describe() {
        String range = slice.size() == 0 ? "" : " from " + slice.firstPublished() + " to " + slice.lastPublished();
        String signals = finalSignals < 0 ? "" : String.format(Locale.ROOT, "; %d closed-window signals in %scompany.signals.final",
                finalSignals, topicPrefix);
        String rate = articlesPerSecond() > 0 ? String.format(Locale.ROOT, " (%.1f articles/s)", articlesPerSecond()) : "";
        String problems = (checks.deadLetters() > 0 ? "; " + checks.deadLetters() + " DEAD LETTERS" : "")
                + (checks.dropped() > 0 ? "; " + checks.dropped() + " records DROPPED as late" : "");
        return String.format(Locale.ROOT, "backfill '%s' %s: %s%s; %d published now, %d already there%s; %.1f s%s%s",
                backfill.name(), complete ? "complete" : "INCOMPLETE (run the same command again to resume)",
                slice.describe(), range, published, skipped, signals, took.toMillis() / 1000.0, rate, problems);
    }
}
