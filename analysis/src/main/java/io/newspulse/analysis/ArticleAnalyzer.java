package io.newspulse.analysis;

import java.util.List;
import java.util.Objects;

import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;

/**
 * The one reading of an article, shared by the stream ({@code TagArticle} in the streams app) and the offline
 * {@code tag} command so that both give the same companies, sentiment and events: tag with the given tagger, then
 * analyse what the text says about each company found. Immutable and thread-safe.
 *
 * <p>The analysis can be switched off ({@link #of(boolean)}, the stream's {@code analysis.enabled=false}): the
 * companies are then found exactly as with it (same tagger, relevance and mentions), and the sentiment is
 * {@link ArticleSentiment#NONE} (tone 0, no events, every company {@link CompanySentiment#NEUTRAL}: the schema
 * defaults). That is what the bench's {@code analysis-cost} section compares the full reading with.
 */
public final class ArticleAnalyzer {
    private static final ArticleAnalyzer TAGGING_ONLY = new ArticleAnalyzer();
    /** Null when the analysis is off. */
    private final SentimentAnalyzer sentiment;

    public ArticleAnalyzer(SentimentAnalyzer sentiment) {
        this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
    }

    private ArticleAnalyzer() {
        this.sentiment = null;
    }

    /** With the built-in lexicons. */
    public static ArticleAnalyzer builtIn() {
        return new ArticleAnalyzer(SentimentAnalyzer.builtIn());
    }

    /** Tagging only: the companies, with no sentiment, tone or events ({@link ArticleSentiment#NONE}). */
    public static ArticleAnalyzer taggingOnly() {
        return TAGGING_ONLY;
    }

    /** {@link #builtIn()} when {@code analysisEnabled}, else {@link #taggingOnly()}. */
    public static ArticleAnalyzer of(boolean analysisEnabled) {
        return analysisEnabled ? builtIn() : taggingOnly();
    }

    /** Whether sentiment, tone and events are computed. */
    public boolean analysisEnabled() {
        return sentiment != null;
    }

    /**
     * @param tagger   the tagger of the current knowledge base (the stream rebuilds it when companies change)
     * @param title    headline, may be null
     * @param body     text
     * @param language declared language, may be null
     */
    public AnalyzedArticle analyze(Tagger tagger, String title, String body, String language) {
        List<CompanyMatch> matches = tagger.tag(title, body, language);
        return new AnalyzedArticle(matches, sentiment == null ? ArticleSentiment.NONE
                : sentiment.analyze(title, body, language, matches));
    }
}
