package io.newspulse.analysis;

import java.util.List;

import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;

/**
 * The one reading of an article, shared by the stream ({@code TagArticle} in the streams app) and the offline
 * {@code tag} command so that both give the same companies, sentiment and events: tag with the given tagger, then
 * analyse what the text says about each company found. Immutable and thread-safe.
 */
public final class ArticleAnalyzer {
    private final SentimentAnalyzer sentiment;

    public ArticleAnalyzer(SentimentAnalyzer sentiment) {
        this.sentiment = sentiment;
    }

    /** With the built-in lexicons. */
    public static ArticleAnalyzer builtIn() {
        return new ArticleAnalyzer(SentimentAnalyzer.builtIn());
    }

    /**
     * @param tagger   the tagger of the current knowledge base (the stream rebuilds it when companies change)
     * @param title    headline, may be null
     * @param body     text
     * @param language declared language, may be null
     */
    public AnalyzedArticle analyze(Tagger tagger, String title, String body, String language) {
        List<CompanyMatch> matches = tagger.tag(title, body, language);
        return new AnalyzedArticle(matches, sentiment.analyze(title, body, language, matches));
    }
}
