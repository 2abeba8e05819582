package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence-level tone on hand-written English financial sentences (the dev set has no sentence labels). Each
 * sentence is analysed as the body of an article with no title.
 */
class FinancialSentencesTest {
    private static final Logger LOG = LoggerFactory.getLogger(FinancialSentencesTest.class);

    record Labelled(int label, String sentence) {
    }

    static List<Labelled> sentences() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = FinancialSentencesTest.class.getResourceAsStream("/sentences/en-financial.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                out.add(new Labelled(DevSetEvaluator.label(cols[0]), cols[1]));
            }
        }
        return out;
    }

    static int[][] confusion(SentimentAnalyzer analyzer, List<Labelled> sentences, List<String> errors) {
        int[][] m = new int[3][3];
        for (Labelled s : sentences) {
            double tone = analyzer.analyze(null, s.sentence(), "en", List.of()).tone();
            int p = DevSetEvaluator.label(tone);
            m[s.label()][p]++;
            if (p != s.label()) {
                errors.add(DevSetEvaluator.LABELS[s.label()] + " " + tone + " " + s.sentence());
            }
        }
        return m;
    }

    @Test
    void shouldClassifyHandWrittenFinancialSentencesWithMostlyNeutralFacts() throws IOException {
        List<Labelled> sentences = sentences();
        List<String> errors = new ArrayList<>();
        int[][] m = confusion(SentimentAnalyzer.builtIn(), sentences, errors);
        double accuracy = DevSetEvaluator.Figures.accuracy(m);
        double macroF1 = DevSetEvaluator.Figures.macroF1(m);
        LOG.info("hand-written sentences: n={} accuracy={} macroF1={} errors={}", sentences.size(), accuracy, macroF1,
                errors);

        assertThat(sentences).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.85);
        assertThat(macroF1).isGreaterThanOrEqualTo(0.85);
    }
}
