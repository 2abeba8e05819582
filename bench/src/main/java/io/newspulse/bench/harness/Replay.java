package io.newspulse.bench.harness;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.publish.ArticleOutput;

/** Replays pre-generated articles into a publisher, stamping {@code ingested_at} with the send time. */
public final class Replay {
    private Replay() {
    }

    /**
     * Sends every event, flat out ({@code rate <= 0}) or paced at {@code rate} articles/s against the wall clock,
     * without flushing. The events are re-stamped in place (the serializer copies them during {@code send}).
     *
     * @return {@link System#nanoTime()} of the first send
     */
    public static long publish(ArticleOutput output, List<ArticleEvent> events, double rate) {
        long start = System.nanoTime();
        for (int i = 0; i < events.size(); i++) {
            if (rate > 0) {
                long due = start + (long) (i * 1e9 / rate);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            ArticleEvent e = events.get(i);
            e.setIngestedAt(Instant.ofEpochMilli(System.currentTimeMillis()));
            output.send(e);
        }
        return start;
    }
}
