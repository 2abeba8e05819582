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
 */
public record ReplaySummary(Backfill backfill, String topicPrefix, ArchiveSlice slice, long skipped, long published, boolean complete,
                            long finalSignals, Duration took) {

    public double articlesPerSecond() {
        double s = Math.max(1e-3, took.toMillis() / 1000.0);
        return published / s;
    }

    public String describe() {
        String range = slice.articles().isEmpty() ? "" : " from " + slice.firstPublished() + " to " + slice.lastPublished();
        return String.format(Locale.ROOT,
                "backfill '%s' %s: %s%s; %d published now, %d already there; %d closed-window signals in %scompany.signals.final; %.1f s (%.1f articles/s)",
                backfill.name(), complete ? "complete" : "INCOMPLETE (run the same command again to resume)",
                slice.describe(), range, published, skipped, finalSignals, topicPrefix, took.toMillis() / 1000.0, articlesPerSecond());
    }
}
