package io.newspulse.streams.query;

import java.time.Instant;
import java.util.Map;

import io.newspulse.avro.ArticleEvent;

/** An English article from a source of its own, published and ingested at {@code at}, for the query tests. */
final class QueryArticles {
    private QueryArticles() {
    }

    static ArticleEvent article(String id, String title, String body, Instant at) {
        return ArticleEvent.newBuilder()
                .setId(id)
                .setSource("test-source-" + id)
                .setUrl(null)
                .setTitle(title)
                .setBody(body)
                .setLanguage("en")
                .setPublishedAt(at)
                .setIngestedAt(at)
                .setContentHash(Integer.toHexString((title + body).hashCode()))
                .setAttributes(Map.of())
                .build();
    }
}
