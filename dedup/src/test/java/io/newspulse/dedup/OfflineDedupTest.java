package io.newspulse.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfflineDedupTest {
    private static final String BODY = "Honda said on Tuesday it would build a 340 billion yen battery plant in Ontario. "
            + "The plant will employ about 1,000 people from 2028. Honda said the investment is part of a 15 trillion "
            + "yen electrification plan announced last year.";

    private static String line(String id, String title, String body) throws IOException {
        var node = Json.mapper().createObjectNode().put("id", id).put("title", title).put("body", body);
        return Json.mapper().writeValueAsString(node);
    }

    private List<JsonNode> run(String input) throws IOException {
        StringWriter out = new StringWriter();
        new OfflineDedup(Duration.ofDays(7)).run(new StringReader(input), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            lines.add(Json.mapper().readTree(l));
        }
        return lines;
    }

    @Test
    void shouldWriteOneClusterLinePerArticleInInputOrder() throws IOException {
        String input = line("1", "Honda to build Ontario battery plant", BODY) + "\n"
                + line("2", "Weather", "Heavy rain is expected across western Japan on Wednesday, forecasters said.") + "\n\n"
                + line("3", "Honda to build Ontario battery plant - Reuters", "TORONTO, Nov 3 (Reuters) - " + BODY
                + "\nCopyright 2026 Reuters. All rights reserved.") + "\n";
        List<JsonNode> out = run(input);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("id").asText()).isEqualTo("1");
        assertThat(out.get(0).get("cluster").asText()).isEqualTo("1");
        assertThat(out.get(0).get("kind").asText()).isEqualTo("original");
        assertThat(out.get(0).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(out.get(1).get("kind").asText()).isEqualTo("original");
        assertThat(out.get(2).get("cluster").asText()).isEqualTo("1");
        assertThat(out.get(2).get("kind").asText()).isIn("exact", "near");
    }

    @Test
    void shouldReadPublicationDatesWithoutATimeAsTheProducerDoes() throws IOException {
        List<JsonNode> out = run("{\"id\":\"a\",\"body\":\"first story about a plant\",\"published_at\":\"2005-09-07\"}\n"
                + "{\"id\":\"b\",\"body\":\"second story about rain\",\"published_at\":\"2005-09-08T10:15:00\"}\n");
        assertThat(out).extracting(n -> n.get("kind").asText()).containsExactly("original", "original");
        assertThatThrownBy(() -> run("{\"id\":\"c\",\"body\":\"x\",\"published_at\":\"yesterday\"}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1").hasMessageContaining("yesterday");
    }

    @Test
    void shouldNameTheLineOfAMalformedInput() {
        assertThatThrownBy(() -> run("{\"id\":\"1\",\"body\":\"x\"}\n{\"id\":\"2\"}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("body");
        assertThatThrownBy(() -> run("not json\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }
}
