package io.newspulse.dedup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import io.newspulse.core.time.PublicationTime;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import io.newspulse.dedup.index.DedupIndex;
import io.newspulse.dedup.index.DedupResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The offline {@code dedup} command's engine: reads JSON Lines articles ({@code id}, {@code body} required;
 * {@code title}, {@code lang}, {@code published_at} optional) in file order as arrival order and writes one line per
 * article: {@code {"id","cluster","kind","similarity"}}. Event time is {@code published_at} when present, else the
 * previous article's event time.
 */
public final class OfflineDedup {
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final DedupPolicy policy;

    /** An engine with the given event-time horizon, the other rules as by default. */
    public OfflineDedup(Duration horizon) {
        this(DedupPolicy.defaults().withHorizon(horizon));
    }

    /** An engine applying {@code policy} (the same rules as the stream's dedup processors). */
    public OfflineDedup(DedupPolicy policy) {
        this.policy = policy;
    }

    /** Summary of one run. */
    public record Summary(long articles, long originals, long exact, long near) {
    }

    /**
     * Processes all lines of {@code in}, writing results to {@code out}; blank lines are skipped.
     *
     * @throws IllegalArgumentException on a malformed line (message names the line number)
     */
    public Summary run(Reader in, Writer out) throws IOException {
        ObjectMapper mapper = Json.mapper();
        DedupIndex index = new DedupIndex(policy);
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        long lineNo = 0;
        long articles = 0;
        long originals = 0;
        long exact = 0;
        long near = 0;
        long eventTime = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = parse(mapper, line, lineNo);
            String id = requiredText(node, "id", lineNo);
            String body = requiredText(node, "body", lineNo);
            eventTime = eventTime(node, eventTime, lineNo);
            DedupResult result = index.offer(id, eventTime,
                    fingerprinter.fingerprint(text(node, "title"), body, text(node, "lang")));
            ObjectNode outNode = mapper.createObjectNode();
            outNode.put("id", id);
            outNode.put("cluster", result.clusterId());
            outNode.put("kind", result.kind().code());
            outNode.put("similarity", Math.round(result.similarity() * 1000) / 1000.0);
            out.write(mapper.writeValueAsString(outNode));
            out.write('\n');
            articles++;
            switch (result.kind()) {
                case ORIGINAL -> originals++;
                case EXACT -> exact++;
                case NEAR -> near++;
            }
        }
        out.flush();
        return new Summary(articles, originals, exact, near);
    }

    private static JsonNode parse(ObjectMapper mapper, String line, long lineNo) {
        try {
            JsonNode node = mapper.readTree(line);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("line " + lineNo + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("line " + lineNo + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String requiredText(JsonNode node, String field, long lineNo) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            throw new IllegalArgumentException("line " + lineNo + " has no \"" + field + "\"");
        }
        return v.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static long eventTime(JsonNode node, long previous, long lineNo) {
        String published = text(node, "published_at");
        if (published == null || published.isBlank()) {
            return previous;
        }
        try {
            return PublicationTime.parse(published).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNo + " has an unreadable published_at: " + published, e);
        }
    }
}
