package io.newspulse.streams.recent;

import java.util.List;

/** One recent article of a company as the API shows it: title, source, time, relevance and the matched spans. */
public record RecentMention(String articleId, String title, String source, String language, long publishedAt, double relevance,
                            boolean novel, String duplicateOf, List<String> surfaceForms, List<int[]> titleSpans, List<String> snippets) {
}
