package io.newspulse.bench.harness;

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
}
