package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventCodeTest {
    @Test
    void shouldRoundTripWireCodes() {
        assertThat(EventCode.MERGER_ACQUISITION.code()).isEqualTo("merger_acquisition");
        for (EventCode e : EventCode.values()) {
            assertThat(EventCode.fromCode(e.code())).contains(e);
        }
        assertThat(EventCode.fromCode(" Stock_Move ")).contains(EventCode.STOCK_MOVE);
        assertThat(EventCode.fromCode("earthquake")).isEmpty();
        assertThat(EventCode.fromCode(null)).isEmpty();
    }

    @Test
    void shouldClampScoresAndCopyCollections() {
        EnumSet<EventCode> events = EnumSet.of(EventCode.EARNINGS);
        CompanySentiment s = new CompanySentiment(3.0, events);
        events.add(EventCode.RATING);

        assertThat(s.sentiment()).isEqualTo(1.0);
        assertThat(s.events()).containsExactly(EventCode.EARNINGS);
        ArticleSentiment a = new ArticleSentiment(-2, Set.of(), Map.of("x", s));
        assertThat(a.tone()).isEqualTo(-1.0);
        assertThat(a.of("x")).isSameAs(s);
        assertThat(a.of("y")).isSameAs(CompanySentiment.NEUTRAL);
    }
}
