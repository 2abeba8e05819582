package io.newspulse.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.source.JsonLinesSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSliceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void shouldSortByPublicationTimeThenIdAndKeepEachIdOnce() throws IOException {
        Path file = jsonl("""
                {"id":"c","body":"Toyota story","published_at":"2005-03-01T12:00:00Z"}
                {"id":"b","body":"Sony story","published_at":"2005-03-01T09:00:00Z"}
                {"id":"a","body":"Apple story","published_at":"2005-03-01T12:00:00Z"}
                {"id":"b","body":"Sony story again","published_at":"2005-03-01T08:00:00Z"}
                """);

        ArchiveSlice slice = ArchiveSlice.load(List.of(JsonLinesSource.of(file.toString(), 1 << 20)), null, null, CLOCK);

        assertThat(slice.articles()).extracting(ArticleEvent::getId).containsExactly("b", "a", "c");
        assertThat(slice.repeatedIds()).isEqualTo(1);
        assertThat(slice.lastPublished()).isEqualTo(Instant.parse("2005-03-01T12:00:00Z"));
    }

    @Test
    void shouldKeepOnlyDatedArticlesInsideFromAndTo() throws IOException {
        Path file = jsonl("""
                {"id":"early","body":"Apple story","published_at":"2005-02-28T23:59:59Z"}
                {"id":"first","body":"Apple story two","published_at":"2005-03-01T00:00:00Z"}
                {"id":"undated","body":"Apple story three"}
                {"id":"last","body":"Apple story four","published_at":"2005-03-31T23:59:59Z"}
                {"id":"late","body":"Apple story five","published_at":"2005-04-01T00:00:00Z"}
                """);

        Instant from = Instant.parse("2005-03-01T00:00:00Z");
        ArchiveSlice slice = ArchiveSlice.load(List.of(JsonLinesSource.of(file.toString(), 1 << 20)), from, from.plus(Duration.ofDays(31)), CLOCK);

        assertThat(slice.articles()).extracting(ArticleEvent::getId).containsExactly("first", "last");
        assertThat(slice.outOfRange()).isEqualTo(2);
        assertThat(slice.undated()).isEqualTo(1);
        assertThat(slice.read()).isEqualTo(5);
    }

    @Test
    void shouldCountOnlyTheSliceArticlesAnEarlierRunPublishedWhenResuming() throws IOException {
        Path file = jsonl("""
                {"id":"a","body":"Apple story","published_at":"2005-03-01T09:00:00Z"}
                {"id":"b","body":"Sony story","published_at":"2005-03-01T10:00:00Z"}
                {"id":"c","body":"Toyota story","published_at":"2005-03-01T11:00:00Z"}
                """);
        ArchiveSlice slice = ArchiveSlice.load(List.of(JsonLinesSource.of(file.toString(), 1 << 20)), null, null, CLOCK);

        assertThat(slice.size()).isEqualTo(3);
        assertThat(BackfillRun.alreadyIn(slice, java.util.Set.of("a", "b", "from-another-slice"))).isEqualTo(2);
        assertThat(BackfillRun.alreadyIn(slice, java.util.Set.of())).isZero();
    }

    private Path jsonl(String text) throws IOException {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
