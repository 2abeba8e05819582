package io.newspulse.streams.query;

import java.util.Map;

import io.newspulse.streams.metrics.PipelineMetrics;

/** This instance's pipeline counters, as {@code /api/stats} and the live feed show them. */
public record StatsView(String instance, String state, long articlesIn, long originals, long duplicates,
                        Map<String, Long> duplicatesByKind, long mentions, long signals, long alerts, long deadLetters,
                        Map<String, Long> deadLettersByStage, Map<String, Double> signalLatencyMs) {

    public static StatsView of(String instance, String state, PipelineMetrics m) {
        return new StatsView(instance, state, (long) m.articles(), (long) m.originalsCount(), (long) m.duplicates(),
                longs(m.duplicatesByKind()), (long) m.mentionsCount(), (long) m.signalsCount(), (long) m.alertsCount(),
                (long) m.deadLetters(), longs(m.deadLettersByStage()), m.signalLatencyMs());
    }

    private static Map<String, Long> longs(Map<String, Double> counts) {
        Map<String, Long> result = new java.util.TreeMap<>();
        counts.forEach((k, v) -> result.put(k, v.longValue()));
        return result;
    }
}
