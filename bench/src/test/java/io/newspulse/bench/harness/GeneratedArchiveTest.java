package io.newspulse.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.history.ArchiveSlice;
import org.junit.jupiter.api.Test;

class GeneratedArchiveTest {
    private static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void shouldGiveTheSameArticlesInEventTimeOrderWithinTheSpanOnEveryPass() {
        GeneratedArchive archive = GeneratedArchive.spread(7, 300, END, Duration.ofDays(30));

        List<ArticleEvent> first = all(archive.inOrder());
        List<ArticleEvent> second = all(archive.inOrder());

        assertThat(first).hasSize(300);
        assertThat(first).extracting(ArticleEvent::getId).isEqualTo(second.stream().map(ArticleEvent::getId).toList());
        assertThat(first).isSortedAccordingTo(ArchiveSlice.EVENT_TIME_ORDER);
        assertThat(first.get(0).getPublishedAt()).isAfter(END.minus(Duration.ofDays(30)));
        assertThat(archive.lastPublished()).isEqualTo(first.get(299).getPublishedAt()).isBefore(END.plus(Duration.ofDays(3)));
        assertThat(archive.meanGap()).isEqualTo(Duration.ofDays(30).dividedBy(300));
    }

    private static List<ArticleEvent> all(Iterator<ArticleEvent> it) {
        List<ArticleEvent> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
