package io.newspulse.streams.config;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.newspulse.avro.CorporateEvent;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.dedup.DedupPolicy;
import io.newspulse.streams.signals.HighImpactEvents;

/**
 * What the topology needs to know, and nothing about where it runs: the input of {@code NewsTopology.build}.
 * {@code analysisEnabled}: {@code analysis.enabled} (sentiment, tone and events, or companies only).
 * {@code dedupIndexPartitions}: {@code dedup.index.partitions}, how many of the articles topic's partitions hold the
 * dedup index's keys ({@code DedupChain}).
 */
public record PipelineSettings(
        Topics topics,
        List<Duration> windows,
        Duration grace,
        int topCoMentions,
        double spikeThreshold,
        double spikeAlpha,
        int spikeMinWindows,
        int spikeMinArticles,
        Duration dedupHorizon,
        int dedupMaxEntriesPerKey,
        int maxArticleBytes,
        double sentimentShockThreshold,
        Set<CorporateEvent> alertEvents,
        double alertEventsMinRelevance,
        boolean analysisEnabled,
        int dedupIndexPartitions) {

    /** The default of {@code dedup.index.partitions}: one index partition, at most one hop per article (issue 19). */
    public static final int DEFAULT_DEDUP_INDEX_PARTITIONS = 1;

    public PipelineSettings {
        if (dedupIndexPartitions < 1) {
            throw new IllegalArgumentException("dedup index partitions must be >= 1");
        }
        windows = List.copyOf(windows);
        alertEvents = alertEvents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(alertEvents));
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("at least one signal window is needed");
        }
    }

    /** The documented defaults, on the given topics. */
    public static PipelineSettings defaults(Topics topics) {
        return new PipelineSettings(topics, List.of(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1)),
                Duration.ofMinutes(1), 5, 3.0, 0.3, 3, 3, DedupPolicy.DEFAULT_HORIZON, DedupPolicy.DEFAULT_MAX_ENTRIES_PER_KEY, 1024 * 1024,
                3.0, HighImpactEvents.DEFAULTS, 0.3, true, DEFAULT_DEDUP_INDEX_PARTITIONS);
    }

    /** The dedup rules of the stream, shared with the offline {@code newspulse dedup}. */
    public DedupPolicy dedupPolicy() {
        return DedupPolicy.defaults().withHorizon(dedupHorizon).withMaxEntriesPerKey(dedupMaxEntriesPerKey);
    }

    /** The same settings with the analysis on or off ({@code analysis.enabled}). */
    public PipelineSettings withAnalysis(boolean enabled) {
        return new PipelineSettings(topics, windows, grace, topCoMentions, spikeThreshold, spikeAlpha, spikeMinWindows,
                spikeMinArticles, dedupHorizon, dedupMaxEntriesPerKey, maxArticleBytes, sentimentShockThreshold, alertEvents,
                alertEventsMinRelevance, enabled, dedupIndexPartitions);
    }

    public PipelineSettings withWindows(List<Duration> newWindows, Duration newGrace) {
        return new PipelineSettings(topics, newWindows, newGrace, topCoMentions, spikeThreshold, spikeAlpha, spikeMinWindows,
                spikeMinArticles, dedupHorizon, dedupMaxEntriesPerKey, maxArticleBytes, sentimentShockThreshold, alertEvents,
                alertEventsMinRelevance, analysisEnabled, dedupIndexPartitions);
    }
}
