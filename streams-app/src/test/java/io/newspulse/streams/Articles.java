package io.newspulse.streams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import io.newspulse.avro.ArticleEvent;

/** Test fixtures: articles from text or from the seed files. */
final class Articles {
    private Articles() {
    }

    static ArticleEvent article(String id, String title, String body, String language, Instant publishedAt) {
        return ArticleEvent.newBuilder()
                .setId(id)
                .setSource("test-source-" + id.hashCode() % 3)
                .setUrl(null)
                .setTitle(title)
                .setBody(body)
                .setLanguage(language)
                .setPublishedAt(publishedAt)
                .setIngestedAt(publishedAt)
                .setContentHash(Integer.toHexString((title + body).hashCode()))
                .setAttributes(Map.of())
                .build();
    }

    /** A seed file as an article: first non-blank line without '|' is the title, the rest the body. */
    static ArticleEvent seed(String file, String id, Instant publishedAt) {
        String text = resource("/seeds/" + file);
        String title = text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.equals("|")).findFirst().orElse("");
        return article(id, title, text, "ja", publishedAt);
    }

    static String resource(String path) {
        try (InputStream in = Articles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
