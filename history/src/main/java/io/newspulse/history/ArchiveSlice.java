package io.newspulse.history;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.ArticleFactory;
import io.newspulse.producer.ArticleSink;
import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of an archive a replay publishes: every article of the sources whose publication time is in
 * {@code [from, to)}, in event-time order (publication time, then id), each id once. The order is a pure function of
 * the input, which is what makes a replay resumable: what the backfill topic already holds is a prefix of it.
 *
 * @param articles     the articles to publish, sorted
 * @param read         articles the sources gave
 * @param rejected     inputs the sources rejected (bad UTF-8, empty body, ...)
 * @param repeatedIds  articles left out because their id came earlier in the input
 * @param undated      articles left out because they carry no publication time (a replay cannot place them)
 * @param outOfRange   articles left out by {@code --from}/{@code --to}
 */
public record ArchiveSlice(List<ArticleEvent> articles, long read, long rejected, long repeatedIds, long undated, long outOfRange)
        implements ReplayInput {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveSlice.class);

    /** Event-time order: publication time, then id. */
    public static final Comparator<ArticleEvent> EVENT_TIME_ORDER = Comparator
            .comparing(ArticleEvent::getPublishedAt).thenComparing(ArticleEvent::getId);

    public ArchiveSlice {
        articles = List.copyOf(articles);
    }

    /**
     * Reads every source (in memory: about the size of the archive's text) and keeps the slice.
     *
     * @param from inclusive lower bound of publication time, or null
     * @param to   exclusive upper bound, or null
     */
    public static ArchiveSlice load(List<? extends ArticleSource> sources, Instant from, Instant to, Clock clock) throws IOException {
        Collector collector = new Collector(new ArticleFactory(clock), from, to);
        for (ArticleSource source : sources) {
            LOG.info("Reading {}", source.name());
            source.readInto(collector);
        }
        collector.kept.sort(EVENT_TIME_ORDER);
        return new ArchiveSlice(collector.kept, collector.read, collector.rejected, collector.repeated, collector.undated, collector.outOfRange);
    }

    @Override
    public long size() {
        return articles.size();
    }

    @Override
    public java.util.Iterator<ArticleEvent> inOrder() {
        return articles.iterator();
    }

    @Override
    public Instant firstPublished() {
        return articles.isEmpty() ? null : articles.get(0).getPublishedAt();
    }

    @Override
    public Instant lastPublished() {
        return articles.isEmpty() ? null : articles.get(articles.size() - 1).getPublishedAt();
    }

    @Override
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d articles read, %d in the slice%s%s%s%s", read, articles.size(),
                outOfRange > 0 ? ", " + outOfRange + " outside --from/--to" : "",
                undated > 0 ? ", " + undated + " without publication time (skipped)" : "",
                repeatedIds > 0 ? ", " + repeatedIds + " repeated ids" : "",
                rejected > 0 ? ", " + rejected + " rejected inputs" : "");
    }

    private static final class Collector implements ArticleSink {
        private final ArticleFactory factory;
        private final Instant from;
        private final Instant to;
        private final List<ArticleEvent> kept = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private long read;
        private long rejected;
        private long repeated;
        private long undated;
        private long outOfRange;

        Collector(ArticleFactory factory, Instant from, Instant to) {
            this.factory = factory;
            this.from = from;
            this.to = to;
        }

        @Override
        public void article(ArticleDraft draft) {
            read++;
            ArticleEvent event = factory.toEvent(draft);
            Instant published = event.getPublishedAt();
            if (published == null) {
                undated++;
                return;
            }
            if ((from != null && published.isBefore(from)) || (to != null && !published.isBefore(to))) {
                outOfRange++;
                return;
            }
            if (!ids.add(event.getId())) {
                repeated++;
                return;
            }
            kept.add(event);
        }

        @Override
        public void reject(Reject reject) {
            rejected++;
            LOG.warn("Rejected {}", reject);
        }
    }
}
