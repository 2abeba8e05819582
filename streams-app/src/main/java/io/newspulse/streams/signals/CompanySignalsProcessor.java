package io.newspulse.streams.signals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.Mention;
import io.newspulse.streams.history.ComputedAtStamper;
import io.newspulse.streams.recent.RecentArticles;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.internals.TimeWindow;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.metrics.StreamsMetricsImpl;
import org.apache.kafka.streams.processor.internals.metrics.TaskMetrics;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signals of every window size from one store value per company ({@link CompanyLive}, issue 19): a mention is
 * remembered in the company's recent list and folded into the open window of each size that contains it; each such
 * window's update is scored against the live baseline at once, its alerts forwarded at once
 * ({@link SignalOutput.Alerts}), and the window marked "not yet emitted" with its scores. One changelog write per
 * company per commit (the store's cache) instead of one per mention for each of five stores.
 * <p>
 * Updates are merged per flush: a wall-clock punctuation every {@code commit.interval.ms} (100 ms under exactly-once
 * unless set; {@link #flushIntervalMs}) forwards
 * one {@link SignalOutput.Update} per marked window, its latest value, and clears the marks; a marked window that
 * closes first has its update forwarded just before it closes. The marks are in the changelogged value, so a task
 * restored after a crash emits what its aborted transaction did not; the set of companies with marks is kept in
 * memory and rebuilt from the store in {@link #init}.
 * <p>
 * Windows follow Kafka Streams' windowed aggregate: tumbling windows, and a record whose window has closed (its end +
 * grace at or before stream time) is left out of it and counted in the task's {@code dropped-records} metric, while it
 * still updates every larger window that is open. When stream time passes a window's end + grace, the window leaves
 * the value, is written once to its size's window store (the history the API charts) and is forwarded, scored
 * against the closed-window baseline ({@link SignalOutput.Closed}), in the same transaction as the record that closed
 * it. Closed windows are emitted per size, by start, then by company. Stream time is the task's, restored before
 * {@link #init}, and the index of open windows is rebuilt there from the live store, so after a restart nothing closed
 * is emitted twice and nothing open is missed.
 */
public final class CompanySignalsProcessor implements Processor<String, Mention, String, SignalOutput> {
    private static final Logger LOG = LoggerFactory.getLogger(CompanySignalsProcessor.class);
    /** Rebuilds slower than this are logged: the scan reads every company of the task. */
    private static final long SLOW_REBUILD_MS = 500;

    /**
     * One window size: its tumbling windows (size and grace), the factory of its signals, the window store its closed
     * windows are written to and the store of its closed-window baseline.
     */
    public record WindowSize(TimeWindows windows, SignalFactory factory, String windowStore, String closedBaselineStore) {
        public WindowSize {
            if (windows.advanceMs != windows.size()) {
                throw new IllegalArgumentException("signals use tumbling windows only");
            }
        }

        long sizeMs() {
            return windows.size();
        }

        long graceMs() {
            return windows.gracePeriodMs();
        }
    }

    private final String liveStoreName;
    private final List<WindowSize> sizes;
    private final SpikeRules rules;
    private final List<NavigableMap<Long, NavigableSet<String>>> open = new ArrayList<>();
    private final List<TimestampedWindowStore<String, SignalAccumulator>> windowStores = new ArrayList<>();
    private final List<KeyValueStore<String, SpikeBaseline>> closedBaselines = new ArrayList<>();
    /** Companies with at least one window marked "not yet emitted", flushed in this order. */
    private final NavigableSet<String> pending = new TreeSet<>();
    private ProcessorContext<String, SignalOutput> context;
    private KeyValueStore<String, CompanyLive> live;
    private Sensor dropped;
    private long streamTime;

    /**
     * @param liveStoreName the {@link CompanyLive} store
     * @param sizes         the window sizes, in the order their outputs are emitted
     * @param rules         spike and sentiment-shock rules
     */
    public CompanySignalsProcessor(String liveStoreName, List<WindowSize> sizes, SpikeRules rules) {
        this.liveStoreName = liveStoreName;
        this.sizes = List.copyOf(sizes);
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, SignalOutput> context) {
        this.context = context;
        this.live = context.getStateStore(liveStoreName);
        windowStores.clear();
        closedBaselines.clear();
        open.clear();
        pending.clear();
        for (WindowSize size : sizes) {
            windowStores.add(context.getStateStore(size.windowStore()));
            closedBaselines.add(context.getStateStore(size.closedBaselineStore()));
            open.add(new TreeMap<>());
        }
        this.dropped = context.metrics() instanceof StreamsMetricsImpl metrics
                ? TaskMetrics.droppedRecordsSensor(Thread.currentThread().getName(), context.taskId().toString(), metrics)
                : null;
        this.streamTime = context.currentStreamTimeMs();
        long began = System.nanoTime();
        try (KeyValueIterator<String, CompanyLive> it = live.all()) {
            while (it.hasNext()) {
                var entry = it.next();
                for (int i = 0; i < sizes.size(); i++) {
                    for (Map.Entry<Long, CompanyLive.OpenWindow> window : entry.value.openWindows(sizes.get(i).sizeMs()).entrySet()) {
                        open.get(i).computeIfAbsent(window.getKey(), s -> new TreeSet<>()).add(entry.key);
                        if (window.getValue().pending() != null) {
                            pending.add(entry.key);
                        }
                    }
                }
            }
        }
        long ms = (System.nanoTime() - began) / 1_000_000;
        if (ms >= SLOW_REBUILD_MS) {
            LOG.info("Task {}: {} open windows ({} companies with updates to emit) rebuilt from {} in {} ms",
                    context.taskId(), openWindows(), pending.size(), liveStoreName, ms);
        }
        context.schedule(Duration.ofMillis(flushIntervalMs(context.appConfigs())), PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<String, Mention> record) {
        String company = record.key();
        Mention mention = record.value();
        if (company == null || mention == null) {
            drop(record, "no company or no mention");
            return;
        }
        long timestamp = record.timestamp();
        streamTime = Math.max(streamTime, timestamp);
        CompanyLive value = live.get(company);
        if (value == null) {
            value = new CompanyLive();
        }
        value.remember(RecentArticles.view(mention));
        for (int i = 0; i < sizes.size(); i++) {
            WindowSize size = sizes.get(i);
            long closeTime = streamTime - size.graceMs();
            for (Map.Entry<Long, TimeWindow> window : size.windows().windowsFor(timestamp).entrySet()) {
                long start = window.getKey();
                if (window.getValue().end() > closeTime) {
                    CompanyLive.OpenWindow updated = value.add(size.sizeMs(), start, timestamp, mention);
                    open.get(i).computeIfAbsent(start, s -> new TreeSet<>()).add(company);
                    score(company, value, i, start, updated);
                } else {
                    drop(record, "window [" + start + "," + window.getValue().end() + ") closed at stream time " + streamTime);
                }
            }
        }
        emitClosed(company, value);
        live.put(company, value);
    }

    /**
     * Scores the window's new value against the live baseline, forwards its alerts now and marks the window "not yet
     * emitted" with the scores and the stream time of this update ({@code computed_at}).
     */
    private void score(String company, CompanyLive value, int i, long start, CompanyLive.OpenWindow window) {
        WindowSize size = sizes.get(i);
        CompanySignal signal = size.factory().signal(company, start, window.accumulator(), false);
        SpikeScorer.Scored scored = SpikeScorer.score(rules, true, signal, value.baseline(size.sizeMs()), s -> {
            CompanyLive.OpenWindow open = value.window(size.sizeMs(), s);
            return open == null ? null : open.accumulator(); // a closed one was folded in at its close
        });
        if (scored.write() != null) {
            value.baseline(size.sizeMs(), scored.write());
        }
        window.pending(new CompanyLive.Pending(signal.getSpikeScore(), signal.getSentimentShockScore(),
                ComputedAtStamper.updateComputedAt(window.timestamp(), streamTime)));
        pending.add(company);
        if (!scored.signal().alerts().isEmpty()) {
            context.forward(new Record<>(company, new SignalOutput.Alerts(scored.signal().alerts()), window.timestamp()));
        }
    }

    /** Forwards the latest update of every marked window, per company, size and start, and clears the marks. */
    void flush() {
        for (String company : pending) {
            CompanyLive value = live.get(company);
            if (value == null) {
                continue;
            }
            boolean emitted = false;
            for (int i = 0; i < sizes.size(); i++) {
                for (Map.Entry<Long, CompanyLive.OpenWindow> window : value.openWindows(sizes.get(i).sizeMs()).entrySet()) {
                    emitted |= emitPending(company, i, window.getKey(), window.getValue());
                }
            }
            if (emitted) {
                live.put(company, value);
            }
        }
        pending.clear();
    }

    /** Forwards the window's update when it is marked, and clears the mark; false when there was none. */
    private boolean emitPending(String company, int i, long start, CompanyLive.OpenWindow window) {
        CompanyLive.Pending update = window.pending();
        if (update == null) {
            return false;
        }
        CompanySignal signal = sizes.get(i).factory().signal(company, start, window.accumulator(), false);
        signal.setSpikeScore(update.spikeScore());
        signal.setSentimentShockScore(update.sentimentShockScore());
        signal.setComputedAt(Instant.ofEpochMilli(update.computedAt()));
        context.forward(new Record<>(company, new SignalOutput.Update(signal), window.timestamp()));
        window.pending(null);
        return true;
    }

    /** Closes every window whose end + grace stream time has reached, per size, by start, then by company. */
    private void emitClosed(String current, CompanyLive currentValue) {
        for (int i = 0; i < sizes.size(); i++) {
            WindowSize size = sizes.get(i);
            NavigableMap<Long, NavigableSet<String>> index = open.get(i);
            while (!index.isEmpty() && index.firstKey() + size.sizeMs() + size.graceMs() <= streamTime) {
                Map.Entry<Long, NavigableSet<String>> closing = index.pollFirstEntry();
                long start = closing.getKey();
                for (String company : closing.getValue()) {
                    boolean isCurrent = company.equals(current);
                    CompanyLive value = isCurrent ? currentValue : live.get(company);
                    CompanyLive.OpenWindow window = value == null ? null : value.close(size.sizeMs(), start);
                    if (window == null) {
                        continue;
                    }
                    emitPending(company, i, start, window); // its last update, before the window closes
                    foldIntoLiveBaseline(value, size.sizeMs(), start, window.accumulator());
                    if (!isCurrent) {
                        live.put(company, value);
                    }
                    windowStores.get(i).put(company, ValueAndTimestamp.make(window.accumulator(), window.timestamp()), start);
                    KeyValueStore<String, SpikeBaseline> baselines = closedBaselines.get(i);
                    SpikeBaseline stored = baselines.get(company);
                    SpikeScorer.Scored scored = SpikeScorer.score(rules, true, size.factory().signal(company, start, window.accumulator(), true),
                            stored == null ? SpikeBaseline.empty() : stored, null);
                    if (scored.write() != null) {
                        baselines.put(company, scored.write());
                    }
                    context.forward(new Record<>(company, new SignalOutput.Closed(scored.signal().signal()), window.timestamp()));
                }
            }
        }
    }

    /**
     * When the closing window is the live baseline's open one, its final count and sentiment go into the baseline now,
     * as the live scorer would read them when the company's next window starts: the window leaves the value, and the
     * window store may have dropped it by then (a company quiet for longer than its retention). Folding the same
     * window again is a no-op ({@link SpikeBaseline#withOpenWindow}).
     */
    private static void foldIntoLiveBaseline(CompanyLive value, long sizeMs, long start, SignalAccumulator closed) {
        SpikeBaseline baseline = value.baseline(sizeMs);
        if (baseline.currentWindowStart() == start) {
            value.baseline(sizeMs, baseline.withOpenWindow(closed.articleCount, SignalFactory.roundedSentiment(closed), closed.hasSentiment()));
        }
    }

    private void drop(Record<String, Mention> record, String why) {
        if (dropped != null) {
            dropped.record();
        }
        LOG.debug("Skipping mention of {} at {}: {}", record.key(), record.timestamp(), why);
    }

    /**
     * The flush interval: Kafka Streams' {@code commit.interval.ms} as the application runs with it (its exactly-once
     * default included), so a flush comes once per commit and adds at most one commit interval to an update's latency.
     */
    static long flushIntervalMs(Map<String, Object> appConfigs) {
        Object configured = appConfigs.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
        long ms = configured instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(configured).trim());
        if (ms <= 0) {
            throw new IllegalArgumentException(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG + " must be positive to flush signal updates: " + ms);
        }
        return ms;
    }

    /** Open windows in the index, for tests and the rebuild log. */
    int openWindows() {
        return open.stream().flatMap(m -> m.values().stream()).mapToInt(NavigableSet::size).sum();
    }
}
