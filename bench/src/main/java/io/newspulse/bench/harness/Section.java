package io.newspulse.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one benchmark section: its figures for {@code latest.json} and its part of the Markdown report.
 *
 * @param key      JSON key of the section
 * @param title    heading in the report
 * @param json     figures (spreads as maps)
 * @param markdown body of the report section (tables and notes)
 */
public record Section(String key, String title, Map<String, Object> json, String markdown) {

    /** The figures every throughput section starts its JSON with (a mutable map, for the section to add to). */
    static Map<String, Object> throughputJson(int articlesPerRepetition, int partitions, Spread articlesPerSecond, Spread mbPerSecond) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles_per_repetition", articlesPerRepetition);
        json.put("partitions", partitions);
        json.put("articles_per_s", articlesPerSecond.toMap());
        json.put("mb_per_s", mbPerSecond.toMap());
        return json;
    }
}
