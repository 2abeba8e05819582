package io.newspulse.bench.harness;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.Mention;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.serde.EventSerdes;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Checks the pipeline's output against the ground truth while it runs: every (article, company) pair of
 * {@link ArticleCorpus#companiesOf} must come out of {@code news.mentions} exactly once (missing = lost, repeats =
 * duplicated; other pairs are counted apart). During a latency phase it also
 * records publish → mention ({@code Mention.ingested_at}) and publish → signal update
 * ({@code CompanySignal.last_ingested_at}) latencies, against the time the committed record was polled.
 */
public final class PipelineAudit extends AuditConsumer {
    private final String mentionsTopic;
    private final Deserializer<Mention> mentions;
    private final Deserializer<CompanySignal> signals;
    private final ArticleCorpus corpus;
    private final Map<String, Set<String>> remaining = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private long expectedPairs;
    private long duplicated;
    private long unexpected;
    private long mentionRecords;
    private long signalRecords;
    private volatile long lastNewNanos;
    private Set<String> latencyArticles = Set.of();
    private long latencySinceMs = Long.MAX_VALUE;
    private final Histogram toMention = new Histogram(3_600_000L, 3);
    private final Histogram toSignal = new Histogram(3_600_000L, 3);

    public PipelineAudit(String bootstrap, Topics topics, EventSerdes serdes, ArticleCorpus corpus) {
        super(bootstrap, List.of(topics.mentions(), topics.signals()), "pipeline");
        this.mentionsTopic = topics.mentions();
        this.mentions = serdes.mentions().deserializer();
        this.signals = serdes.signals().deserializer();
        this.corpus = corpus;
    }

    /** Adds the truth of the articles about to be published. */
    public synchronized void expect(List<ArticleEvent> articles) {
        for (ArticleEvent a : articles) {
            Set<String> companies = corpus.companiesOf(a.getId());
            if (!companies.isEmpty()) {
                Set<String> left = new HashSet<>(companies);
                for (String c : companies) {
                    if (seen.containsKey(a.getId() + '|' + c)) {
                        left.remove(c);
                    }
                }
                expectedPairs += companies.size();
                if (!left.isEmpty()) {
                    remaining.put(a.getId(), left);
                }
            }
        }
        resetStallClock();
    }

    /** Starts recording latencies of these articles' mentions, and of signal updates ingested from now on. */
    public synchronized void trackLatency(List<ArticleEvent> articles, long sinceMs) {
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.getId()));
        latencyArticles = ids;
        latencySinceMs = sinceMs;
        toMention.reset();
        toSignal.reset();
    }

    /** Stops recording latencies. */
    public synchronized void stopLatency() {
        latencyArticles = Set.of();
        latencySinceMs = Long.MAX_VALUE;
    }

    @Override
    protected synchronized void onRecords(ConsumerRecords<byte[], byte[]> batch, long nowMs) {
        for (ConsumerRecord<byte[], byte[]> r : batch) {
            if (r.topic().equals(mentionsTopic)) {
                onMention(mentions.deserialize(r.topic(), r.value()), nowMs);
            } else {
                CompanySignal s = signals.deserialize(r.topic(), r.value());
                signalRecords++;
                long ingested = s.getLastIngestedAt().toEpochMilli();
                if (ingested >= latencySinceMs && nowMs >= ingested) {
                    toSignal.recordValue(nowMs - ingested);
                }
            }
        }
    }

    private void onMention(Mention m, long nowMs) {
        mentionRecords++;
        String article = m.getArticleId();
        String company = m.getCompanyId();
        String pair = article + '|' + company;
        int times = seen.merge(pair, 1, Integer::sum);
        if (times > 1) {
            duplicated++;
            return;
        }
        Set<String> left = remaining.get(article);
        if (left != null && left.remove(company)) {
            if (left.isEmpty()) {
                remaining.remove(article);
            }
            lastNewNanos = System.nanoTime();
            progressed();
        } else if (!corpus.companiesOf(article).contains(company)) {
            unexpected++;
        }
        if (latencyArticles.contains(article)) {
            long ingested = m.getIngestedAt().toEpochMilli();
            if (nowMs >= ingested) {
                toMention.recordValue(nowMs - ingested);
            }
        }
    }

    /** True when every expected pair has come out. */
    public synchronized boolean complete() {
        return remaining.isEmpty();
    }

    /** Expected (article, company) pairs not seen. */
    public synchronized long lost() {
        return remaining.values().stream().mapToLong(Set::size).sum();
    }

    /** Some lost pairs, for the error message. */
    public synchronized List<String> lostSample() {
        return remaining.entrySet().stream().limit(5).map(e -> e.getKey() + "→" + e.getValue()).toList();
    }

    /** Mention records beyond the first for the same (article, company). */
    public synchronized long duplicated() {
        return duplicated;
    }

    /** Mentions of companies the generator did not put in the article (tagging differences, not loss). */
    public synchronized long unexpected() {
        return unexpected;
    }

    public synchronized long expectedPairs() {
        return expectedPairs;
    }

    public synchronized long mentionRecords() {
        return mentionRecords;
    }

    public synchronized long signalRecords() {
        return signalRecords;
    }

    /** {@link System#nanoTime()} when the last expected pair arrived. */
    public long lastNewNanos() {
        return lastNewNanos;
    }

    public synchronized Histogram mentionLatency() {
        return toMention.copy();
    }

    public synchronized Histogram signalLatency() {
        return toSignal.copy();
    }
}
