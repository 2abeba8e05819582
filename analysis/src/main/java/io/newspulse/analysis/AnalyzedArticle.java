package io.newspulse.analysis;

import java.util.List;

import io.newspulse.tagging.CompanyMatch;

/**
 * Everything newspulse reads from one article: the companies it names (most relevant first) and what it says about
 * them ({@link ArticleSentiment}: tone, per-company sentiment and events).
 */
public record AnalyzedArticle(List<CompanyMatch> companies, ArticleSentiment sentiment) {
    public AnalyzedArticle {
        companies = List.copyOf(companies);
    }
}
