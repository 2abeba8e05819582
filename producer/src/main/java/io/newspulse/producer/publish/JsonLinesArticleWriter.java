package io.newspulse.producer.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.core.json.Json;
import io.newspulse.producer.Reject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles as JSON Lines in the input format of {@code interfaces.md} ({@code id, title, body, lang, url,
 * source, published_at}, plus {@code content_hash}), so {@code tag}/{@code dedup} and {@code produce --jsonl}
 * can read them. Rejects are only logged. Used by {@code generate --out} (no Kafka).
 */
public final class JsonLinesArticleWriter implements ArticleOutput {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesArticleWriter.class);
    private final ObjectMapper mapper = Json.mapper();
    private final Writer out;

    public JsonLinesArticleWriter(Writer out) {
        this.out = out;
    }

    /** Creates (or truncates) {@code file}; {@code -} means stdout is not allowed here: pass a Writer instead. */
    public static JsonLinesArticleWriter toFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new JsonLinesArticleWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
    }

    @Override
    public long send(ArticleEvent a) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", a.getId());
        node.put("title", a.getTitle());
        node.put("body", a.getBody());
        node.put("lang", a.getLanguage());
        node.put("url", a.getUrl());
        node.put("source", a.getSource());
        node.put("published_at", a.getPublishedAt() == null ? null : a.getPublishedAt().toString());
        node.put("content_hash", a.getContentHash());
        try {
            String line = mapper.writeValueAsString(node);
            out.write(line);
            out.write('\n');
            return line.getBytes(StandardCharsets.UTF_8).length;
        } catch (IOException e) {
            throw new PublishException("cannot write article " + a.getId(), e);
        }
    }

    @Override
    public void reject(Reject reject) {
        LOG.warn("Rejected {}", reject);
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new PublishException("cannot flush JSON Lines output", e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
