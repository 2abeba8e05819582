package io.newspulse.dedup;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictsTest {
    private static final Verdict DIFFERENT = new Verdict(MatchKind.DIFFERENT, "x", "x", 5, 0.3);
    private static final Verdict NEAR_LOW = new Verdict(MatchKind.NEAR, "n1", "c1", 10, 0.7);
    private static final Verdict NEAR_HIGH = new Verdict(MatchKind.NEAR, "n2", "c2", 20, 0.9);
    private static final Verdict EXACT = new Verdict(MatchKind.EXACT, "e", "c3", 30, 1.0);

    @Test
    void shouldPreferExactThenMostSimilarNear() {
        assertThat(Verdicts.merge(List.of(DIFFERENT, NEAR_LOW, EXACT, NEAR_HIGH))).isEqualTo(EXACT);
        assertThat(Verdicts.merge(List.of(NEAR_LOW, DIFFERENT, NEAR_HIGH))).isEqualTo(NEAR_HIGH);
    }

    @Test
    void shouldBreakTiesByEarlierEventTimeWhateverTheOrder() {
        Verdict early = new Verdict(MatchKind.NEAR, "a", "ca", 1, 0.8);
        Verdict late = new Verdict(MatchKind.NEAR, "b", "cb", 2, 0.8);
        assertThat(Verdicts.merge(List.of(late, early))).isEqualTo(early);
        assertThat(Verdicts.merge(List.of(early, late))).isEqualTo(early);
    }

    @Test
    void shouldGiveNoneForNoOrOnlyDifferentVerdicts() {
        assertThat(Verdicts.merge(List.of())).isEqualTo(Verdict.none());
        assertThat(Verdicts.merge(List.of(DIFFERENT)).isDuplicate()).isFalse();
    }
}
