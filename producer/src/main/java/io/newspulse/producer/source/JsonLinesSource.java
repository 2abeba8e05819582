package io.newspulse.producer.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspulse.core.json.Json;
import io.newspulse.core.time.PublicationTime;
import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.ArticleSink;
import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.Reject;
import io.newspulse.producer.text.TextDecoder;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;




import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads articles from JSON Lines ({@code interfaces.md}: {@code {"id","title","body","lang"?,"url"?,"source"?,
 * "published_at"?}}), from a file or from stdin ({@code -}). The given id is kept. Blank lines are skipped.
 * The text is UTF-8 unless a byte-order mark (UTF-8, UTF-16, UTF-32) or a forced charset ({@code --encoding})
 * says otherwise; the charset is recorded in each article's {@code charset} attribute.
 * Rejects, with their 1-based line number: bytes invalid in the charset, unparsable JSON, not an object, a field
 * of the wrong JSON type ({@code id} must be a string or an integer; {@code title}, {@code body}, {@code lang},
 * {@code url}, {@code source} and {@code published_at} strings; null counts as absent), missing/blank {@code id}
 * or {@code body}, {@code published_at} that is not ISO-8601 (offset, local date-time taken as UTC, or date),
 * line longer than {@code maxArticleBytes}.
 */
public final class JsonLinesSource implements ArticleSource {
    private static final ObjectMapper MAPPER = Json.mapper();
    /** Fields that must be JSON strings when present (and not null), checked in this order after {@code id}. */
    private static final List<String> STRING_FIELDS = List.of("title", "body", "lang", "url", "source", "published_at");

    private final String ref;
    private final Supplier<InputStream> input;
    private final long maxArticleBytes;
    private final Charset forced;

    private JsonLinesSource(String ref, Supplier<InputStream> input, long maxArticleBytes, Charset forced) {
        this.ref = ref;
        this.input = input;
        this.maxArticleBytes = maxArticleBytes;
        this.forced = forced;
    }

    /** Reads {@code file}, or stdin when the name is {@code -}. */
    public static JsonLinesSource of(String fileOrDash, long maxArticleBytes) {
        return of(fileOrDash, maxArticleBytes, null);
    }

    /** Reads {@code file} (or stdin for {@code -}) in {@code encoding}; null means UTF-8 unless a byte-order mark says otherwise. */
    public static JsonLinesSource of(String fileOrDash, long maxArticleBytes, Charset encoding) {
        if ("-".equals(fileOrDash)) {
            return new JsonLinesSource("stdin", () -> System.in, maxArticleBytes, encoding);
        }
        Path path = Path.of(fileOrDash);
        return new JsonLinesSource(fileOrDash, () -> {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, maxArticleBytes, encoding);
    }

    /** Reads from the given stream (tests, pipes); {@code ref} names it in rejects. */
    public static JsonLinesSource of(String ref, InputStream in, long maxArticleBytes) {
        return of(ref, in, maxArticleBytes, null);
    }

    /** Reads from the given stream in {@code encoding} (null: UTF-8 unless a byte-order mark says otherwise). */
    public static JsonLinesSource of(String ref, InputStream in, long maxArticleBytes, Charset encoding) {
        return new JsonLinesSource(ref, () -> in, maxArticleBytes, encoding);
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
            in.mark(4);
            TextDecoder.Bom bom = TextDecoder.Bom.of(in.readNBytes(4));
            in.reset();
            Charset charset = forced != null ? forced : bom != null ? bom.charset() : StandardCharsets.UTF_8;
            if (bom != null && TextDecoder.sameFamily(bom.charset(), charset)) {
                in.skipNBytes(bom.length());
            }
            if (TextDecoder.isAsciiCompatible(charset)) {
                readByteLines(in, charset, sink);
            } else {
                readCharLines(in, charset, sink);
            }
        }
    }

    /** Lines split on the byte {@code \n}, each decoded on its own: a bad line is rejected, the next ones still read. */
    private void readByteLines(InputStream in, Charset charset, ArticleSink sink) throws IOException {
        long lineNo = 0;
        byte[] bytes;
        while ((bytes = nextLine(in)) != null) {
            lineNo++;
            if (tooLong(bytes, lineNo, sink)) {
                continue;
            }
            String text;
            try {
                text = TextDecoder.decodeStrictly(bytes, charset);
            } catch (TextDecoder.UndecodableException e) {
                sink.reject(reject(lineNo, e.getMessage(), bytes));
                continue;
            }
            handle(text, bytes, lineNo, charset, sink);
        }
    }

    /** Lines of a charset where {@code \n} is not one byte (UTF-16, UTF-32); bytes invalid in it end the input. */
    private void readCharLines(InputStream in, Charset charset, ArticleSink sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        long lineNo = 0;
        while (true) {
            String text;
            try {
                text = reader.readLine();
            } catch (CharacterCodingException e) {
                sink.reject(reject(lineNo + 1, "invalid " + charset.name() + " in this line; the rest of the input is not read", new byte[0]));
                return;
            }
            if (text == null) {
                return;
            }
            lineNo++;
            byte[] bytes = text.getBytes(charset);
            if (!tooLong(bytes, lineNo, sink)) {
                handle(text, bytes, lineNo, charset, sink);
            }
        }
    }

    private boolean tooLong(byte[] bytes, long lineNo, ArticleSink sink) {
        if (bytes.length <= maxArticleBytes) {
            return false;
        }
        sink.reject(reject(lineNo, "line of " + bytes.length + " bytes exceeds max.article.bytes=" + maxArticleBytes,
                java.util.Arrays.copyOf(bytes, (int) Math.min(bytes.length, 64 * 1024))));
        return true;
    }

    private void handle(String text, byte[] bytes, long lineNo, Charset charset, ArticleSink sink) {
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
        String wrongType = wrongType(node);
        if (wrongType != null) {
            sink.reject(reject(lineNo, wrongType, bytes));
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
                text(node, "title"), body, text(node, "lang"), published,
                Map.of("jsonl.line", Long.toString(lineNo), "charset", charset.name())));
    }

    /** Why a field has the wrong JSON type (first offending field), or null when all are fine. */
    static String wrongType(JsonNode node) {
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !id.isTextual() && !id.isIntegralNumber()) {
            return "\"id\" must be a string or an integer, not " + kind(id);
        }
        for (String field : STRING_FIELDS) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                return "\"" + field + "\" must be a string, not " + kind(v);
            }
        }
        return null;
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Parses {@code published_at} the one way the project does (see {@link PublicationTime}). */
    public static Instant parseDate(String s) {
        return PublicationTime.parse(s);
    }

    private Reject reject(long lineNo, String reason, byte[] bytes) {
        return new Reject(name(), ref, lineNo, reason, bytes);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.asText();
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
