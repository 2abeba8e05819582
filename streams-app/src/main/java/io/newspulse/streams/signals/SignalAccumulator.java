package io.newspulse.streams.signals;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.newspulse.avro.CorporateEvent;
import io.newspulse.avro.Mention;

/**
 * Running aggregate of one company in one window (the window store's value). Bounded: at most
 * {@value #MAX_SOURCES} distinct sources are remembered exactly and at most {@value #MAX_CO_MENTIONS}
 * co-mentioned companies are tracked (the least frequent is evicted first).
 *
 * <p>Sentiment: every article counts as positive, negative or neutral towards the company (the scorer's
 * thresholds: above {@value #POLARITY_THRESHOLD}, below its negative, else neutral); the window's sentiment is the
 * relevance-weighted mean over its novel articles (reposts do not vote twice, as for buzz).
 */
public final class SignalAccumulator {
    static final int MAX_SOURCES = 2000;
    static final int MAX_CO_MENTIONS = 64;
    /** A sentiment above this is positive, below its negative is negative, else neutral. */
    public static final double POLARITY_THRESHOLD = 0.1;
    /** Weight floor so that a company named in passing still counts a little in the mean sentiment. */
    static final double MIN_SENTIMENT_WEIGHT = 0.05;

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
    public double sentimentWeightedSum;
    public double sentimentWeight;
    public long positiveMentions;
    public long negativeMentions;
    public long neutralMentions;
    public Map<CorporateEvent, Long> eventCounts = new EnumMap<>(CorporateEvent.class);

    /** Folds one mention in (Kafka Streams {@code Aggregator}). */
    public SignalAccumulator add(Mention mention) {
        if (mention.getCompanyName() != null && !mention.getCompanyName().isEmpty()) {
            companyName = mention.getCompanyName();
        }
        mentionCount += mention.getCount();
        articleCount++;
        double sentiment = mention.getSentiment();
        if (sentiment > POLARITY_THRESHOLD) {
            positiveMentions++;
        } else if (sentiment < -POLARITY_THRESHOLD) {
            negativeMentions++;
        } else {
            neutralMentions++;
        }
        for (CorporateEvent event : new java.util.LinkedHashSet<>(mention.getEvents())) {
            eventCounts.merge(event, 1L, Long::sum);
        }
        if (mention.getNovel()) {
            novelArticles++;
            relevanceWeightedVolume += mention.getRelevance();
            double weight = Math.max(MIN_SENTIMENT_WEIGHT, mention.getRelevance());
            sentimentWeightedSum += weight * sentiment;
            sentimentWeight += weight;
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

    /** Relevance-weighted mean sentiment of the novel articles, in [-1, 1]; 0 when there are none. */
    public double meanSentiment() {
        return sentimentWeight <= 0 ? 0.0 : Math.max(-1.0, Math.min(1.0, sentimentWeightedSum / sentimentWeight));
    }

    /** True when at least one novel article has contributed to {@link #meanSentiment()}. */
    public boolean hasSentiment() {
        return sentimentWeight > 0;
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
