package io.newspulse.streams.state;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;

/**
 * A state store that hands every call to {@code inner} except {@link #committedOffset}, which follows
 * {@link CrashSafeStores#committedOffset}. Kafka Streams wraps it (changelogging, caching, metrics) like the RocksDB
 * store it holds, which registers itself and its restore callback on {@link #init}.
 */
abstract class DelegatingStore<S extends StateStore> implements StateStore {
    final S inner;

    DelegatingStore(S inner) {
        this.inner = inner;
    }

    /** Whether the store holds no record (read before any restore, right after {@link #init}). */
    abstract boolean empty();

    @Override
    public Long committedOffset(TopicPartition partition) {
        return CrashSafeStores.committedOffset(inner.committedOffset(partition), this::empty);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        inner.init(context, root);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush() {
        inner.flush();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        inner.commit(changelogOffsets);
    }

    @Override
    public void close() {
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean managesOffsets() {
        return inner.managesOffsets();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return inner.query(query, positionBound, config);
    }

    @Override
    public long approximateNumUncommittedBytes() {
        return inner.approximateNumUncommittedBytes();
    }

    @Override
    public Position getPosition() {
        return inner.getPosition();
    }
}
