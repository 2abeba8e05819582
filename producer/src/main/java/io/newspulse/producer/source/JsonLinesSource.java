package io.newspulse.producer.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspulse.core.json.Json;
import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.ArticleSink;
import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.Reject;
import io.newspulse.producer.text.StrictUtf8;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads articles from JSON Lines ({@code interfaces.md}: {@code {"id","title","body","lang"?,"url"?,"source"?,
 * "published_at"?}}), from a file or from stdin ({@code -}). The given id is kept. Blank lines are skipped.
 * Rejects, with their 1-based line number: invalid UTF-8, unparsable JSON, not an object, missing/blank
 * {@code id} or {@code body}, {@code published_at} that is not ISO-8601 (offset, local date-time taken as UTC,
 * or date), line longer than {@code maxArticleBytes}.
 */
public final class JsonLinesSource implements ArticleSource {
    private static final ObjectMapper MAPPER = Json.mapper();

    private final String ref;
    private final Supplier<InputStream> input;
    private final long maxArticleBytes;

    private JsonLinesSource(String ref, Supplier<InputStream> input, long maxArticleBytes) {
        this.ref = ref;
        this.input = input;
        this.maxArticleBytes = maxArticleBytes;
    }

    /** Reads {@code file}, or stdin when the name is {@code -}. */
    public static JsonLinesSource of(String fileOrDash, long maxArticleBytes) {
        if ("-".equals(fileOrDash)) {
            return new JsonLinesSource("stdin", () -> System.in, maxArticleBytes);
        }
        Path path = Path.of(fileOrDash);
        return new JsonLinesSource(fileOrDash, () -> {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, maxArticleBytes);
    }

    /** Reads from the given stream (tests, pipes); {@code ref} names it in rejects. */
    public static JsonLinesSource of(String ref, InputStream in, long maxArticleBytes) {
        return new JsonLinesSource(ref, () -> in, maxArticleBytes);
    }

    @Override
    public String name() {
        return "jsonl:" + ref;
    }

    @Override
    public void readInto(ArticleSink sink) throws IOException {
        InputStream raw;
        try {
            raw = input.get();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            long lineNo = 0;
            byte[] line;
            while ((line = nextLine(in)) != null) {
                lineNo++;
                handle(line, lineNo, sink);
            }
        }
    }

    private void handle(byte[] bytes, long lineNo, ArticleSink sink) {
        if (bytes.length > maxArticleBytes) {
            sink.reject(reject(lineNo, "line of " + bytes.length + " bytes exceeds max.article.bytes=" + maxArticleBytes,
                    java.util.Arrays.copyOf(bytes, (int) Math.min(bytes.length, 64 * 1024))));
            return;
        }
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            sink.reject(reject(lineNo, e.getMessage(), bytes));
            return;
        }
        if (text.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (IOException e) {
            sink.reject(reject(lineNo, "unparsable JSON: " + firstLine(e.getMessage()), bytes));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.reject(reject(lineNo, "not a JSON object", bytes));
            return;
        }
        String id = text(node, "id");
        String body = text(node, "body");
        if (id == null || id.isBlank()) {
            sink.reject(reject(lineNo, "missing \"id\"", bytes));
            return;
        }
        if (body == null || body.isBlank()) {
            sink.reject(reject(lineNo, "missing \"body\"", bytes));
            return;
        }
        Instant published = null;
        String date = text(node, "published_at");
        if (date != null && !date.isBlank()) {
            try {
                published = parseDate(date.strip());
            } catch (DateTimeParseException e) {
                sink.reject(reject(lineNo, "bad \"published_at\" (not ISO-8601): " + date, bytes));
                return;
            }
        }
        String source = text(node, "source");
        sink.article(new ArticleDraft(source == null || source.isBlank() ? "jsonl" : source, id, null, text(node, "url"),
                text(node, "title"), body, text(node, "lang"), published, Map.of("jsonl.line", Long.toString(lineNo))));
    }

    /** Parses an ISO-8601 instant, offset date-time, local date-time (UTC) or date (UTC midnight). */
    public static Instant parseDate(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }

    private Reject reject(long lineNo, String reason, byte[] bytes) {
        return new Reject(name(), ref, lineNo, reason, bytes);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Next line without its terminator (LF or CRLF), or null at end of input. */
    private static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            out.write(b);
        }
        if (!any) {
            return null;
        }
        byte[] bytes = out.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }

}
