package io.newspulse.tagging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tags JSON Lines articles ({@code {"id", "title"?, "body", "lang"?, ...}}) without Kafka, writing one line per
 * article in input order: {@code {"id":"...","companies":[{"id","name","relevance","linked","mentions":[...]}]}}, where
 * companies are sorted by relevance (descending), {@code linked} is false for organisations found by discovery
 * (ids {@code org:...}) and {@code mentions} are the distinct surface forms in order of appearance (title first).
 *
 * <p>Error handling: the output stays aligned 1:1 with the non-blank input lines. A line that is not a JSON
 * object, or lacks a text {@code id} or {@code body}, still yields an output line {@code {"id": <id or null>,
 * "companies": []}} and is reported to the {@link TagErrorListener}; blank lines are skipped (they are not
 * articles). I/O errors propagate.
 */
public final class OfflineTagger {
    private final Tagger tagger;
    private final ObjectMapper mapper = Json.mapper();

    public OfflineTagger(Tagger tagger) {
        this.tagger = tagger;
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
                List<CompanyMatch> matches = tagger.tag(text(article, "title"), article.get("body").asText(),
                        text(article, "lang"));
                for (CompanyMatch m : matches) {
                    ObjectNode c = found.addObject();
                    c.put("id", m.companyId());
                    c.put("name", m.companyName());
                    c.put("relevance", m.relevance());
                    c.put("linked", m.linked());
                    ArrayNode forms = c.putArray("mentions");
                    m.surfaceForms().forEach(forms::add);
                    companies.add(m.companyId());
                }
                pairs += matches.size();
            }
            result.set("companies", found);
            out.write(mapper.writeValueAsString(result));
            out.write('\n');
        }
        out.flush();
        return new TagSummary(articles, pairs, companies.size(), failed);
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
