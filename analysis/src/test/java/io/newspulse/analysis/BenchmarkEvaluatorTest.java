package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark evaluator's own parsing and metric (no benchmark data is shipped; inputs written here). */
class BenchmarkEvaluatorTest {
    @Test
    void shouldReadQuotedCsvFieldsWithCommasAndDoubledQuotes() throws IOException {
        List<List<String>> rows = BenchmarkEvaluator.csv("\"id\",\"title\"\n\"1\",\"Acme \"\"wins\"\", again\"\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("1", "Acme \"wins\", again");
    }

    @Test
    void shouldFindCompanyWithoutItsLegalSuffix() {
        assertThat(BenchmarkEvaluator.locate("Tesco sells its Korean unit", "Tesco PLC")).hasSize(1);
        assertThat(BenchmarkEvaluator.locate("Acme profit rises", "Other Group")).isEmpty();
    }

    @Test
    void shouldComputeCosineOfScoreVectors() {
        assertThat(BenchmarkEvaluator.cosine(new double[] {0.5, -0.5}, new double[] {1, -1})).isCloseTo(1.0,
                within(1e-9));
        assertThat(BenchmarkEvaluator.cosine(new double[] {0, 0}, new double[] {1, -1})).isZero();
    }

    @Test
    void shouldSplitSentencesIntoTwoFixedHalves() {
        assertThat(BenchmarkEvaluator.half("Profit rose .")).isEqualTo(BenchmarkEvaluator.half(" Profit rose . "));
        assertThat(BenchmarkEvaluator.half("Profit rose .")).isBetween(0, 1);
    }
}
