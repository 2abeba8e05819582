package io.newspulse.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The labelled development set of real news (Wikinews, CC BY 2.5; see the README next to the data): one JSON object
 * per article with {@code id}, {@code lang}, {@code title}, {@code body}, {@code published_at}, and the gold labels
 * ({@code gold}, {@code gold_optional}, {@code tone}). Shared by the quality regression tests of every module.
 */
public final class DevSet {
    /** Classpath location of the JSON Lines file. */
    public static final String RESOURCE = "/io/newspulse/testsupport/devset/articles.jsonl";

    private DevSet() {
    }

    /** The file's non-blank lines, in file order. */
    public static List<String> lines() {
        try (InputStream in = DevSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The articles, parsed, in file order. */
    public static List<JsonNode> articles() {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines()) {
            try {
                out.add(mapper.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** All of it as one JSON Lines text (for the offline commands' readers). */
    public static String text() {
        return String.join("\n", lines()) + "\n";
    }
}
