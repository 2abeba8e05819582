package io.newspulse.streams.state;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * A layer over a RocksDB store that changes only {@link #committedOffset}, which follows
 * {@link CrashSafeStores#committedOffset}. It is a {@link WrappedStateStore} like Kafka Streams' own layers
 * (changelogging, caching, metrics), so Kafka Streams still finds what it looks for below it: the window stores'
 * retention (a restore skips expired records), the timestamped format, the RocksDB store that registers itself and
 * its restore callback on {@code init}.
 */
abstract class DelegatingStore<S extends StateStore> extends WrappedStateStore<S, Bytes, byte[]> {
    final S inner;

    DelegatingStore(S inner) {
        super(inner);
        this.inner = inner;
    }

    /** Whether the store holds no record (read before any restore, right after {@code init}). */
    abstract boolean empty();

    @Override
    public Long committedOffset(TopicPartition partition) {
        return CrashSafeStores.committedOffset(inner.committedOffset(partition), this::empty);
    }
}
