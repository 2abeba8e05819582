package io.newspulse.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The analysis of one article: its overall financial {@code tone} in [-1, 1], the union of the events found for
 * its companies, and per company id (as in {@code CompanyMatch.companyId()}) the targeted sentiment and events.
 */
public record ArticleSentiment(double tone, Set<EventCode> events, Map<String, CompanySentiment> byCompany) {
    /** Nothing analysed: tone 0, no events, every company {@link CompanySentiment#NEUTRAL} (the schema defaults). */
    public static final ArticleSentiment NONE = new ArticleSentiment(0.0, Set.of(), Map.of());

    public ArticleSentiment {
        tone = Math.round(Math.max(-1.0, Math.min(1.0, tone)) * 1000.0) / 1000.0; // 3 decimals, as CompanySentiment
        events = events == null || events.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(events));
        byCompany = byCompany == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byCompany));
    }

    /** The sentiment towards {@code companyId}, {@link CompanySentiment#NEUTRAL} when the article did not name it. */
    public CompanySentiment of(String companyId) {
        CompanySentiment s = byCompany.get(companyId);
        return s == null ? CompanySentiment.NEUTRAL : s;
    }
}
