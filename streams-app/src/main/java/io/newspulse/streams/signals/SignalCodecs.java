package io.newspulse.streams.signals;

import static io.newspulse.streams.serde.StoreValueSerde.readString;
import static io.newspulse.streams.serde.StoreValueSerde.readStrings;
import static io.newspulse.streams.serde.StoreValueSerde.writeString;
import static io.newspulse.streams.serde.StoreValueSerde.writeStrings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import io.newspulse.avro.CorporateEvent;

import io.newspulse.streams.serde.StoreValueSerde;
import org.apache.kafka.common.serialization.Serde;

/**
 * Binary serdes of the signal stores' values: the window aggregates (read and rewritten on every mention, for each
 * window size) and the spike baselines. Earlier releases wrote both as JSON, which is still read.
 */
public final class SignalCodecs {
    /** Current format versions of the two bodies (values that embed them, {@link CompanyLiveCodec}, write these). */
    static final byte ACCUMULATOR_VERSION = 2;
    static final byte BASELINE_VERSION = 2;

    /** Value serde of the signal window stores. */
    public static final Serde<SignalAccumulator> ACCUMULATOR = StoreValueSerde.of("signal-window", ACCUMULATOR_VERSION,
            SignalAccumulator.class, SignalCodecs::writeAccumulator, SignalCodecs::readAccumulator);

    /** Value serde of the spike-baseline stores. */
    public static final Serde<SpikeBaseline> BASELINE = StoreValueSerde.of("spike-baseline", BASELINE_VERSION,
            SpikeBaseline.class, SignalCodecs::writeBaseline, SignalCodecs::readBaseline);

    private SignalCodecs() {
    }

    static void writeAccumulator(DataOutputStream out, SignalAccumulator a) throws IOException {
        writeString(out, a.companyName);
        out.writeLong(a.mentionCount);
        out.writeLong(a.articleCount);
        out.writeLong(a.novelArticles);
        out.writeLong(a.repeatedArticles);
        out.writeDouble(a.relevanceWeightedVolume);
        writeStrings(out, a.sources);
        out.writeBoolean(a.sourcesTruncated);
        out.writeShort(a.coMentions.size());
        for (Map.Entry<String, Long> e : a.coMentions.entrySet()) {
            writeString(out, e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeLong(a.lastIngestedAt);
        // version 2: sentiment and events
        out.writeDouble(a.sentimentWeightedSum);
        out.writeDouble(a.sentimentWeight);
        out.writeLong(a.positiveMentions);
        out.writeLong(a.negativeMentions);
        out.writeLong(a.neutralMentions);
        out.writeByte(a.eventCounts.size());
        for (Map.Entry<CorporateEvent, Long> e : a.eventCounts.entrySet()) {
            writeString(out, e.getKey().name());
            out.writeLong(e.getValue());
        }
    }

    static SignalAccumulator readAccumulator(DataInputStream in, int version) throws IOException {
        SignalAccumulator a = new SignalAccumulator();
        a.companyName = readString(in);
        a.mentionCount = in.readLong();
        a.articleCount = in.readLong();
        a.novelArticles = in.readLong();
        a.repeatedArticles = in.readLong();
        a.relevanceWeightedVolume = in.readDouble();
        a.sources = new LinkedHashSet<>(readStrings(in));
        a.sourcesTruncated = in.readBoolean();
        int n = in.readUnsignedShort();
        a.coMentions = new HashMap<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            a.coMentions.put(readString(in), in.readLong());
        }
        a.lastIngestedAt = in.readLong();
        if (version >= 2) {
            a.sentimentWeightedSum = in.readDouble();
            a.sentimentWeight = in.readDouble();
            a.positiveMentions = in.readLong();
            a.negativeMentions = in.readLong();
            a.neutralMentions = in.readLong();
            int events = in.readUnsignedByte();
            for (int i = 0; i < events; i++) {
                a.eventCounts.put(event(readString(in)), in.readLong());
            }
        }
        return a;
    }

    /** An event code written by this or a newer release (an unknown code reads as {@code other}). */
    private static CorporateEvent event(String name) {
        try {
            return CorporateEvent.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return CorporateEvent.other;
        }
    }

    static void writeBaseline(DataOutputStream out, SpikeBaseline b) throws IOException {
        out.writeLong(b.currentWindowStart());
        out.writeLong(b.currentCount());
        out.writeDouble(b.mean());
        out.writeDouble(b.variance());
        out.writeInt(b.windows());
        out.writeLong(b.lastAlertedWindowStart());
        // version 2: the sentiment baseline
        SentimentBaseline s = b.sentiment();
        out.writeDouble(s.current());
        out.writeBoolean(s.currentObserved());
        out.writeDouble(s.mean());
        out.writeDouble(s.variance());
        out.writeInt(s.windows());
        out.writeLong(s.lastAlertedWindowStart());
    }

    static SpikeBaseline readBaseline(DataInputStream in, int version) throws IOException {
        long currentWindowStart = in.readLong();
        long currentCount = in.readLong();
        double mean = in.readDouble();
        double variance = in.readDouble();
        int windows = in.readInt();
        long lastAlerted = in.readLong();
        SentimentBaseline sentiment = version >= 2
                ? new SentimentBaseline(in.readDouble(), in.readBoolean(), in.readDouble(), in.readDouble(), in.readInt(), in.readLong())
                : SentimentBaseline.empty();
        return new SpikeBaseline(currentWindowStart, currentCount, mean, variance, windows, lastAlerted, sentiment);
    }
}
