package io.newspulse.producer.publish;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a run advances: on a console ({@code System.console() != null}) a one-line bar redrawn in place
 * ({@code [#####.....] 512/1000 850.3/s ETA 0:01}, or count and rate when the total is unknown), otherwise one
 * SLF4J INFO line every interval. Updates are cheap: {@link #update} only renders when due.
 */
public final class ProgressReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);
    private static final int BAR_WIDTH = 30;
    private static final long CONSOLE_REDRAW_NANOS = 200_000_000L;

    private final PrintWriter console;
    private final long total;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastRender;

    ProgressReporter(PrintWriter console, long total, Duration logInterval, LongSupplier nanoClock) {
        this.console = console;
        this.total = total;
        this.intervalNanos = console != null ? CONSOLE_REDRAW_NANOS : logInterval.toNanos();
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastRender = start;
    }

    /**
     * A reporter for the current process.
     *
     * @param total expected number of articles, or a negative number when unknown
     */
    public static ProgressReporter create(long total, Duration logInterval) {
        java.io.Console c = System.console();
        return new ProgressReporter(c == null ? null : c.writer(), total, logInterval, System::nanoTime);
    }

    /** Reports {@code done} articles so far (renders only when an interval has passed). */
    public void update(long done) {
        long now = nanoClock.getAsLong();
        if (now - lastRender < intervalNanos) {
            return;
        }
        lastRender = now;
        String line = render(done, now);
        if (console != null) {
            console.print("\r" + line);
            console.flush();
        } else {
            LOG.info("Progress: {}", line);
        }
    }

    /** Ends the bar's line on a console. */
    public void finish(long done) {
        if (console != null) {
            console.println("\r" + render(done, nanoClock.getAsLong()));
            console.flush();
        }
    }

    String render(long done, long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        if (total <= 0) {
            return String.format(Locale.ROOT, "%d articles %.1f/s", done, rate);
        }
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        String eta = rate <= 0 ? "?" : formatDuration((long) ((total - done) / rate));
        return String.format(Locale.ROOT, "[%s%s] %d/%d %.1f/s ETA %s", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                done, total, rate, eta);
    }

    private static String formatDuration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
