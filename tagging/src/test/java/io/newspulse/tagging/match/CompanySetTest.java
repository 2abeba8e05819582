package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompanySetTest {
    @Test
    void shouldStartEmpty() {
        CompanySet set = new CompanySet();
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.get(0)).isFalse();
    }

    @Test
    void shouldHoldExactlyWhatABitSetHoldsAcrossGrowth() {
        Random random = new Random(3);
        for (int round = 0; round < 50; round++) {
            CompanySet set = new CompanySet();
            BitSet expected = new BitSet();
            int adds = random.nextInt(200);
            for (int i = 0; i < adds; i++) {
                int company = random.nextInt(round % 2 == 0 ? 100 : 100_000);
                set.set(company);
                expected.set(company);
            }
            assertThat(set.isEmpty()).isEqualTo(expected.isEmpty());
            BitSet actual = new BitSet();
            for (int company = 0; company < 100_000; company++) {
                if (set.get(company)) {
                    actual.set(company);
                }
            }
            assertThat(actual).isEqualTo(expected);
        }
    }
}
