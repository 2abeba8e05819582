package io.newspulse.streams.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.newspulse.streams.signals.SignalAccumulator;

/**
 * One company's aggregate in one window as the API shows it. {@code spikeScore} is known for the window the
 * company's spike baseline currently tracks (its newest one) and null for older windows; so is
 * {@code sentimentShockScore}. {@code sentiment} is the relevance-weighted mean over the window's novel articles,
 * {@code events} counts articles per event code, most frequent first.
 */
public record SignalView(String companyId, String companyName, String window, String windowStart, String windowEnd,
                         long windowStartMs, long mentionCount, long articleCount, long novelArticles, long repeatedArticles,
                         int distinctSources, double relevanceWeightedVolume, Double spikeScore, Map<String, Long> coMentions,
                         double sentiment, long positiveMentions, long negativeMentions, long neutralMentions,
                         Map<String, Long> events, Double sentimentShockScore) {

    /** The view of an accumulator of the window {@code [startMs, startMs + sizeMs)}. */
    public static SignalView of(String companyId, String window, long startMs, long sizeMs, SignalAccumulator acc, Double spikeScore,
                                Double sentimentShockScore) {
        Map<String, Long> top = new java.util.LinkedHashMap<>();
        acc.coMentions.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return new SignalView(companyId, acc.companyName, window, Instant.ofEpochMilli(startMs).toString(),
                Instant.ofEpochMilli(startMs + sizeMs).toString(), startMs, acc.mentionCount, acc.articleCount,
                acc.novelArticles, acc.repeatedArticles, acc.sources.size(),
                Math.round(acc.relevanceWeightedVolume * 1000.0) / 1000.0, spikeScore, top,
                Math.round(acc.meanSentiment() * 1000.0) / 1000.0, acc.positiveMentions, acc.negativeMentions, acc.neutralMentions,
                events(acc), sentimentShockScore);
    }

    private static Map<String, Long> events(SignalAccumulator acc) {
        Map<String, Long> events = new java.util.LinkedHashMap<>();
        acc.eventCounts.entrySet().stream()
                .sorted(Map.Entry.<io.newspulse.avro.CorporateEvent, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> events.put(e.getKey().name(), e.getValue()));
        return events;
    }

    /** Newest first. */
    public static List<SignalView> newestFirst(List<SignalView> views) {
        return views.stream().sorted(java.util.Comparator.comparingLong(SignalView::windowStartMs).reversed()).toList();
    }
}
