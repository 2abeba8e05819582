package io.newspulse.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newspulse.avro.CoMention;
import io.newspulse.avro.CompanySignal;

/** Test fixtures: signals of a window. */
final class Signals {
    private Signals() {
    }

    static CompanySignal signal(String company, String window, Instant start, long articles, Instant computedAt, boolean closed) {
        long size = switch (window) {
            case "1m" -> Duration.ofMinutes(1).toMillis();
            case "1h" -> Duration.ofHours(1).toMillis();
            default -> Duration.ofDays(1).toMillis();
        };
        return CompanySignal.newBuilder()
                .setCompanyId(company).setCompanyName(company.substring(0, 1).toUpperCase() + company.substring(1))
                .setWindow(window).setWindowSizeMs(size)
                .setWindowStart(start).setWindowEnd(start.plusMillis(size))
                .setMentionCount(articles * 2).setArticleCount(articles).setNovelArticles(articles).setRepeatedArticles(0)
                .setDistinctSources(1).setRelevanceWeightedVolume(articles * 0.75)
                .setTopCoMentions(List.of(new CoMention("toyota", 2L), new CoMention("sony", 1L)))
                .setSpikeScore(1.5).setClosed(closed)
                .setUpdatedAt(Instant.parse("2026-12-04T10:00:00Z"))
                .setLastIngestedAt(Instant.parse("2026-12-04T09:59:59Z"))
                .setComputedAt(computedAt)
                .build();
    }
}
