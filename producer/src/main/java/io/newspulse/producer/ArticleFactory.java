package io.newspulse.producer;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.ids.ArticleIds;
import io.newspulse.producer.ids.ContentHash;
import io.newspulse.producer.lang.LanguageDetector;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;

/**
 * Turns drafts into {@link ArticleEvent}s: stable id ({@link ArticleIds}), language (given, else
 * {@link LanguageDetector}), {@code content_hash} ({@link ContentHash}), {@code ingested_at} from the clock,
 * times truncated to milliseconds as the schema stores them.
 */
public final class ArticleFactory {
    private final Clock clock;
    private final LanguageDetector languages = new LanguageDetector();

    public ArticleFactory(Clock clock) {
        this.clock = clock;
    }

    public ArticleEvent toEvent(ArticleDraft draft) {
        String language = draft.language() == null || draft.language().isBlank()
                ? languages.detect((draft.title() == null ? "" : draft.title() + "\n") + draft.body())
                : draft.language().strip();
        Instant published = draft.publishedAt() == null ? null : draft.publishedAt().truncatedTo(ChronoUnit.MILLIS);
        return ArticleEvent.newBuilder()
                .setId(ArticleIds.of(draft))
                .setSource(draft.source())
                .setUrl(draft.url())
                .setTitle(draft.title())
                .setBody(draft.body())
                .setLanguage(language)
                .setPublishedAt(published)
                .setIngestedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setContentHash(ContentHash.of(draft.title(), draft.body()))
                .setAttributes(new HashMap<>(draft.attributes()))
                .build();
    }
}
