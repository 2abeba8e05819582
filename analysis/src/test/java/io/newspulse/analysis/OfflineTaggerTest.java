package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineTaggerTest {
    private static final String COMPANIES = """
            {"id":"microsoft","name":"Microsoft","aliases":{"en":["Microsoft","Microsoft Corp."],"ja":["マイクロソフト"]},"tickers":[{"exchange":"NASDAQ","symbol":"MSFT"}],"country":"US"}
            {"id":"sony","name":"Sony","aliases":{"en":["Sony"],"ja":["ソニー"]},"tickers":[{"exchange":"TSE","symbol":"6758"}],"country":"JP"}
            """;
    private final OfflineTagger offline = new OfflineTagger(Tagger.build(fixture().companies()));

    private static CompanyKnowledgeBase fixture() {
        return CompanyKnowledgeBase.fromJsonl(new java.io.ByteArrayInputStream(COMPANIES.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "fixture.jsonl");
    }

    @Test
    void shouldWriteToneEventsAndEachCompanysSentimentAndEvents() throws IOException {
        String input = "{\"id\":\"s1\",\"title\":\"Sony profit jumps, Microsoft shares slump after recall\","
                + "\"body\":\"Sony reported record quarterly profit. Microsoft recalled its new console after fires; its shares fell 9%.\",\"lang\":\"en\"}\n";
        StringWriter out = new StringWriter();
        offline.run(new StringReader(input), out, (line, id, problem) -> { });
        JsonNode line = lines(out.toString()).get(0);
        assertThat(line.get("tone").isNumber()).isTrue();
        JsonNode sony = company(line, "sony");
        JsonNode microsoft = company(line, "microsoft");
        assertThat(sony.get("sentiment").asDouble()).isGreaterThan(0.1);
        assertThat(microsoft.get("sentiment").asDouble()).isLessThan(-0.1);
        assertThat(microsoft.get("events")).extracting(JsonNode::asText).contains("recall_safety");
        assertThat(line.get("events")).extracting(JsonNode::asText).contains("recall_safety");
    }

    @Test
    void shouldTagTheSameCompaniesWithToneSentimentAndEventsAtTheirDefaultsWhenTheAnalysisIsOff() throws IOException {
        String input = "{\"id\":\"s1\",\"title\":\"Sony profit jumps, Microsoft shares slump after recall\","
                + "\"body\":\"Sony reported record quarterly profit. Microsoft recalled its new console after fires; its shares fell 9%.\",\"lang\":\"en\"}\n";
        Tagger tagger = Tagger.build(fixture().companies());
        StringWriter analysed = new StringWriter();
        new OfflineTagger(tagger, ArticleAnalyzer.of(true)).run(new StringReader(input), analysed, (line, id, problem) -> { });
        StringWriter tagged = new StringWriter();
        new OfflineTagger(tagger, ArticleAnalyzer.of(false)).run(new StringReader(input), tagged, (line, id, problem) -> { });

        JsonNode on = lines(analysed.toString()).get(0);
        JsonNode off = lines(tagged.toString()).get(0);
        assertThat(off.get("tone").asDouble()).isZero();
        assertThat(off.get("events")).isEmpty();
        assertThat(off.get("companies")).allSatisfy(c -> {
            assertThat(c.get("sentiment").asDouble()).isZero();
            assertThat(c.get("events")).isEmpty();
        });
        assertThat(company(on, "microsoft").get("events")).isNotEmpty();
        assertThat(withoutAnalysis(off)).isEqualTo(withoutAnalysis(on));
    }

    /** The line with tone, events and each company's sentiment and events removed. */
    private static JsonNode withoutAnalysis(JsonNode line) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = line.deepCopy();
        copy.remove(List.of("tone", "events"));
        copy.get("companies").forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove(List.of("sentiment", "events")));
        return copy;
    }

    private static JsonNode company(JsonNode line, String id) {
        for (JsonNode c : line.get("companies")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError(id + " not in " + line);
    }

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
