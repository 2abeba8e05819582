package io.newspulse.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BacklogTest {
    @Test
    void shouldLetThePublisherOnWhileFewerThanMaxArticlesAreUndecided() throws InterruptedException {
        Backlog backlog = new Backlog(100, () -> 950);

        assertThat(backlog.awaitRoom(1_000, () -> false)).isTrue();
    }

    @Test
    void shouldHoldThePublisherUntilTheDecisionCatchesUp() throws InterruptedException {
        AtomicLong decided = new AtomicLong(0);
        AtomicInteger asked = new AtomicInteger();
        Backlog backlog = new Backlog(100, () -> {
            if (asked.incrementAndGet() == 3) {
                decided.set(950); // the decision step commits while the publisher waits
            }
            return decided.get();
        });

        assertThat(backlog.awaitRoom(1_000, () -> false)).isTrue();
        assertThat(asked).hasValue(3);
    }

    @Test
    void shouldStopWaitingWhenTheReplayIsStopped() throws InterruptedException {
        AtomicInteger polls = new AtomicInteger();
        Backlog backlog = new Backlog(100, () -> 0);

        assertThat(backlog.awaitRoom(1_000, () -> polls.incrementAndGet() > 2)).isFalse();
    }

    @Test
    void shouldRefuseAnEmptyBacklog() {
        assertThatThrownBy(() -> new Backlog(0, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackfillRun(java.util.Map.of(io.newspulse.kafka.config.CommonConfig.BOOTSTRAP_SERVERS, "localhost:9092",
                io.newspulse.kafka.config.CommonConfig.SCHEMA_REGISTRY_URL, "http://localhost:8081"), new Backfill("x"), false)
                .withMaxBacklog(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
