package io.newspulse.streams.signals;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.CoMention;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.CorporateEvent;
import io.newspulse.avro.EventCount;
import org.apache.kafka.streams.kstream.Windowed;

/** Turns a window's accumulator into the public {@link CompanySignal}. */
public final class SignalFactory {
    private final String windowLabel;
    private final long windowSizeMs;
    private final int topCoMentions;

    public SignalFactory(String windowLabel, long windowSizeMs, int topCoMentions) {
        this.windowLabel = windowLabel;
        this.windowSizeMs = windowSizeMs;
        this.topCoMentions = topCoMentions;
    }

    public CompanySignal signal(Windowed<String> window, SignalAccumulator acc, boolean isFinal) {
        return signal(window.key(), window.window().start(), acc, isFinal);
    }

    /** A window's mean sentiment as its signal carries it (3 decimals). */
    public static double roundedSentiment(SignalAccumulator acc) {
        return Math.round(acc.meanSentiment() * 1000.0) / 1000.0;
    }

    /** The signal of {@code company}'s window starting at {@code start}. */
    public CompanySignal signal(String company, long start, SignalAccumulator acc, boolean isFinal) {
        List<CoMention> top = acc.coMentions.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(topCoMentions)
                .map(e -> new CoMention(e.getKey(), e.getValue()))
                .toList();
        List<EventCount> events = acc.eventCounts.entrySet().stream()
                .sorted(Map.Entry.<CorporateEvent, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new EventCount(e.getKey(), e.getValue()))
                .toList();
        return CompanySignal.newBuilder()
                .setCompanyId(company)
                .setCompanyName(acc.companyName)
                .setWindow(windowLabel)
                .setWindowSizeMs(windowSizeMs)
                .setWindowStart(Instant.ofEpochMilli(start))
                .setWindowEnd(Instant.ofEpochMilli(start + windowSizeMs))
                .setMentionCount(acc.mentionCount)
                .setArticleCount(acc.articleCount)
                .setNovelArticles(acc.novelArticles)
                .setRepeatedArticles(acc.repeatedArticles)
                .setDistinctSources(acc.sources.size())
                .setRelevanceWeightedVolume(Math.round(acc.relevanceWeightedVolume * 1000.0) / 1000.0)
                .setTopCoMentions(top)
                .setSpikeScore(0.0)
                .setSentiment(roundedSentiment(acc))
                .setPositiveMentions(acc.positiveMentions)
                .setNegativeMentions(acc.negativeMentions)
                .setNeutralMentions(acc.neutralMentions)
                .setEventCounts(events)
                .setSentimentShockScore(0.0)
                .setClosed(isFinal)
                .setUpdatedAt(Instant.now())
                .setLastIngestedAt(Instant.ofEpochMilli(acc.lastIngestedAt))
                .build();
    }
}
