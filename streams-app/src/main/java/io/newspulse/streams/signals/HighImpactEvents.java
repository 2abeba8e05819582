package io.newspulse.streams.signals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newspulse.avro.Alert;
import io.newspulse.avro.AlertReason;
import io.newspulse.avro.CorporateEvent;
import io.newspulse.avro.Mention;

/**
 * The rule for event alerts: a novel mention whose article reports a high-impact event about the company
 * (configurable set; by default bankruptcy, cyber_incident, recall_safety, legal_regulatory) and names the company
 * with at least {@code minRelevance} raises one alert per event, at once, without waiting for a window.
 * Reposts ({@code novel=false}) do not alert again.
 */
public final class HighImpactEvents {
    /** The default high-impact events. */
    public static final Set<CorporateEvent> DEFAULTS = EnumSet.of(CorporateEvent.bankruptcy, CorporateEvent.cyber_incident,
            CorporateEvent.recall_safety, CorporateEvent.legal_regulatory);

    private final EnumSet<CorporateEvent> events;
    private final double minRelevance;

    public HighImpactEvents(Set<CorporateEvent> events, double minRelevance) {
        this.events = events.isEmpty() ? EnumSet.noneOf(CorporateEvent.class) : EnumSet.copyOf(events);
        this.minRelevance = minRelevance;
    }

    /** The alerts a mention raises (usually none). */
    public List<Alert> alertsFor(Mention mention) {
        if (!mention.getNovel() || mention.getRelevance() < minRelevance || mention.getEvents().isEmpty()) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>(1);
        for (CorporateEvent event : new LinkedHashSet<>(mention.getEvents())) {
            if (!events.contains(event)) {
                continue;
            }
            String name = mention.getCompanyName().isEmpty() ? mention.getCompanyId() : mention.getCompanyName();
            String title = mention.getArticleTitle() == null ? mention.getArticleId() : mention.getArticleTitle();
            alerts.add(Alert.newBuilder()
                    .setReason(AlertReason.high_impact_event)
                    .setEvent(event)
                    .setArticleId(mention.getArticleId())
                    .setSentiment(mention.getSentiment())
                    .setCompanyId(mention.getCompanyId())
                    .setCompanyName(mention.getCompanyName())
                    .setWindow("")
                    .setWindowStart(mention.getPublishedAt())
                    .setWindowEnd(mention.getPublishedAt())
                    .setSpikeScore(0.0)
                    .setThreshold(minRelevance)
                    .setArticleCount(1)
                    .setBaselineMean(0.0)
                    .setBaselineStddev(0.0)
                    .setRaisedAt(java.time.Instant.now())
                    .setMessage(String.format(Locale.ROOT, "%s: %s reported (relevance %.2f, sentiment %+.2f): %s",
                            name, event.name(), mention.getRelevance(), mention.getSentiment(), title))
                    .build());
        }
        return alerts;
    }
}
