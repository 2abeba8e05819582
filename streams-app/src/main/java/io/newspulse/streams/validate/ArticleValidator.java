package io.newspulse.streams.validate;

import java.nio.charset.StandardCharsets;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.streams.errors.InvalidArticleException;

/** Checks an article can be processed; throws {@link InvalidArticleException} (→ dead-letter topic) when not. */
public final class ArticleValidator {
    private final int maxBodyBytes;

    public ArticleValidator(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public ArticleEvent validate(String key, ArticleEvent article) {
        if (article == null) {
            throw new InvalidArticleException("null article value (tombstone) on the articles topic");
        }
        if (article.getId() == null || article.getId().isBlank()) {
            throw new InvalidArticleException("article has no id");
        }
        if (key != null && !key.equals(article.getId())) {
            throw new InvalidArticleException("record key '" + key + "' differs from article id '" + article.getId() + "'");
        }
        if (article.getIngestedAt() == null || eventTime(article) < 0) {
            throw new InvalidArticleException("article " + article.getId() + " has a negative or missing event time");
        }
        String body = article.getBody();
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException("article " + article.getId() + " has an empty body");
        }
        if (body.indexOf('\uFFFD') >= 0 || (article.getTitle() != null && article.getTitle().indexOf('\uFFFD') >= 0)) {
            // Avro decodes invalid UTF-8 bytes as U+FFFD instead of failing; the producer never sends them
            throw new InvalidArticleException("article " + article.getId() + " has invalid UTF-8 (U+FFFD replacement characters)");
        }
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBodyBytes) {
            throw new InvalidArticleException("article " + article.getId() + " body is " + bytes + " bytes, over the limit of " + maxBodyBytes);
        }
        return article;
    }

    /**
     * A publication time this far after the ingest time is taken for a wrong date (clock skew, a mis-parsed
     * date): such an article would push stream time ahead and close every open window, and brokers refuse
     * records more than an hour in the future ({@code message.timestamp.after.max.ms}).
     */
    public static final long MAX_FUTURE_SKEW_MS = 15 * 60 * 1000L;

    /** Event time: publication time when known and plausible, else ingest time. */
    public static long eventTime(ArticleEvent article) {
        long ingested = article.getIngestedAt().toEpochMilli();
        if (article.getPublishedAt() == null) {
            return ingested;
        }
        long published = article.getPublishedAt().toEpochMilli();
        return published > ingested + MAX_FUTURE_SKEW_MS ? ingested : published;
    }
}
