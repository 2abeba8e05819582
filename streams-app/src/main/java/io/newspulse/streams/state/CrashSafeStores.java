package io.newspulse.streams.state;

import java.time.Duration;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedBytesStore;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.internals.RocksDbWindowBytesStoreSupplier;

/**
 * The persistent stores of the topology, made so that a store that lost everything in a crash is restored from its
 * changelog without its task being declared corrupted (issue 19).
 *
 * <p>Why: Kafka Streams 4.4 keeps a store's committed changelog offset inside the store (KIP-1035) and writes RocksDB
 * without a write-ahead log, so after a kill -9 every RocksDB store is back at its last memtable flush. A store that
 * never flushed (a small one: the dedup cluster fixes, a minute window's segment, a spike baseline) then holds neither
 * data nor offset, and under exactly-once Kafka Streams' start-up scan declares its whole task corrupted ("did not find
 * checkpoint offsets ... Failed to register startup state stores") and opens it a second time; the restore bench's
 * logs showed the other stores then replayed from their own offsets, not wiped. Here a store with no committed offset that is
 * <em>empty</em> answers "offset unknown" (the sentinel Kafka Streams itself commits for stores not yet initialised,
 * KAFKA-19712), so it is restored from the start of its changelog, which is exactly right for an empty store, and
 * its task is not declared corrupted. A store with data but no offset still answers "none" and its task is wiped, as
 * Kafka Streams intends (its data could be uncommitted).
 *
 * <p>The closed-window stores of the signals ({@link #timestampedWindow}) go further: after a stop that was not clean
 * they restore from the smallest of their segments' offsets, or their whole changelog when a segment has none
 * ({@link CrashSafeWindowStore}), and their segments span at least a day (see {@link #segmentInterval}).
 */
public final class CrashSafeStores {
    /** {@code OFFSET_UNKNOWN} of Kafka Streams' state managers: restore this store from the start of its changelog. */
    static final long OFFSET_UNKNOWN = -4L;

    private CrashSafeStores() {
    }

    /** A persistent key-value store ({@link Stores#persistentKeyValueStore}). */
    public static KeyValueBytesStoreSupplier keyValue(String name) {
        return new KeyValueSupplier(Stores.persistentKeyValueStore(name));
    }

    /** A persistent window store ({@link Stores#persistentWindowStore}). */
    public static WindowBytesStoreSupplier window(String name, Duration retention, Duration windowSize, boolean retainDuplicates) {
        return new WindowSupplier(Stores.persistentWindowStore(name, retention, windowSize, retainDuplicates), false);
    }

    /**
     * A persistent timestamped window store, the kind the DSL's windowed aggregations keep, for closed windows: as
     * {@link Stores#persistentTimestampedWindowStore} with segments of {@link #segmentInterval}, and a restore from
     * its segments' smallest offset after a stop that was not clean ({@link CrashSafeWindowStore}).
     */
    public static WindowBytesStoreSupplier timestampedWindow(String name, Duration retention, Duration windowSize) {
        // Stores checks the arguments but takes no segment interval: the supplier it builds, made again with ours
        WindowBytesStoreSupplier checked = Stores.persistentTimestampedWindowStore(name, retention, windowSize, false);
        return new WindowSupplier(new RocksDbWindowBytesStoreSupplier(checked.name(), checked.retentionPeriod(),
                segmentInterval(retention), checked.windowSize(), false,
                RocksDbWindowBytesStoreSupplier.WindowStoreTypes.TIMESTAMPED_WINDOW_STORE), true);
    }

    /** The shortest segment of a closed-window store. */
    static final Duration MIN_SEGMENT = Duration.ofDays(1);

    /**
     * Segment length of a closed-window store: half its retention as Kafka Streams' default, but at least
     * {@link #MIN_SEGMENT}. Each segment is a RocksDB instance, opened when the first window of its time range is
     * written or restored and deleted when it expires. With the default (100 minutes for the 1-minute store, whose
     * retention is 200 windows) a backlog or a restore that crosses days of event time opened and deleted one per
     * 100 minutes: after a kill -9 at 200,000 articles over 7 days, 15 of 20 stack samples of the restore threads
     * were in RocksDB.open or the deletion of a segment, and the 1-minute store took 17 s to restore 173,654 records
     * (issue 19). A segment of a day keeps at most a day more of closed windows on disk; queries still see only the
     * retention.
     */
    static long segmentInterval(Duration retention) {
        return Math.max(retention.toMillis() / 2, MIN_SEGMENT.toMillis());
    }

    /**
     * The offset the state manager is to start from: the store's own when it has one, {@link #OFFSET_UNKNOWN} when it
     * has none and holds nothing, else none (the task is corrupted).
     */
    static Long committedOffset(Long own, java.util.function.BooleanSupplier empty) {
        if (own != null) {
            return own;
        }
        return empty.getAsBoolean() ? OFFSET_UNKNOWN : null;
    }

    private record KeyValueSupplier(KeyValueBytesStoreSupplier inner) implements KeyValueBytesStoreSupplier {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public KeyValueStore<Bytes, byte[]> get() {
            KeyValueStore<Bytes, byte[]> store = inner.get();
            return store instanceof TimestampedBytesStore ? new CrashSafeKeyValueStore.Timestamped(store) : new CrashSafeKeyValueStore(store);
        }

        @Override
        public String metricsScope() {
            return inner.metricsScope();
        }
    }

    /** @param replayAfterUncleanStop whether the store restores from its segments' smallest offset after a stop that was not clean */
    private record WindowSupplier(WindowBytesStoreSupplier inner, boolean replayAfterUncleanStop) implements WindowBytesStoreSupplier {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public WindowStore<Bytes, byte[]> get() {
            WindowStore<Bytes, byte[]> store = inner.get();
            return store instanceof TimestampedBytesStore ? new CrashSafeWindowStore.Timestamped(store, replayAfterUncleanStop)
                    : new CrashSafeWindowStore(store, replayAfterUncleanStop);
        }

        @Override
        public String metricsScope() {
            return inner.metricsScope();
        }

        @Override
        public long segmentIntervalMs() {
            return inner.segmentIntervalMs();
        }

        @Override
        public long windowSize() {
            return inner.windowSize();
        }

        @Override
        public boolean retainDuplicates() {
            return inner.retainDuplicates();
        }

        @Override
        public long retentionPeriod() {
            return inner.retentionPeriod();
        }
    }
}
