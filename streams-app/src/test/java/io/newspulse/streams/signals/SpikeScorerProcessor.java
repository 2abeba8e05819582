package io.newspulse.streams.signals;

import java.util.function.LongFunction;

import io.newspulse.avro.CompanySignal;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * {@link SpikeScorer#score} as the processor the windowed aggregates used before the live store (issue 19), kept for
 * the reference topology of the differential test ({@code ReferenceSignals}) and {@link SpikeScorerTest}: scores each
 * signal against the baseline in its own store. With {@code updateBaseline=false} it only reads the baseline.
 * <p>
 * The live scorer ({@link #live}) writes its baseline only when a new window opens (the open one is then folded in,
 * with its count and sentiment read from the window store) or when it raises an alert.
 */
public final class SpikeScorerProcessor implements FixedKeyProcessor<String, CompanySignal, ScoredSignal> {
    private final String storeName;
    private final SpikeRules rules;
    private final boolean updateBaseline;
    private final String windowStoreName;
    private FixedKeyProcessorContext<String, ScoredSignal> context;
    private KeyValueStore<String, SpikeBaseline> baselines;
    private TimestampedWindowStore<String, SignalAccumulator> windows;

    /**
     * A scorer that writes its baseline on every signal ({@code updateBaseline}; the closed windows', one per window)
     * or only reads it.
     */
    public SpikeScorerProcessor(String storeName, SpikeRules rules, boolean updateBaseline) {
        this(storeName, rules, updateBaseline, null);
    }

    private SpikeScorerProcessor(String storeName, SpikeRules rules, boolean updateBaseline, String windowStoreName) {
        this.storeName = storeName;
        this.rules = rules;
        this.updateBaseline = updateBaseline;
        this.windowStoreName = windowStoreName;
    }

    /** The scorer of signal updates: the open window's count and sentiment are read from {@code windowStoreName}. */
    public static SpikeScorerProcessor live(String storeName, String windowStoreName, SpikeRules rules) {
        return new SpikeScorerProcessor(storeName, rules, true, windowStoreName);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ScoredSignal> context) {
        this.context = context;
        this.baselines = context.getStateStore(storeName);
        this.windows = windowStoreName == null ? null : context.getStateStore(windowStoreName);
    }

    @Override
    public void process(FixedKeyRecord<String, CompanySignal> record) {
        SpikeBaseline stored = baselines.get(record.key());
        LongFunction<SignalAccumulator> openWindow = windows == null ? null : start -> {
            ValueAndTimestamp<SignalAccumulator> open = windows.fetch(record.key(), start);
            return open == null ? null : open.value();
        };
        SpikeScorer.Scored scored = SpikeScorer.score(rules, updateBaseline, record.value(), stored == null ? SpikeBaseline.empty() : stored, openWindow);
        if (scored.write() != null) {
            baselines.put(record.key(), scored.write());
        }
        context.forward(record.withValue(scored.signal()));
    }
}
