package io.newspulse.producer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "発表は2024年3月5日に行われた。|ja|2024-03-04T15:00:00Z",
            "2022年7月4日 15時46分 配信|ja|2022-07-04T06:46:00Z",
            "更新 2024/03/05 15:30|ja|2024-03-05T06:30:00Z",
            "Posted 2024-03-05T10:15:00Z by staff|en|2024-03-05T10:15:00Z",
            "Posted 2024-03-05T10:15:00+0900|en|2024-03-05T01:15:00Z",
            "Published Mar 5, 2024 at noon|en|2024-03-05T00:00:00Z",
            "Published 5 March 2024|en|2024-03-05T00:00:00Z"})
    void shouldFindWrittenDates(String text, String lang, String expected) {
        assertThat(finder.find(text, lang)).contains(Instant.parse(expected));
    }

    @Test
    void shouldSkipImpossibleDatesAndYearsWithoutDays() {
        assertThat(finder.find("2023年以降、OpenAIは成長した。2024/13/45 と 0000-00-00", "ja")).isEmpty();
    }

    @Test
    void shouldTakeTheFirstDateInTheText() {
        assertThat(finder.find("Updated March 9, 2024. First published 2024-03-01.", "en")).contains(Instant.parse("2024-03-09T00:00:00Z"));
    }
}
