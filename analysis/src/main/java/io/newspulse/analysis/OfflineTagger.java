package io.newspulse.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tags and analyses JSON Lines articles ({@code {"id", "title"?, "body", "lang"?, ...}}) without Kafka (the
 * {@code newspulse tag} command), writing one line per article in input order:
 * {@code {"id":"...","tone":0.2,"events":[...],"companies":[{"id","name","relevance","linked","mentions":[...],
 * "sentiment","events":[...]}]}}, where companies are sorted by relevance (descending), {@code linked} is false for
 * organisations found by discovery (ids {@code org:...}), {@code mentions} are the distinct surface forms in order
 * of appearance (title first), {@code sentiment} is the article's stance towards the company in [-1, 1], {@code tone}
 * the whole article's, and {@code events} event codes (per company, and their union for the article). The same
 * {@link ArticleAnalyzer} runs in the stream.
 *
 * <p>Error handling: the output stays aligned 1:1 with the non-blank input lines. A line that is not a JSON
 * object, or lacks a text {@code id} or {@code body}, still yields an output line {@code {"id": <id or null>,
 * "companies": []}} and is reported to the {@link TagErrorListener}; blank lines are skipped (they are not
 * articles). I/O errors propagate.
 */
public final class OfflineTagger {
    private final Tagger tagger;
    private final ArticleAnalyzer analyzer;
    private final ObjectMapper mapper = Json.mapper();

    public OfflineTagger(Tagger tagger, ArticleAnalyzer analyzer) {
        this.tagger = tagger;
        this.analyzer = analyzer;
    }

    /** With the built-in sentiment and event lexicons. */
    public OfflineTagger(Tagger tagger) {
        this(tagger, ArticleAnalyzer.builtIn());
    }

    /** Tags every article of {@code in} into {@code out} (flushed, not closed). */
    public TagSummary run(Reader in, Writer out, TagErrorListener errors) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        long lineNo = 0;
        long articles = 0;
        long pairs = 0;
        long failed = 0;
        Set<String> companies = new HashSet<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            articles++;
            ObjectNode result = mapper.createObjectNode();
            ArrayNode found = mapper.createArrayNode();
            JsonNode article = parse(line);
            String id = article != null && article.path("id").isTextual() ? article.get("id").asText() : null;
            result.put("id", id);
            String problem = problem(article);
            if (problem != null) {
                failed++;
                errors.onError(lineNo, id, problem);
            } else {
                AnalyzedArticle analyzed = analyzer.analyze(tagger, text(article, "title"), article.get("body").asText(),
                        text(article, "lang"));
                List<CompanyMatch> matches = analyzed.companies();
                write(result, found, analyzed);
                matches.forEach(m -> companies.add(m.companyId()));
                pairs += matches.size();
            }
            result.set("companies", found);
            out.write(mapper.writeValueAsString(result));
            out.write('\n');
        }
        out.flush();
        return new TagSummary(articles, pairs, companies.size(), failed);
    }

    /** One article's output fields: tone, events and each company (the {@code tag} output format). */
    static void write(ObjectNode result, ArrayNode found, AnalyzedArticle analyzed) {
        ArticleSentiment said = analyzed.sentiment();
        result.put("tone", said.tone());
        codes(result.putArray("events"), said.events());
        for (CompanyMatch m : analyzed.companies()) {
            ObjectNode c = found.addObject();
            c.put("id", m.companyId());
            c.put("name", m.companyName());
            c.put("relevance", m.relevance());
            c.put("linked", m.linked());
            ArrayNode forms = c.putArray("mentions");
            m.surfaceForms().forEach(forms::add);
            CompanySentiment about = said.of(m.companyId());
            c.put("sentiment", about.sentiment());
            codes(c.putArray("events"), about.events());
        }
    }

    /** Event codes in the closed set's order. */
    private static void codes(ArrayNode out, java.util.Set<EventCode> events) {
        new java.util.TreeSet<>(events).forEach(e -> out.add(e.code()));
    }

    private JsonNode parse(String line) {
        try {
            return mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String problem(JsonNode article) {
        if (article == null) {
            return "not valid JSON";
        }
        if (!article.isObject()) {
            return "not a JSON object";
        }
        if (!article.path("id").isTextual() || article.get("id").asText().isBlank()) {
            return "missing text field 'id'";
        }
        if (!article.path("body").isTextual()) {
            return "missing text field 'body'";
        }
        return null;
    }

    private static String text(JsonNode article, String field) {
        JsonNode v = article.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
