package io.newspulse.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.producer.ArticleDraft;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
}
