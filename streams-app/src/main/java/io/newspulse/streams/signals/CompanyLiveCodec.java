package io.newspulse.streams.signals;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.NavigableSet;

import io.newspulse.streams.recent.RecentListCodec;
import io.newspulse.streams.serde.StoreValueSerde;
import org.apache.kafka.common.serialization.Serde;

/**
 * Binary serde of the {@code company-live-store} value ({@link CompanyLive}): the recent list, then per window size
 * its baseline and open windows. Each part is the body its own store used to hold ({@link RecentListCodec},
 * {@link SignalCodecs}), at the versions this format names: version 1 = recent list 2, accumulator 2, baseline 2;
 * version 2 = the same, and each open window's "not yet emitted" mark ({@link CompanyLive.Pending}: a flag, then
 * when set its two scores and computed-at time). Version 1 values are read as having every update emitted.
 */
public final class CompanyLiveCodec {
    static final byte VERSION = 2;

    /** The store's value serde. */
    public static final Serde<CompanyLive> SERDE = StoreValueSerde.of("company-live", VERSION, StoreValueSerde.Legacy.none(),
            CompanyLiveCodec::write, CompanyLiveCodec::read);

    private static final int RECENT_VERSION = 2;
    private static final int ACCUMULATOR_VERSION = 2;
    private static final int BASELINE_VERSION = 2;

    static {
        if (RecentListCodec.VERSION != RECENT_VERSION || SignalCodecs.ACCUMULATOR_VERSION != ACCUMULATOR_VERSION
                || SignalCodecs.BASELINE_VERSION != BASELINE_VERSION) {
            throw new IllegalStateException("a body format changed: give company-live a new version that names it");
        }
    }

    private CompanyLiveCodec() {
    }

    private static void write(DataOutputStream out, CompanyLive live) throws IOException {
        RecentListCodec.write(out, live.recent());
        NavigableSet<Long> sizes = live.windowSizes();
        out.writeShort(sizes.size());
        for (long size : sizes) {
            out.writeLong(size);
            boolean hasBaseline = live.hasBaseline(size);
            out.writeBoolean(hasBaseline);
            if (hasBaseline) {
                SignalCodecs.writeBaseline(out, live.baseline(size));
            }
            Map<Long, CompanyLive.OpenWindow> open = live.openWindows(size);
            out.writeShort(open.size());
            for (Map.Entry<Long, CompanyLive.OpenWindow> e : open.entrySet()) {
                out.writeLong(e.getKey());
                out.writeLong(e.getValue().timestamp());
                SignalCodecs.writeAccumulator(out, e.getValue().accumulator());
                CompanyLive.Pending pending = e.getValue().pending();
                out.writeBoolean(pending != null);
                if (pending != null) {
                    out.writeDouble(pending.spikeScore());
                    out.writeDouble(pending.sentimentShockScore());
                    out.writeLong(pending.computedAt());
                }
            }
        }
    }

    private static CompanyLive read(DataInputStream in, int version) throws IOException {
        CompanyLive live = new CompanyLive();
        live.recent(RecentListCodec.read(in, RECENT_VERSION));
        int sizes = in.readUnsignedShort();
        for (int s = 0; s < sizes; s++) {
            long size = in.readLong();
            if (in.readBoolean()) {
                live.baseline(size, SignalCodecs.readBaseline(in, BASELINE_VERSION));
            }
            int windows = in.readUnsignedShort();
            for (int w = 0; w < windows; w++) {
                long start = in.readLong();
                long timestamp = in.readLong();
                CompanyLive.OpenWindow window = new CompanyLive.OpenWindow(SignalCodecs.readAccumulator(in, ACCUMULATOR_VERSION), timestamp);
                if (version >= 2 && in.readBoolean()) {
                    window.pending(new CompanyLive.Pending(in.readDouble(), in.readDouble(), in.readLong()));
                }
                live.put(size, start, window);
            }
        }
        return live;
    }
}
