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
 * Keeps a replay's publisher at most {@code max} articles ahead of the dedup decision. It was written for the
 * fan-out dedup of earlier releases, where every article waited in the decision step's pending store (its whole
 * text, on disk) until the index lookup had returned its verdicts: unchecked, that store held most of the archive
 * (state 1 GB after 4 minutes of a 400,000-article replay). Since the dedup chain (issue 19) no state waits for a
 * decision: an article is decided in the task that reads it when the backfill's articles topic has one partition, so
 * an article not yet decided is one still on the topic, and the bound only keeps the publisher in step with the app.
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
     * @param decided articles decided so far (a lower bound is safe: it only makes the publisher wait longer)
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
     * Articles decided by a backfill app: its group's committed offsets on the backfill's articles topic. With one
     * partition, the dedup chain has no hop: the task that reads an article decides it in the same transaction (the
     * publisher's transaction markers count too, which errs on the side of waiting less). 0 before its first commit;
     * when the offsets cannot be read, {@link Long#MAX_VALUE} (no waiting rather than a publisher stuck on an admin
     * error).
     */
    static LongSupplier decidedBy(Admin admin, String applicationId, String articlesTopic) {
        return () -> {
            try {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
                return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(articlesTopic) && e.getValue() != null)
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
