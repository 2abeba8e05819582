package io.newspulse.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the labelled pairs of {@code pairs/labelled-pairs.jsonl} (test resource). */
final class LabelledPairs {
    record Article(String title, String body, String lang) {
    }

    record Pair(Article a, Article b, String label, String note) {
        String language() {
            return note.startsWith("ja") ? "ja" : "en";
        }
    }

    private LabelledPairs() {
    }

    static List<Pair> load() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = LabelledPairs.class.getResourceAsStream("/pairs/labelled-pairs.jsonl")) {
            if (in == null) {
                throw new IOException("pairs/labelled-pairs.jsonl not on the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.mapper().readTree(line);
                pairs.add(new Pair(article(n.get("a")), article(n.get("b")), n.get("label").asText(),
                        n.get("note").asText()));
            }
        }
        return pairs;
    }

    private static Article article(JsonNode n) {
        return new Article(n.path("title").asText(null), n.path("body").asText(), n.path("lang").asText(null));
    }
}
