package io.newspulse.streams.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.newspulse.streams.query.QueryException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    private static final Instant FALLBACK = Instant.parse("2000-01-01T00:00:00Z");

    @Test
    void shouldReadTimesAsEpochMillisIsoInstantsOffsetsAndDates() {
        QueryParams p = new QueryParams("a=1795630560000&b=2026-11-25T18:16:00Z&c=2026-11-26T03:16:00%2B09:00&d=2026-11-25");
        assertThat(p.instant("a", FALLBACK)).isEqualTo(Instant.parse("2026-11-25T18:16:00Z"));
        assertThat(p.instant("b", FALLBACK)).isEqualTo(Instant.parse("2026-11-25T18:16:00Z"));
        assertThat(p.instant("c", FALLBACK)).isEqualTo(Instant.parse("2026-11-25T18:16:00Z"));
        assertThat(p.instant("d", FALLBACK)).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(p.instant("missing", FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void shouldRejectUnreadableTimesAndOutOfRangeNumbersWith400() {
        QueryParams p = new QueryParams("from=yesterday&limit=0&n=abc");
        assertThatThrownBy(() -> p.instant("from", FALLBACK)).isInstanceOf(QueryException.class)
                .hasMessageContaining("from").extracting(e -> ((QueryException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> p.intValue("limit", 20, 1, 500)).hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> p.intValue("n", 20, 1, 500)).hasMessageContaining("whole number");
        assertThat(p.intValue("other", 20, 1, 500)).isEqualTo(20);
    }

    @Test
    void shouldDecodePercentEncodedUtf8AndTreatBlankAsAbsent() {
        QueryParams p = new QueryParams("company=%E3%83%88%E3%83%A8%E3%82%BF&window=&x");
        assertThat(p.get("company")).isEqualTo("トヨタ");
        assertThat(p.get("window", "1m")).isEqualTo("1m");
        assertThat(p.get("x")).isNull();
    }
}
