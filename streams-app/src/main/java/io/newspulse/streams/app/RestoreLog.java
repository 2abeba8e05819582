package io.newspulse.streams.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says how much local state was replayed from changelogs, and how long it took: one line per store partition at
 * INFO when it is done, and the metric {@code newspulse.state.restored.records} by store. A clean restart replays
 * nothing (transactional state stores keep their committed offsets), so a restore at start is worth seeing.
 */
final class RestoreLog implements StateRestoreListener {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreLog.class);

    private final PipelineMetrics metrics;
    private final Map<TopicPartition, Started> startedAt = new ConcurrentHashMap<>();

    /** When and from where a partition's restore started: the offsets say how much of the changelog a crash cost. */
    private record Started(long nanos, long startingOffset, long endingOffset) {
    }

    RestoreLog(PipelineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
        startedAt.put(partition, new Started(System.nanoTime(), startingOffset, endingOffset));
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
        metrics.stateRestored(store, numRestored);
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
        Started start = startedAt.remove(partition);
        if (totalRestored > 0) {
            LOG.info("Restored {} records of store {} from {} (offsets {} to {}) in {} ms", totalRestored, store, partition,
                    start == null ? "?" : start.startingOffset(), start == null ? "?" : start.endingOffset(),
                    start == null ? -1 : (System.nanoTime() - start.nanos()) / 1_000_000);
        }
    }

    @Override
    public void onRestoreSuspended(TopicPartition partition, String store, long totalRestored) {
        startedAt.remove(partition);
    }
}
