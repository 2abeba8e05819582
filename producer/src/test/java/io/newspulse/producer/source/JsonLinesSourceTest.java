package io.newspulse.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.producer.ArticleDraft;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonLinesSourceTest {
    private static io.newspulse.producer.CollectingSink read(String text, long max) throws IOException {
        io.newspulse.producer.CollectingSink c = new io.newspulse.producer.CollectingSink();
        JsonLinesSource.of("in.jsonl", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max).readInto(c);
        return c;
    }

    @Test
    void shouldKeepGivenIdsAndFields() throws IOException {
        var c = read("""
                {"id":"a1","title":"T","body":"Body one","lang":"en","url":"https://x/1","source":"wire","published_at":"2024-03-05T10:00:00+09:00","extra":1}

                {"id":"a2","body":"本文です"}
                """, 1 << 20);
        assertThat(c.rejects).isEmpty();
        assertThat(c.articles).extracting(ArticleDraft::givenId).containsExactly("a1", "a2");
        ArticleDraft a = c.articles.get(0);
        assertThat(a.source()).isEqualTo("wire");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-05T01:00:00Z"));
        assertThat(a.language()).isEqualTo("en");
        assertThat(c.articles.get(1).source()).isEqualTo("jsonl");
        assertThat(c.articles.get(1).language()).isNull();
    }

    @Test
    void shouldRejectBadLinesWithTheirLineNumbers() throws IOException {
        var c = read("""
                {"id":"ok","body":"fine"}
                {not json
                {"title":"no id","body":"b"}
                {"id":"x","title":"no body"}
                {"id":"y","body":"b","published_at":"yesterday"}
                [1,2]
                {"id":"z","body":"%s"}
                """.formatted("long ".repeat(40)), 100);
        assertThat(c.articles).extracting(ArticleDraft::givenId).containsExactly("ok");
        assertThat(c.rejects).extracting(r -> r.line() + " " + r.reason().replaceAll(":.*", ""))
                .containsExactly("2 unparsable JSON", "3 missing \"id\"", "4 missing \"body\"",
                        "5 bad \"published_at\" (not ISO-8601)", "6 not a JSON object", "7 line of 220 bytes exceeds max.article.bytes=100");
        assertThat(new String(c.rejects.get(0).raw(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    }

    @Test
    void shouldRejectFieldsOfTheWrongJsonTypeInsteadOfCoercingThem() throws IOException {
        var c = read("""
                {"id":4,"title":["x"],"body":{"a":1}}
                {"id":5,"title":"ok","body":{"a":1}}
                {"id":6,"title":7,"body":"fine"}
                {"id":true,"body":"fine"}
                {"id":1.5,"body":"fine"}
                {"id":"s","body":42}
                {"id":"u","body":"fine","url":["https://x"]}
                {"id":7,"title":null,"body":"fine"}
                """, 1 << 20);
        assertThat(c.articles).extracting(ArticleDraft::givenId).containsExactly("7");
        assertThat(c.articles.get(0).title()).isNull();
        assertThat(c.rejects).extracting(r -> r.line() + " " + r.reason()).containsExactly(
                "1 \"title\" must be a string, not an array",
                "2 \"body\" must be a string, not an object",
                "3 \"title\" must be a string, not a number",
                "4 \"id\" must be a string or an integer, not a boolean",
                "5 \"id\" must be a string or an integer, not a number",
                "6 \"body\" must be a string, not a number",
                "7 \"url\" must be a string, not an array");
        assertThat(new String(c.rejects.get(0).raw(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":4,\"title\":[\"x\"],\"body\":{\"a\":1}}");
    }

    private static io.newspulse.producer.CollectingSink readBytes(byte[] bytes, Charset forced) throws IOException {
        io.newspulse.producer.CollectingSink c = new io.newspulse.producer.CollectingSink();
        JsonLinesSource.of("in.jsonl", new ByteArrayInputStream(bytes), 1 << 20, forced).readInto(c);
        return c;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static final String TWO_LINES = "{\"id\":\"a\",\"title\":\"Café\",\"body\":\"トヨタが発表した\"}\r\n{\"id\":\"b\",\"body\":\"Zweite Zeile\"}\n";

    @Test
    void shouldReadJsonLinesFilesWithAUtf8OrUtf16ByteOrderMark() throws IOException {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TWO_LINES.getBytes(StandardCharsets.UTF_8));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TWO_LINES.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = TWO_LINES.getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
        for (byte[] bytes : java.util.List.of(utf8, utf16le, utf16be)) {
            var c = readBytes(bytes, null);
            assertThat(c.rejects).isEmpty();
            assertThat(c.articles).extracting(ArticleDraft::givenId).containsExactly("a", "b");
            assertThat(c.articles.get(0).title()).isEqualTo("Café");
            assertThat(c.articles.get(0).body()).isEqualTo("トヨタが発表した");
            assertThat(c.articles.get(1).attributes()).containsEntry("jsonl.line", "2");
        }
        assertThat(readBytes(utf16le, null).articles.get(0).attributes()).containsEntry("charset", "UTF-16LE");
    }

    @Test
    void shouldReadJsonLinesInAForcedEncoding() throws IOException {
        Charset sjis = Charset.forName("Shift_JIS");
        var c = readBytes(TWO_LINES.replace("Café", "Cafe").getBytes(sjis), sjis);
        assertThat(c.rejects).isEmpty();
        assertThat(c.articles).extracting(ArticleDraft::body).containsExactly("トヨタが発表した", "Zweite Zeile");
        assertThat(c.articles.get(0).attributes()).containsEntry("charset", "Shift_JIS");
    }
}
