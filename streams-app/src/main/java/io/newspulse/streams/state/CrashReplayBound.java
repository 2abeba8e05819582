package io.newspulse.streams.state;

import java.util.Map;

import io.newspulse.streams.StoreNames;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * RocksDB settings of the stream app's stores ({@code rocksdb.config.setter}): a 4 MB memtable instead of Kafka
 * Streams' 16 MB for every store but the dedup index. Kafka Streams writes RocksDB without a write-ahead log, so after
 * a kill -9 each store is replayed from its changelog from its last memtable flush (see {@link CrashSafeStores}): the
 * memtable size bounds that replay. The small stores with many updates per key (spike baselines, recent articles,
 * pending articles, the live windows) otherwise replayed up to 140,000 records each after a crash at 200,000 articles
 * (issue 19). The closed-window stores replay from the oldest flush of their segments after a crash, so the
 * memtable bounds their replay too ({@link CrashSafeWindowStore}). The dedup index is written once per article, so its 16 MB memtable holds tens of thousands of articles
 * and its flushes stay few.
 */
public final class CrashReplayBound implements RocksDBConfigSetter {
    /** Memtable size of the stores with many updates per key. */
    static final long WRITE_BUFFER_BYTES = 4L * 1024 * 1024;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        if (!storeName.startsWith(StoreNames.DEDUP_INDEX)) {
            options.setWriteBufferSize(WRITE_BUFFER_BYTES);
        }
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated
    }
}
