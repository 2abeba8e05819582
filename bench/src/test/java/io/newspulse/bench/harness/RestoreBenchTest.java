package io.newspulse.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RestoreBenchTest {
    @Test
    void shouldSumTheRestoresOfAStoreOverItsChangelogPartitionsWithOrWithoutTheirOffsets() {
        String log = """
                04:30:20.443 INFO  i.n.s.app.RestoreLog - Restored 11 records of store dedup-cluster-store from app-dedup-cluster-store-changelog-2 in 40 ms
                04:30:21.617 INFO  i.n.s.app.RestoreLog - Restored 10 records of store dedup-cluster-store from app-dedup-cluster-store-changelog-1 in 157 ms
                04:30:21.636 INFO  i.n.s.app.RestoreLog - Restored 757 records of store signals-1m-store from app-signals-1m-store-changelog-1 (offsets 1200 to 1957) in 90 ms
                """;

        Map<String, long[]> restores = RestoreBench.restores(log);

        assertThat(restores).containsOnlyKeys("dedup-cluster-store", "signals-1m-store");
        assertThat(restores.get("dedup-cluster-store")).containsExactly(21, 157);
        assertThat(restores.get("signals-1m-store")).containsExactly(757, 90);
    }

    @Test
    void shouldCountExpectedPairsThatNeverCameOut() {
        long[] expected = sorted(RestoreBench.pairHash("a1", "toyota"), RestoreBench.pairHash("a1", "sony"),
                RestoreBench.pairHash("a2", "toyota"));
        long[] seen = sorted(RestoreBench.pairHash("a1", "toyota"), RestoreBench.pairHash("a2", "toyota"),
                RestoreBench.pairHash("a2", "toyota"));

        assertThat(RestoreBench.missing(expected, seen)).isEqualTo(1);
    }

    @Test
    void shouldTellPairsApartThatConcatenateToTheSameText() {
        assertThat(RestoreBench.pairHash("a1", "1toyota")).isNotEqualTo(RestoreBench.pairHash("a11", "toyota"));
    }

    private static long[] sorted(long... values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
