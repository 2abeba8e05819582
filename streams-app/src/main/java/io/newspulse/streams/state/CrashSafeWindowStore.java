package io.newspulse.streams.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.TimestampedBytesStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.apache.kafka.streams.state.internals.AbstractRocksDBSegmentedBytesStore;
import org.apache.kafka.streams.state.internals.AbstractSegments;
import org.apache.kafka.streams.state.internals.WrappedStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent (segmented) window store whose offset follows {@link CrashSafeStores#committedOffset}: a window store
 * keeps its offset in its segments, so one with no segment on disk (nothing flushed since it was made, or every
 * segment expired) has none, even after a clean stop.
 *
 * <p>With {@code replayAfterUncleanStop} (the signals' closed-window stores) the store restores from a safe offset
 * after a stop that was not clean. Why: each segment is a RocksDB instance that keeps the committed offset next to
 * its data and flushes on its own (no write-ahead log; data and offset flush together), and Kafka Streams takes the
 * offset of the newest segment that has one. After a kill -9 an older segment can have lost writes made before that
 * offset (the last windows of the previous day, written after its last flush), which a restore from that offset would
 * never bring back. The safe offset is the <em>smallest</em> of the segments' own offsets ({@link #safeOffset}): every
 * segment holds what was committed up to its own offset, so a replay from the smallest brings every segment back (a
 * put of a window already there writes the same value again). A segment without an offset (never flushed: it may
 * have lost everything) makes it the whole changelog (its retention is the store's plus a day). A clean close leaves
 * a marker file in the task directory, after which every segment holds the same offset; a start that finds none (a
 * crash, or the first start) uses the safe offset.
 */
class CrashSafeWindowStore extends DelegatingStore<WindowStore<Bytes, byte[]>> implements WindowStore<Bytes, byte[]> {
    private static final Logger LOG = LoggerFactory.getLogger(CrashSafeWindowStore.class);
    private final boolean replayAfterUncleanStop;
    /** The marker a clean close leaves; null until {@link #init} (or without {@code replayAfterUncleanStop}). */
    private Path stoppedCleanly;
    /** Set by {@link #init} after a stop that was not clean (the safe offset is used), until the first commit. */
    private boolean replay;

    CrashSafeWindowStore(WindowStore<Bytes, byte[]> inner, boolean replayAfterUncleanStop) {
        super(inner);
        this.replayAfterUncleanStop = replayAfterUncleanStop;
    }

    /** The same over a timestamped store (the DSL's windowed aggregations; Kafka Streams adds no format adapter). */
    static final class Timestamped extends CrashSafeWindowStore implements TimestampedBytesStore {
        Timestamped(WindowStore<Bytes, byte[]> inner, boolean replayAfterUncleanStop) {
            super(inner, replayAfterUncleanStop);
        }
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        super.init(context, root);
        if (replayAfterUncleanStop) {
            stoppedCleanly = marker(context.stateDir().toPath(), name());
            try {
                replay = !Files.deleteIfExists(stoppedCleanly);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + stoppedCleanly, e);
            }
        }
    }

    /** The marker file of a clean close of store {@code name} in task directory {@code taskDir}. */
    static Path marker(Path taskDir, String name) {
        return taskDir.resolve("." + name + ".stopped-cleanly");
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        if (!replay) {
            return super.committedOffset(partition);
        }
        Long safe = safeOffset(inner, partition);
        return safe == null ? CrashSafeStores.OFFSET_UNKNOWN : safe;
    }

    /**
     * The smallest committed offset of {@code store}'s segments, or null when a segment has none, there is no segment,
     * or the segments cannot be read (a Kafka Streams whose internals differ: the caller then replays everything).
     * Kafka Streams keeps the segments private ({@code AbstractRocksDBSegmentedBytesStore.segments}); a Kafka upgrade
     * that changes them falls back to the whole replay, and {@code CrashSafeStoresTest} fails, so it is noticed.
     */
    private static Long safeOffset(WindowStore<Bytes, byte[]> store, TopicPartition partition) {
        List<? extends StateStore> segments = segments(store);
        if (segments == null || segments.isEmpty()) {
            return null;
        }
        long safe = Long.MAX_VALUE;
        for (StateStore segment : segments) {
            Long own = segment.committedOffset(partition);
            if (own == null) {
                return null;
            }
            safe = Math.min(safe, own);
        }
        return safe;
    }

    /** The open segments of a RocksDB window store, oldest first; null when they cannot be reached. */
    private static List<? extends StateStore> segments(WindowStore<Bytes, byte[]> store) {
        StateStore bytes = store instanceof WrappedStateStore<?, ?, ?> wrapped ? wrapped.wrapped() : null;
        if (!(bytes instanceof AbstractRocksDBSegmentedBytesStore<?>)) {
            LOG.warn("Cannot read the segments of {} ({}): its changelog is replayed in full", store.name(), bytes);
            return null;
        }
        try {
            Field field = AbstractRocksDBSegmentedBytesStore.class.getDeclaredField("segments");
            field.setAccessible(true);
            return ((AbstractSegments<?>) field.get(bytes)).allSegments(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Cannot read the segments of {} ({}): its changelog is replayed in full", store.name(), e.toString());
            return null;
        }
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        super.commit(changelogOffsets);
        replay = false;
    }

    @Override
    public void close() {
        super.close();
        if (stoppedCleanly != null) {
            try {
                Files.writeString(stoppedCleanly, "");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + stoppedCleanly, e);
            }
        }
    }

    @Override
    boolean empty() {
        try (KeyValueIterator<Windowed<Bytes>, byte[]> all = inner.all()) {
            return !all.hasNext();
        }
    }

    @Override
    public void put(Bytes key, byte[] value, long windowStartTimestamp) {
        inner.put(key, value, windowStartTimestamp);
    }

    @Override
    public byte[] fetch(Bytes key, long time) {
        return inner.fetch(key, time);
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, long timeFrom, long timeTo) {
        return inner.fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, Instant timeFrom, Instant timeTo) {
        return inner.fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, long timeFrom, long timeTo) {
        return inner.backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, Instant timeFrom, Instant timeTo) {
        return inner.backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
        return inner.fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(Bytes keyFrom, Bytes keyTo, Instant timeFrom, Instant timeTo) {
        return inner.fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
        return inner.backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(Bytes keyFrom, Bytes keyTo, Instant timeFrom, Instant timeTo) {
        return inner.backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(long timeFrom, long timeTo) {
        return inner.fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(Instant timeFrom, Instant timeTo) {
        return inner.fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(long timeFrom, long timeTo) {
        return inner.backwardFetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(Instant timeFrom, Instant timeTo) {
        return inner.backwardFetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> all() {
        return inner.all();
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardAll() {
        return inner.backwardAll();
    }

    @Override
    public ReadOnlyWindowStore<Bytes, byte[]> readOnly(IsolationLevel isolationLevel) {
        return inner.readOnly(isolationLevel);
    }
}
