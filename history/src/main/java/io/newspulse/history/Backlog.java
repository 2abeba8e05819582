package io.newspulse.history;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a replay's publisher at most {@code max} articles ahead of the dedup decision. Kafka Streams has no back
 * pressure between sub-topologies: the first stage reads a backfill's input as fast as the publisher writes it, and
 * every article then waits in the decision step's pending store (its whole text, on disk) until the index lookup, the
 * slowest stage, has returned its verdict. Unchecked, that store held most of the archive (state 1 GB after 4 minutes
 * of a 400,000-article replay). Publishing in step with the decision bounds it by {@code max} articles and costs no
 * throughput while {@code max} covers a few seconds of the lookup's work.
 */
final class Backlog {
    private static final Logger LOG = LoggerFactory.getLogger(Backlog.class);
    /** Articles published but not yet decided, at most (about 40 MB of pending article text at ~2 KB each). */
    static final long DEFAULT_MAX = 20_000;
    private static final long POLL_MS = 200;

    private final long max;
    private final LongSupplier decided;

    /**
     * @param max     articles published but not decided, at most
     * @param decided articles the decision step has consumed verdicts for so far (a lower bound is safe: it only
     *                makes the publisher wait longer)
     */
    Backlog(long max, LongSupplier decided) {
        if (max < 1) {
            throw new IllegalArgumentException("the backlog must allow at least 1 article, not " + max);
        }
        this.max = max;
        this.decided = decided;
    }

    /**
     * Waits until fewer than {@code max} of the {@code published} articles are undecided, or {@code stop} says so.
     *
     * @return true when there is room, false when stopped
     */
    boolean awaitRoom(long published, BooleanSupplier stop) throws InterruptedException {
        boolean logged = false;
        while (!stop.getAsBoolean()) {
            long behind = published - decided.getAsLong();
            if (behind < max) {
                return true;
            }
            if (!logged) {
                LOG.debug("Publisher waits: {} articles published, {} not decided yet (at most {})", published, behind, max);
                logged = true;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
        return false;
    }

    /**
     * Articles decided by a backfill app: its group's committed offsets on the {@code dedup-verdicts} repartition topic,
     * which the decision step reads (one verdict per article while the index lookup has one partition; the lookup's
     * transaction markers count too, which errs on the side of waiting less). 0 before its first commit; when the
     * offsets cannot be read, {@link Long#MAX_VALUE} (no waiting rather than a publisher stuck on an admin error).
     */
    static LongSupplier decidedBy(Admin admin, String applicationId) {
        String verdicts = applicationId + "-dedup-verdicts-repartition";
        return () -> {
            try {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
                return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(verdicts) && e.getValue() != null)
                        .mapToLong(e -> e.getValue().offset()).sum();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Long.MAX_VALUE; // stop waiting: the caller sees the interrupt
            } catch (Exception e) {
                LOG.debug("Offsets of group {} not readable, publishing without waiting: {}", applicationId, e.toString());
                return Long.MAX_VALUE;
            }
        };
    }
}
