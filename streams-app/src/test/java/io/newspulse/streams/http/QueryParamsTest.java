package io.newspulse.streams.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.streams.query.QueryException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    private static final Instant FALLBACK = Instant.parse("2000-01-01T00:00:00Z");

    @Test
    void shouldReadTimesAsEpochMillisIsoInstantsOffsetsAndDates() {
        QueryParams p = params("a", "1795630560000", "b", "2026-11-25T18:16:00Z", "c", "2026-11-26T03:16:00+09:00", "d", "2026-11-25");
        assertThat(p.instant("a", FALLBACK)).isEqualTo(Instant.parse("2026-11-25T18:16:00Z"));
        assertThat(p.instant("b", FALLBACK)).isEqualTo(Instant.parse("2026-11-25T18:16:00Z"));
        assertThat(p.instant("c", FALLBACK)).isEqualTo(Instant.parse("2026-11-25T18:16:00Z"));
        assertThat(p.instant("d", FALLBACK)).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(p.instant("missing", FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void shouldRejectUnreadableTimesAndOutOfRangeNumbersWith400() {
        QueryParams p = params("from", "yesterday", "limit", "0", "n", "abc");
        assertThatThrownBy(() -> p.instant("from", FALLBACK)).isInstanceOf(QueryException.class)
                .hasMessageContaining("from").extracting(e -> ((QueryException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> p.intValue("limit", 20, 1, 500)).hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> p.intValue("n", 20, 1, 500)).hasMessageContaining("whole number");
        assertThat(p.intValue("other", 20, 1, 500)).isEqualTo(20);
    }

    @Test
    void shouldTreatBlankAsAbsentAndTakeTheFirstOfRepeatedParameters() {
        QueryParams p = new QueryParams(Map.of("window", List.of(" "), "x", List.of(), "company", List.of(" toyota ", "sony")));
        assertThat(p.get("window", "1m")).isEqualTo("1m");
        assertThat(p.get("x")).isNull();
        assertThat(p.get("company")).isEqualTo("toyota");
    }

    private static QueryParams params(String... nameValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return new QueryParams(map);
    }
}
