package io.newspulse.history;

import static io.newspulse.history.Signals.signal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.newspulse.avro.CompanySignal;
import org.junit.jupiter.api.Test;

class SignalQueryTest {
    private static final Instant DAY1 = Instant.parse("2005-03-01T00:00:00Z");
    private static final Instant DAY2 = Instant.parse("2005-03-02T00:00:00Z");

    private final List<CompanySignal> history = List.of(
            signal("apple", "1d", DAY1, 1, Instant.parse("2005-03-01T09:00:00Z"), false),
            signal("apple", "1d", DAY1, 3, Instant.parse("2005-03-01T15:00:00Z"), false),
            signal("apple", "1d", DAY1, 4, Instant.parse("2005-03-02T00:01:00Z"), true),
            signal("apple", "1d", DAY2, 2, Instant.parse("2005-03-02T10:00:00Z"), false),
            signal("sony", "1d", DAY1, 5, Instant.parse("2005-03-01T12:00:00Z"), false),
            signal("apple", "1h", DAY1, 1, Instant.parse("2005-03-01T09:00:00Z"), false),
            signal(WindowCloser.WATERMARK_COMPANY, "1d", DAY2, 0, DAY2, false));

    @Test
    void shouldGiveTheLastValueKnownAtTheAsOfTimeAndNothingComputedLater() {
        List<CompanySignal> atNoon = new SignalQuery(Set.of("apple"), "1d", null, null, Instant.parse("2005-03-01T12:00:00Z")).select(history);

        assertThat(atNoon).hasSize(1);
        assertThat(atNoon.get(0).getArticleCount()).isEqualTo(1);
        assertThat(atNoon.get(0).getClosed()).isFalse();
    }

    @Test
    void shouldPreferTheClosedWindowOnceItsCloseIsKnown() {
        List<CompanySignal> nextMorning = new SignalQuery(Set.of("apple"), "1d", null, null, Instant.parse("2005-03-02T11:00:00Z")).select(history);

        assertThat(nextMorning).extracting(CompanySignal::getWindowStart, CompanySignal::getArticleCount, CompanySignal::getClosed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DAY1, 4L, true), org.assertj.core.groups.Tuple.tuple(DAY2, 2L, false));
    }

    @Test
    void shouldFilterByCompanyWindowAndStartAndLeaveTheWatermarkOut() {
        List<CompanySignal> all = new SignalQuery(Set.of(), "1d", null, null, null).select(history);
        assertThat(all).extracting(CompanySignal::getCompanyId).containsExactly("apple", "apple", "sony");

        List<CompanySignal> secondDay = new SignalQuery(Set.of(), "1d", DAY2, DAY2.plusSeconds(86_400), null).select(history);
        assertThat(secondDay).extracting(CompanySignal::getCompanyId).containsExactly("apple");
    }

    @Test
    void shouldFallBackToUpdatedAtForRecordsWrittenBeforeComputedAtExisted() {
        CompanySignal old = signal("apple", "1d", DAY1, 1, Instant.EPOCH, false);
        assertThat(SignalQuery.knownAt(old)).isEqualTo(old.getUpdatedAt());
    }
}
