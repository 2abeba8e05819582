package io.newspulse.streams.recent;

import java.util.List;

/**
 * One recent article of a company as the API shows it: title, source, time, relevance, the matched spans, and what the
 * article says about the company (sentiment in [-1, 1], event codes) and its overall tone.
 */
public record RecentMention(String articleId, String title, String source, String language, long publishedAt, double relevance,
                            boolean novel, String duplicateOf, List<String> surfaceForms, List<int[]> titleSpans, List<String> snippets,
                            double sentiment, List<String> events, double tone) {
    public RecentMention {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
