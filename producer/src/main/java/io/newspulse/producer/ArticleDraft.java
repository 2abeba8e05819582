package io.newspulse.producer;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An article as a source read it, before ids, hashes and timestamps are assigned.
 *
 * @param source      publisher, feed or file set the article came from (becomes {@code ArticleEvent.source})
 * @param givenId     id supplied by the input (JSON Lines); null when the id must be derived
 * @param identity    stable identity of the item in its source (feed guid or link); null when none
 * @param url         link of the article, or null
 * @param title       headline, or null
 * @param body        cleaned article text, never null
 * @param language    ISO 639-1 code if the input said so, else null (detected later)
 * @param publishedAt publication time found in the input, or null
 * @param attributes  free-form source attributes (file, line, feed, author...)
 */
public record ArticleDraft(String source, String givenId, String identity, String url, String title, String body,
                           String language, Instant publishedAt, Map<String, String> attributes) {
    public ArticleDraft {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
