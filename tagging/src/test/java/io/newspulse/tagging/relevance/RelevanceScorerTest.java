package io.newspulse.tagging.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelevanceScorerTest {
    @Test
    void shouldScorePassingMentionDeepInBodyBelowPointThree() {
        assertThat(RelevanceScorer.score(new RelevanceFeatures(false, 0.8, 1, 12))).isLessThan(0.3);
    }

    @Test
    void shouldScoreRepeatedTitleSubjectAbovePointSeven() {
        assertThat(RelevanceScorer.score(new RelevanceFeatures(true, 0.0, 5, 8))).isGreaterThan(0.7);
    }

    @Test
    void shouldStayWithinZeroAndOne() {
        assertThat(RelevanceScorer.score(new RelevanceFeatures(true, 0, 1000, 1000))).isBetween(0.0, 1.0);
        assertThat(RelevanceScorer.score(new RelevanceFeatures(false, 1, 1, 1000))).isBetween(0.0, 1.0);
    }

    @Test
    void shouldRiseWithTitleEarlinessRepetitionAndShare() {
        double base = RelevanceScorer.score(new RelevanceFeatures(false, 0.5, 2, 10));
        assertThat(RelevanceScorer.score(new RelevanceFeatures(true, 0.5, 2, 10))).isGreaterThan(base);
        assertThat(RelevanceScorer.score(new RelevanceFeatures(false, 0.1, 2, 10))).isGreaterThan(base);
        assertThat(RelevanceScorer.score(new RelevanceFeatures(false, 0.5, 4, 10))).isGreaterThan(base);
        assertThat(RelevanceScorer.score(new RelevanceFeatures(false, 0.5, 2, 4))).isGreaterThan(base);
    }
}
