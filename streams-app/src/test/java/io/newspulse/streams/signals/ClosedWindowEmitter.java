package io.newspulse.streams.signals;

import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.Mention;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits every window of one size exactly once, when it closes, for {@code company.signals.final}. A window closes
 * when stream time reaches its end plus the grace period, the moment Kafka Streams' windowed aggregate stops
 * accepting records for it; its final value is read from the aggregate's own window store.
 * <p>
 * This replaces {@code suppress(untilWindowCloses)}, whose buffer wrote every update of every window to a changelog
 * of its own (about one record per mention and window size; issue 19). The only state here is an in-memory index of
 * the windows still open, fed by the same mentions as the aggregate (a mention too late for its window is not added,
 * by the aggregate's own rule) and rebuilt from the window store whenever Kafka Streams initialises the processor:
 * every window that closes after the task's stream time. That stream time is restored from the committed offsets
 * before the processor starts, and a window is emitted in the same transaction as the record that moved stream time
 * past its close, so after a restart nothing closed is emitted twice and nothing open is missed.
 */
public final class ClosedWindowEmitter implements Processor<String, Mention, String, CompanySignal> {
    private static final Logger LOG = LoggerFactory.getLogger(ClosedWindowEmitter.class);
    /** Rebuilds slower than this are logged: the scan reads the newest segments of the window store. */
    private static final long SLOW_REBUILD_MS = 500;

    private final String storeName;
    private final TimeWindows windows;
    private final long sizeMs;
    private final long graceMs;
    private final SignalFactory factory;
    private final NavigableMap<Long, NavigableSet<String>> open = new TreeMap<>();
    private ProcessorContext<String, CompanySignal> context;
    private TimestampedWindowStore<String, SignalAccumulator> store;
    private long streamTime;

    /**
     * @param storeName the window store of the aggregate
     * @param windows   the aggregate's own windows (tumbling: size, grace and which window a record falls in)
     * @param factory   turns a closed window's accumulator into its signal
     */
    public ClosedWindowEmitter(String storeName, TimeWindows windows, SignalFactory factory) {
        if (windows.advanceMs != windows.size()) {
            throw new IllegalArgumentException("closed windows are emitted for tumbling windows only");
        }
        this.storeName = storeName;
        this.windows = windows;
        this.sizeMs = windows.size();
        this.graceMs = windows.gracePeriodMs();
        this.factory = factory;
    }

    @Override
    public void init(ProcessorContext<String, CompanySignal> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.streamTime = context.currentStreamTimeMs();
        open.clear();
        long began = System.nanoTime();
        long from = Math.max(0, streamTime - sizeMs - graceMs + 1);
        try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<SignalAccumulator>> it = store.fetchAll(from, Long.MAX_VALUE)) {
            while (it.hasNext()) {
                Windowed<String> window = it.next().key;
                if (!closed(window.window().start())) {
                    open.computeIfAbsent(window.window().start(), s -> new TreeSet<>()).add(window.key());
                }
            }
        }
        long ms = (System.nanoTime() - began) / 1_000_000;
        if (ms >= SLOW_REBUILD_MS) {
            LOG.info("Task {}: {} open windows of {} rebuilt from its store in {} ms", context.taskId(), openWindows(), storeName, ms);
        }
    }

    @Override
    public void process(Record<String, Mention> record) {
        streamTime = Math.max(streamTime, record.timestamp());
        for (long start : windows.windowsFor(record.timestamp()).keySet()) {
            if (!closed(start)) {
                open.computeIfAbsent(start, s -> new TreeSet<>()).add(record.key());
            }
        }
        emitClosed();
    }

    /** Open windows: {@code start + size + grace > streamTime}, the aggregate's rule for accepting a record. */
    private boolean closed(long start) {
        return start + sizeMs + graceMs <= streamTime;
    }

    private void emitClosed() {
        while (!open.isEmpty() && closed(open.firstKey())) {
            Map.Entry<Long, NavigableSet<String>> windows = open.pollFirstEntry();
            long start = windows.getKey();
            for (String company : windows.getValue()) {
                ValueAndTimestamp<SignalAccumulator> value = store.fetch(company, start);
                if (value == null) {
                    continue; // expired from the store before it closed (retention shorter than size + grace cannot happen)
                }
                context.forward(new Record<>(company, factory.signal(company, start, value.value(), true), value.timestamp()));
            }
        }
    }

    /** Open windows per start, for tests. */
    int openWindows() {
        return open.values().stream().mapToInt(NavigableSet::size).sum();
    }
}
