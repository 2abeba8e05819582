package io.newspulse.tagging.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.avro.Company;
import io.newspulse.avro.Ticker;
import io.newspulse.core.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one JSON Lines record into a {@link Company}, with the field names of the Avro schema
 * ({@code id, name, aliases, tickers, country, parent_id, ambiguous, context_terms, deleted, industry, former_names,
 * successor_id, brands, curated}). {@code curated} defaults to true: generated lines say {@code "curated": false}.
 * Throws {@link KnowledgeBaseException} naming the file, the line and the reason on anything malformed.
 */
final class CompanyLineParser {
    private static final Set<String> KNOWN_FIELDS = Set.of("id", "name", "aliases", "tickers", "country",
            "parent_id", "ambiguous", "context_terms", "deleted", "industry", "former_names", "successor_id", "brands",
            "curated");

    private final String source;
    private final List<String> warnings;

    CompanyLineParser(String source, List<String> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    Company parse(String json, int line) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw fail(line, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw fail(line, "expected a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!KNOWN_FIELDS.contains(field)) {
                warnings.add(source + " line " + line + ": unknown field '" + field + "' ignored");
            }
        }
        String id = requiredText(node, "id", line);
        if (!CompanyIds.isSlug(id)) {
            throw fail(line, "id '" + id + "' is not a slug ([a-z0-9][a-z0-9._-]*)");
        }
        boolean deleted = bool(node, "deleted", line);
        String name = deleted && !node.hasNonNull("name") ? id : requiredText(node, "name", line);
        return Company.newBuilder()
                .setId(id)
                .setName(name)
                .setAliases(namesByLanguage(node.get("aliases"), "aliases", line))
                .setTickers(tickers(node.get("tickers"), line))
                .setCountry(optionalText(node, "country", line))
                .setParentId(optionalText(node, "parent_id", line))
                .setAmbiguous(bool(node, "ambiguous", line))
                .setContextTerms(strings(node.get("context_terms"), "context_terms", line))
                .setDeleted(deleted)
                .setIndustry(optionalText(node, "industry", line))
                .setFormerNames(namesByLanguage(node.get("former_names"), "former_names", line))
                .setSuccessorId(successorId(node, id, line))
                .setBrands(namesByLanguage(node.get("brands"), "brands", line))
                .setCurated(bool(node, "curated", line, true))
                .build();
    }

    private Map<String, List<String>> namesByLanguage(JsonNode node, String field, int line) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return names;
        }
        if (!node.isObject()) {
            throw fail(line, "'" + field + "' must be an object of language -> list of names");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            names.put(entry.getKey(), strings(entry.getValue(), field + "." + entry.getKey(), line));
        }
        return names;
    }

    private String successorId(JsonNode node, String id, int line) {
        String successor = optionalText(node, "successor_id", line);
        if (successor != null && (!CompanyIds.isSlug(successor) || successor.equals(id))) {
            throw fail(line, "successor_id '" + successor + "' must be the slug of another company");
        }
        return successor;
    }

    private List<Ticker> tickers(JsonNode node, int line) {
        List<Ticker> tickers = new ArrayList<>();
        if (node == null || node.isNull()) {
            return tickers;
        }
        if (!node.isArray()) {
            throw fail(line, "'tickers' must be an array of {exchange, symbol}");
        }
        for (JsonNode t : node) {
            if (!t.isObject() || !t.path("exchange").isTextual() || !t.path("symbol").isTextual()
                    || t.get("exchange").asText().isBlank() || t.get("symbol").asText().isBlank()) {
                throw fail(line, "each ticker needs non-empty text 'exchange' and 'symbol'");
            }
            tickers.add(new Ticker(t.get("exchange").asText().trim(), t.get("symbol").asText().trim()));
        }
        return tickers;
    }

    private List<String> strings(JsonNode node, String field, int line) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw fail(line, "'" + field + "' must be an array of strings");
        }
        for (JsonNode v : node) {
            if (!v.isTextual()) {
                throw fail(line, "'" + field + "' must contain only strings");
            }
            if (!v.asText().isBlank()) {
                values.add(v.asText().strip());
            }
        }
        return values;
    }

    private String requiredText(JsonNode node, String field, int line) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw fail(line, "missing required field '" + field + "'");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw fail(line, "'" + field + "' must be a non-empty string");
        }
        return v.asText().strip();
    }

    private String optionalText(JsonNode node, String field, int line) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw fail(line, "'" + field + "' must be a string or null");
        }
        return v.asText().isBlank() ? null : v.asText().strip();
    }

    private boolean bool(JsonNode node, String field, int line) {
        return bool(node, field, line, false);
    }

    private boolean bool(JsonNode node, String field, int line, boolean absent) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isBoolean()) {
            throw fail(line, "'" + field + "' must be true or false");
        }
        return v.asBoolean();
    }

    private KnowledgeBaseException fail(int line, String reason) {
        return new KnowledgeBaseException(source, line, reason);
    }
}
