package io.newspulse.streams.signals;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.newspulse.avro.Mention;

/**
 * Running aggregate of one company in one window (the window store's value). Bounded: at most
 * {@value #MAX_SOURCES} distinct sources are remembered exactly and at most {@value #MAX_CO_MENTIONS}
 * co-mentioned companies are tracked (the least frequent is evicted first).
 */
public final class SignalAccumulator {
    static final int MAX_SOURCES = 2000;
    static final int MAX_CO_MENTIONS = 64;

    public String companyName = "";
    public long mentionCount;
    public long articleCount;
    public long novelArticles;
    public long repeatedArticles;
    public double relevanceWeightedVolume;
    public Set<String> sources = new LinkedHashSet<>();
    public boolean sourcesTruncated;
    public Map<String, Long> coMentions = new HashMap<>();
    public long lastIngestedAt;

    /** Folds one mention in (Kafka Streams {@code Aggregator}). */
    public SignalAccumulator add(Mention mention) {
        if (mention.getCompanyName() != null && !mention.getCompanyName().isEmpty()) {
            companyName = mention.getCompanyName();
        }
        mentionCount += mention.getCount();
        articleCount++;
        if (mention.getNovel()) {
            novelArticles++;
            relevanceWeightedVolume += mention.getRelevance();
        } else {
            repeatedArticles++;
        }
        String source = mention.getSource() == null ? "" : mention.getSource();
        if (sources.size() < MAX_SOURCES) {
            sources.add(source);
        } else if (!sources.contains(source)) {
            sourcesTruncated = true;
        }
        for (String other : mention.getCoMentions()) {
            coMentions.merge(other, 1L, Long::sum);
        }
        if (coMentions.size() > MAX_CO_MENTIONS) {
            evictLeastFrequent();
        }
        long ingested = mention.getIngestedAt() == null ? 0 : mention.getIngestedAt().toEpochMilli();
        lastIngestedAt = Math.max(lastIngestedAt, ingested);
        return this;
    }

    private void evictLeastFrequent() {
        while (coMentions.size() > MAX_CO_MENTIONS) {
            String weakest = null;
            long lowest = Long.MAX_VALUE;
            for (Map.Entry<String, Long> e : coMentions.entrySet()) {
                if (e.getValue() < lowest || (e.getValue() == lowest && weakest != null && e.getKey().compareTo(weakest) > 0)) {
                    lowest = e.getValue();
                    weakest = e.getKey();
                }
            }
            coMentions.remove(weakest);
        }
    }
}
