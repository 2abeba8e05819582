package io.newspulse.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newspulse.kafka.topics.Topics;
import org.junit.jupiter.api.Test;

class WindowCloserTest {
    @Test
    void shouldCloseTheLargestWindowThatHoldsTheLastArticle() {
        Instant last = Instant.parse("2005-03-01T17:42:10Z");
        Instant closing = WindowCloser.closingTime(last, List.of(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1)), Duration.ofMinutes(1));
        assertThat(closing).isEqualTo(Instant.parse("2005-03-02T00:01:00Z"));
    }

    @Test
    void shouldNameEverythingOfABackfillAfterIt() {
        Backfill backfill = new Backfill("bbc-2005");
        Topics topics = backfill.topics(new Topics("staging.", 3, (short) 1));
        assertThat(topics.signalsFinal()).isEqualTo("staging.backfill.bbc-2005.company.signals.final");
        assertThat(topics.articles()).isEqualTo("staging.backfill.bbc-2005.news.articles");
        assertThat(topics.all().get(0).partitions()).as("the deployment's partitions").isEqualTo(3);
        assertThat(backfill.applicationId()).isEqualTo("newspulse-backfill-bbc-2005");
        assertThatThrownBy(() -> new Backfill("BBC 2005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepEveryBackfillTopicForeverUnlessCompacted() {
        Topics topics = new Backfill("x").topics(Topics.defaults());
        assertThat(BackfillRun.keptForever(topics)).allSatisfy(spec -> {
            if (!spec.compacted()) {
                assertThat(spec.configs()).containsEntry("retention.ms", "-1");
            }
            assertThat(spec.name()).startsWith("backfill.x.");
        });
    }
}
