package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newspulse.testsupport.ArticleCounts;
import io.newspulse.testsupport.CountComparison;
import io.newspulse.testsupport.GroundTruth;
import io.newspulse.testsupport.SignalCounts;
import io.newspulse.testsupport.WindowKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 8: ~3,000 generated articles through the embedded stack and the in-process streams app; the closed
 * 1-minute and 1-hour windows on company.signals.final must equal the generator's ground truth exactly
 * (articles, novel and repeated per company and window).
 */
class GroundTruthIT extends PipelineTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(GroundTruthIT.class);
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    /** Articles to publish; {@code -Dgroundtruth.articles=N} changes it. */
    private static final int ARTICLES = Integer.getInteger("groundtruth.articles", 3000);


    /**
     * The trick: the last real windows only close when stream time passes their end + grace on the task that owns
     * them, and stream time is kept per partition of news.mentions. Articles dated a day later naming companies
     * that land on every partition advance all of them; their own windows stay open and are not compared.
     */
    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shouldCountEveryGeneratedArticleInItsWindowsExactly() throws Exception {
        GeneratedRun run = pipeline.generatedRun();
        GroundTruth truth = run.publish(42, T0, ARTICLES, "truth.jsonl");
        Instant last = truth.lastPublished();
        // Stream time is per task: the far-future articles below must reach news.mentions only after every real
        // article has been aggregated, or they would close windows that still have mentions on the way.
        pipeline.awaitCaughtUp(ARTICLES, Duration.ofMinutes(8));
        LOG.info("Pipeline caught up with {} articles", ARTICLES);
        run.advanceStreamTime(last.plus(Duration.ofDays(1)), pipeline.mentionPartitions());

        Map<WindowKey, ArticleCounts> expected = truth.expectedCounts(Pipeline.WINDOWS, k -> k.start() <= last.toEpochMilli());
        SignalCounts actual = pipeline.awaitFinalWindows(expected.keySet(), Duration.ofMinutes(2));
        Map<WindowKey, ArticleCounts> counted = actual.counts(k -> k.start() <= last.toEpochMilli());

        LOG.info("Ground truth: {} articles, {} expected windows (1m articles {}), {} counted windows (1m articles {}), dead letters {}",
                truth.articles().size(), expected.size(), CountComparison.totalArticles(expected, "1m"),
                counted.size(), CountComparison.totalArticles(counted, "1m"), pipeline.metrics().deadLetters());
        List<String> differences = CountComparison.differences(expected, counted);
        if (!differences.isEmpty()) {
            MentionAudit.differences(pipeline.stack().bootstrapServers(), pipeline.stack().topics().mentions(), pipeline.serdes(), truth)
                    .forEach(d -> LOG.warn("Audit: {}", d));
        }
        assertThat(differences).isEmpty();
        assertThat(actual.reEmitted()).isEmpty();
    }
}
