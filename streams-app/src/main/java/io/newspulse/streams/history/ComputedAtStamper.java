package io.newspulse.streams.history;

import java.time.Duration;
import java.time.Instant;

import io.newspulse.avro.CompanySignal;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Sets {@code computed_at}, the event time at which a signal value was known, so that a backtest can ask "what was
 * known at T" without look-ahead and a replay gives the same answer as the live pipeline:
 * <ul>
 *   <li>an update: the task's stream time when it was computed (never earlier than the record's own timestamp,
 *   {@link #updateComputedAt}); the signals processor sets it itself, as it merges updates before emitting them;</li>
 *   <li>a closed window: {@code window_end + grace}, the earliest stream time at which Kafka Streams can close it.</li>
 * </ul>
 */
public final class ComputedAtStamper implements FixedKeyProcessor<String, CompanySignal, CompanySignal> {
    private final Duration grace;
    private final boolean closedWindows;
    private FixedKeyProcessorContext<String, CompanySignal> context;

    private ComputedAtStamper(Duration grace, boolean closedWindows) {
        this.grace = grace;
        this.closedWindows = closedWindows;
    }

    /** An update's {@code computed_at}: the task's stream time when it was computed, never before its record. */
    public static long updateComputedAt(long recordTimestamp, long streamTimeMs) {
        return Math.max(recordTimestamp, streamTimeMs);
    }

    /** For updates emitted as they are computed (the windowed aggregates before issue 19): the stream time of the emitting task. */
    public static ComputedAtStamper updates() {
        return new ComputedAtStamper(Duration.ZERO, false);
    }

    /** For {@code company.signals.final}: window end plus grace. */
    public static ComputedAtStamper closedWindows(Duration grace) {
        return new ComputedAtStamper(grace, true);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CompanySignal> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, CompanySignal> record) {
        CompanySignal signal = record.value();
        long at = closedWindows
                ? signal.getWindowEnd().toEpochMilli() + grace.toMillis()
                : updateComputedAt(record.timestamp(), context.currentStreamTimeMs());
        signal.setComputedAt(Instant.ofEpochMilli(at));
        context.forward(record);
    }
}
