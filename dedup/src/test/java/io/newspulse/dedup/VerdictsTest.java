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

    /**
     * A verdict that does not contend before the cluster id loses to the best whatever cluster it names, and one that
     * wins with some cluster contends: skipping the decided-cluster look-up of non-contenders changes no verdict.
     */
    @Test
    void shouldLetOnlyContendersWinWhateverTheirCluster() {
        List<Verdict> shapes = new java.util.ArrayList<>(List.of(Verdict.none()));
        for (MatchKind kind : MatchKind.values()) {
            for (double similarity : new double[] {0.7, 0.9, 1.0}) {
                for (long time : new long[] {1, 2}) {
                    for (String cluster : List.of("a", "m", "z")) {
                        shapes.add(new Verdict(kind, "id-" + cluster, cluster, time, similarity));
                    }
                }
            }
        }
        int contenders = 0;
        for (Verdict a : shapes) {
            for (Verdict best : shapes) {
                boolean contends = Verdicts.contendsBeforeCluster(a, best);
                contenders += contends ? 1 : 0;
                for (String cluster : List.of("0", "a", "m", "z", "~")) {
                    Verdict withCluster = new Verdict(a.kind(), a.matchedId(), cluster, a.eventTimeMs(), a.similarity());
                    if (Verdicts.better(withCluster, best)) {
                        assertThat(contends).as("%s beats %s with cluster %s", a, best, cluster).isTrue();
                    }
                }
            }
        }
        assertThat(contenders).as("pairs where the cluster could decide").isPositive().isLessThan(shapes.size() * shapes.size());
    }
}
