package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineTaggerTest {
    private final OfflineTagger offline = new OfflineTagger(TestCompanies.tagger());

    private List<JsonNode> lines(String output) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : output.split("\n")) {
            nodes.add(Json.mapper().readTree(line));
        }
        return nodes;
    }

    @Test
    void shouldWriteOneLinePerArticleInInputOrderWithCompaniesByRelevance() throws IOException {
        String input = "{\"id\":\"a1\",\"title\":\"マイクロソフト、新AI\",\"body\":\"Microsoft said Sony was not involved. マイクロソフトは...\",\"lang\":\"ja\"}\n"
                + "\n"
                + "{\"id\":\"a2\",\"body\":\"Nothing here.\"}\n";
        StringWriter out = new StringWriter();
        TagSummary summary = offline.run(new StringReader(input), out, (line, id, msg) -> {
            throw new AssertionError(msg);
        });
        List<JsonNode> lines = lines(out.toString());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a1");
        JsonNode companies = lines.get(0).get("companies");
        assertThat(companies.get(0).get("id").asText()).isEqualTo("microsoft");
        assertThat(companies.get(0).get("name").asText()).isEqualTo("Microsoft");
        assertThat(companies.get(0).get("mentions")).extracting(JsonNode::asText)
                .containsExactly("マイクロソフト", "Microsoft");
        assertThat(companies.get(0).get("relevance").asDouble())
                .isGreaterThan(companies.get(1).get("relevance").asDouble());
        assertThat(lines.get(1).get("companies")).isEmpty();
        assertThat(summary).isEqualTo(new TagSummary(2, 2, 2, 0));
    }

    @Test
    void shouldWriteLinkedForEveryCompany() throws IOException {
        String input = "{\"id\":\"a1\",\"body\":\"Sony bought a stake in Zorblax Widgets plc.\",\"lang\":\"en\"}\n";
        StringWriter out = new StringWriter();
        offline.run(new StringReader(input), out, (line, id, msg) -> {
            throw new AssertionError(msg);
        });
        JsonNode companies = lines(out.toString()).get(0).get("companies");
        assertThat(companies).hasSize(2);
        assertThat(companies.get(0).get("id").asText()).isEqualTo("sony");
        assertThat(companies.get(0).get("linked").asBoolean()).isTrue();
        assertThat(companies.get(1).get("id").asText()).isEqualTo("org:zorblax-widgets");
        assertThat(companies.get(1).get("name").asText()).isEqualTo("Zorblax Widgets plc");
        assertThat(companies.get(1).get("linked").isBoolean()).isTrue();
        assertThat(companies.get(1).get("linked").asBoolean()).isFalse();
    }

    @Test
    void shouldKeepOutputAlignedAndReportBadLinesToTheErrorListener() throws IOException {
        String input = "not json\n{\"id\":\"x\",\"title\":\"no body\"}\n{\"id\":\"ok\",\"body\":\"Sony.\"}\n";
        StringWriter out = new StringWriter();
        List<String> errors = new ArrayList<>();
        TagSummary summary = offline.run(new StringReader(input), out,
                (line, id, msg) -> errors.add(line + "|" + id + "|" + msg));
        List<JsonNode> lines = lines(out.toString());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("id").isNull()).isTrue();
        assertThat(lines.get(1).get("id").asText()).isEqualTo("x");
        assertThat(lines.get(2).get("companies").get(0).get("id").asText()).isEqualTo("sony");
        assertThat(errors).containsExactly("1|null|not valid JSON", "2|x|missing text field 'body'");
        assertThat(summary.errors()).isEqualTo(2);
        assertThat(summary.articles()).isEqualTo(3);
    }
}
