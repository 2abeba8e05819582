package io.newspulse.streams.signals;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.newspulse.streams.recent.RecentList;
import io.newspulse.streams.recent.RecentMention;

/**
 * Everything the signals task keeps live about one company, in one store value (the {@code company-live-store},
 * one changelog write per company per commit instead of one per store): its recent articles, and per window size
 * its open windows (not yet closed: end + grace after stream time) and its live spike baseline.
 * <p>
 * Bounded: the recent list holds at most {@link RecentList#MAX} articles, each window's {@link SignalAccumulator}
 * its own caps (sources, co-mentions), and a window leaves the value when it closes ({@link #close}), so a window
 * size holds at most {@code (size + grace) / size + 1} windows.
 */
public final class CompanyLive {
    /**
     * One open window: its accumulator and the newest record timestamp folded in (the window store's timestamp); and,
     * while its latest update has not been emitted yet (issue 19: updates are merged per commit), the scores of that
     * update and the stream time it was computed at ({@link #pending}).
     */
    public static final class OpenWindow {
        private final SignalAccumulator accumulator;
        private long timestamp;
        private Pending pending;

        OpenWindow(SignalAccumulator accumulator, long timestamp) {
            this.accumulator = accumulator;
            this.timestamp = timestamp;
        }

        public SignalAccumulator accumulator() {
            return accumulator;
        }

        /** The newest timestamp of the records folded in, as Kafka's windowed aggregate keeps it. */
        public long timestamp() {
            return timestamp;
        }

        /** Folds a record's timestamp in (the window keeps the newest). */
        void touch(long recordTimestamp) {
            timestamp = Math.max(timestamp, recordTimestamp);
        }

        /** The update not emitted yet, or null when the window's latest update has been emitted. */
        public Pending pending() {
            return pending;
        }

        /** Marks the window's latest update as not emitted yet, with its scores and computed-at stream time. */
        public void pending(Pending update) {
            pending = update;
        }
    }

    /**
     * The "not yet emitted" mark of an open window: the spike and sentiment-shock scores its latest update was given
     * when the mention arrived, and the stream time it was computed at ({@code computed_at}). Kept in the changelogged
     * value, so a task restored after a crash still emits the update its aborted transaction did not.
     */
    public record Pending(double spikeScore, double sentimentShockScore, long computedAt) {
    }

    /** The live state of one window size. */
    static final class SizeState {
        final NavigableMap<Long, OpenWindow> open = new TreeMap<>();
        SpikeBaseline baseline;
    }

    private RecentList recent = new RecentList(List.of());
    private final NavigableMap<Long, SizeState> sizes = new TreeMap<>();

    public RecentList recent() {
        return recent;
    }

    /** Adds an article to the front of the recent list (capped as {@link RecentList#with}). */
    public void remember(RecentMention mention) {
        recent = recent.with(mention);
    }

    void recent(RecentList list) {
        recent = list;
    }

    /** The open window of {@code sizeMs} starting at {@code start}, or null. */
    public OpenWindow window(long sizeMs, long start) {
        SizeState state = sizes.get(sizeMs);
        return state == null ? null : state.open.get(start);
    }

    /** Folds a record into the open window (created empty if new), with the record's timestamp. */
    public OpenWindow add(long sizeMs, long start, long recordTimestamp, io.newspulse.avro.Mention mention) {
        OpenWindow window = size(sizeMs).open.get(start);
        if (window == null) {
            window = new OpenWindow(new SignalAccumulator(), recordTimestamp);
            size(sizeMs).open.put(start, window);
        } else {
            window.touch(recordTimestamp);
        }
        window.accumulator().add(mention);
        return window;
    }

    /** Removes the window from the value (it closed) and returns it, or null when it is not here. */
    public OpenWindow close(long sizeMs, long start) {
        SizeState state = sizes.get(sizeMs);
        OpenWindow closed = state == null ? null : state.open.remove(start);
        if (state != null && state.open.isEmpty() && state.baseline == null) {
            sizes.remove(sizeMs);
        }
        return closed;
    }

    /** Open windows of one size by start (read-only). */
    public NavigableMap<Long, OpenWindow> openWindows(long sizeMs) {
        SizeState state = sizes.get(sizeMs);
        return state == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(state.open);
    }

    /** Window sizes (ms) that have open windows or a baseline. */
    public java.util.NavigableSet<Long> windowSizes() {
        return Collections.unmodifiableNavigableSet(sizes.navigableKeySet());
    }

    /** The live spike baseline of one window size ({@link SpikeBaseline#empty()} before the first window). */
    public SpikeBaseline baseline(long sizeMs) {
        SizeState state = sizes.get(sizeMs);
        return state == null || state.baseline == null ? SpikeBaseline.empty() : state.baseline;
    }

    public void baseline(long sizeMs, SpikeBaseline baseline) {
        size(sizeMs).baseline = baseline;
    }

    /** True when the value still holds the baseline of {@code sizeMs} (for the codec). */
    boolean hasBaseline(long sizeMs) {
        SizeState state = sizes.get(sizeMs);
        return state != null && state.baseline != null;
    }

    void put(long sizeMs, long start, OpenWindow window) {
        size(sizeMs).open.put(start, window);
    }

    private SizeState size(long sizeMs) {
        return sizes.computeIfAbsent(sizeMs, s -> new SizeState());
    }
}
