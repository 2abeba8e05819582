package io.newspulse.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The generator's ground truth (JSON Lines written by {@code generate --truth}: id, companies, duplicate_of,
 * kind, published_at) and the per-window article counts a correct pipeline must produce from it.
 */
public final class GroundTruth {
    /** One line of the truth file; {@code kind} is {@code original}, {@code exact} or {@code near}. */
    public record Article(String id, List<String> companies, String duplicateOf, String kind, Instant publishedAt) {
        public Article {
            companies = List.copyOf(companies);
        }

        public boolean novel() {
            return "original".equals(kind);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final List<Article> articles;

    public GroundTruth(Collection<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    /** Reads a truth file. */
    public static GroundTruth read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses truth lines (blank lines are skipped). */
    public static GroundTruth parse(List<String> lines) {
        List<Article> result = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = MAPPER.readTree(line);
                List<String> companies = new ArrayList<>();
                n.path("companies").forEach(c -> companies.add(c.asText()));
                JsonNode dup = n.get("duplicate_of");
                result.add(new Article(n.get("id").asText(), companies, dup == null || dup.isNull() ? null : dup.asText(),
                        n.get("kind").asText(), Instant.parse(n.get("published_at").asText())));
            } catch (IOException e) {
                throw new IllegalArgumentException("bad truth line: " + line, e);
            }
        }
        return new GroundTruth(result);
    }

    public List<Article> articles() {
        return articles;
    }

    /** Latest publication time, or null when empty. */
    public Instant lastPublished() {
        return articles.stream().map(Article::publishedAt).max(Instant::compareTo).orElse(null);
    }

    /**
     * Expected counts per (company, window, window start) for tumbling windows aligned to the epoch.
     *
     * @param windows window size per label, e.g. {@code 1m → 60s}
     * @param keep    which windows to keep (e.g. only those that must have closed)
     */
    public Map<WindowKey, ArticleCounts> expectedCounts(Map<String, Duration> windows, Predicate<WindowKey> keep) {
        Map<WindowKey, ArticleCounts> counts = new TreeMap<>();
        for (Article a : articles) {
            long t = a.publishedAt().toEpochMilli();
            for (Map.Entry<String, Duration> w : windows.entrySet()) {
                long size = w.getValue().toMillis();
                long start = t - Math.floorMod(t, size);
                for (String company : a.companies()) {
                    WindowKey key = new WindowKey(company, w.getKey(), start);
                    if (keep.test(key)) {
                        counts.merge(key, ArticleCounts.ZERO.plus(a.novel()),
                                (x, y) -> new ArticleCounts(x.articles() + y.articles(), x.novel() + y.novel(), x.repeated() + y.repeated()));
                    }
                }
            }
        }
        return counts;
    }
}
