package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures reached on the labelled development set (test-support's {@code DevSet}, CC BY 2.5
 * Wikinews, see the README there), asserted a little below the measured values so that noise does not fail the
 * build but a real regression does. Two modes: the built-in tagger's companies (what the product does; sentiment
 * and events only count for companies the tagger found) and the gold mentions ("oracle", which measures the
 * analyzer alone on all 460 gold companies). Measured values are in docs/sentiment.md.
 */
class DevSetRegressionTest {
    private static final Logger LOG = LoggerFactory.getLogger(DevSetRegressionTest.class);
    private static DevSetEvaluator tagged;
    private static DevSetEvaluator oracle;
    private static String taggedOutput;

    @BeforeAll
    static void run() throws IOException {
        List<JsonNode> articles = DevSetEvaluator.bundled();
        tagged = new DevSetEvaluator(SentimentAnalyzer.builtIn(), DevSetEvaluator.builtInTagger(), false);
        StringWriter out = new StringWriter();
        tagged.run(articles, out);
        taggedOutput = out.toString();
        oracle = new DevSetEvaluator(SentimentAnalyzer.builtIn(), null, true);
        oracle.run(articles, null);
        LOG.info("dev set, tagger companies:\n{}", tagged.report());
        LOG.info("dev set, gold companies (oracle):\n{}", oracle.report());
    }

    @Test
    void shouldKeepTargetedSentimentOnGoldCompanies() {
        assertThat(oracle.of("en").sentimentAccuracy()).isGreaterThanOrEqualTo(0.79);
        assertThat(oracle.of("en").sentimentMacroF1()).isGreaterThanOrEqualTo(0.75);
        assertThat(oracle.of("ja").sentimentAccuracy()).isGreaterThanOrEqualTo(0.72);
        assertThat(oracle.of("ja").sentimentMacroF1()).isGreaterThanOrEqualTo(0.70);
        // ko 0.695 since the session-14 lexicon (0.614 before)
        assertThat(oracle.of("ko").sentimentMacroF1()).isGreaterThanOrEqualTo(0.66);
    }

    @Test
    void shouldKeepArticleTone() {
        assertThat(oracle.of("ALL").toneAccuracy()).isGreaterThanOrEqualTo(0.76);
        assertThat(oracle.of("en").toneAccuracy()).isGreaterThanOrEqualTo(0.77);
        assertThat(oracle.of("ja").toneAccuracy()).isGreaterThanOrEqualTo(0.78);
        assertThat(oracle.of("ko").toneAccuracy()).isGreaterThanOrEqualTo(0.80);
        assertThat(oracle.of("ALL").toneMacroF1()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void shouldKeepEventsOnGoldCompanies() {
        assertThat(oracle.of("ALL").eventF1()).isGreaterThanOrEqualTo(0.74);
        assertThat(oracle.of("en").eventF1()).isGreaterThanOrEqualTo(0.74);
        assertThat(oracle.of("ja").eventF1()).isGreaterThanOrEqualTo(0.74);
        assertThat(oracle.of("ko").eventF1()).isGreaterThanOrEqualTo(0.78);
    }

    @Test
    void shouldKeepSentimentOnTaggedCompanies() {
        assertThat(tagged.of("ALL").sentimentAccuracy()).isGreaterThanOrEqualTo(0.68);
        assertThat(tagged.of("en").sentimentAccuracy()).isGreaterThanOrEqualTo(0.74);
        assertThat(tagged.of("ja").sentimentMacroF1()).isGreaterThanOrEqualTo(0.62);
        // ko 0.666 since the session-14 lexicon (0.583 before); margin left for knowledge-base changes
        assertThat(tagged.of("ko").sentimentMacroF1()).isGreaterThanOrEqualTo(0.58);
        assertThat(tagged.of("ALL").eventPrecision()).isGreaterThanOrEqualTo(0.71);
        assertThat(tagged.of("en").eventF1()).isGreaterThanOrEqualTo(0.71);
        assertThat(tagged.of("ja").eventF1()).isGreaterThanOrEqualTo(0.72);
        assertThat(tagged.of("ko").eventF1()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void shouldWriteOneScorerLinePerArticle() {
        String[] lines = taggedOutput.split("\n");
        assertThat(lines).hasSize(200);
        assertThat(lines[0]).startsWith("{\"id\":\"dev-en-001\",\"tone\":").contains("\"companies\":[");
    }
}
