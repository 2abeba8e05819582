package io.newspulse.bench.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.history.ReplayInput;

/**
 * A synthetic archive for the replay section: {@code count} generated articles ({@link ArticleCorpus.ArticleStream},
 * the same generator as every other section) whose publication times are spread evenly over {@code span} ending at
 * {@code end}, in event-time order with ids in the same order. It is generated again on every pass instead of held:
 * a million articles of ~2 KB would not fit beside the broker in the bench's heap.
 */
public final class GeneratedArchive implements ReplayInput {
    private final long seed;
    private final int count;
    private final Instant start;
    private final Duration meanGap;
    private volatile Instant first;
    private volatile Instant last;
    private volatile long textBytes;

    private GeneratedArchive(long seed, int count, Instant start, Duration meanGap) {
        this.seed = seed;
        this.count = count;
        this.start = start;
        this.meanGap = meanGap;
    }

    /** {@code count} articles spread over {@code span} of event time that ends at {@code end}. */
    public static GeneratedArchive spread(long seed, int count, Instant end, Duration span) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        Duration gap = span.dividedBy(count);
        return new GeneratedArchive(seed, count, end.minus(span), gap);
    }

    /** Mean gap between two articles in event time. */
    public Duration meanGap() {
        return meanGap;
    }

    /** UTF-8 bytes of titles and bodies of the last complete pass (0 before one). */
    public long textBytes() {
        return textBytes;
    }

    @Override
    public long size() {
        return count;
    }

    @Override
    public Instant firstPublished() {
        if (first == null) {
            inOrder().next();
        }
        return first;
    }

    @Override
    public Instant lastPublished() {
        if (last == null) {
            for (Iterator<ArticleEvent> it = inOrder(); it.hasNext(); ) {
                it.next();
            }
        }
        return last;
    }

    @Override
    public Iterator<ArticleEvent> inOrder() {
        ArticleCorpus.ArticleStream stream = new ArticleCorpus.ArticleStream(seed, start, meanGap);
        return new Iterator<>() {
            private int i;
            private long bytes;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public ArticleEvent next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                ArticleCorpus.ArticleStream.Item item = stream.next();
                ArticleEvent e = item.event();
                bytes += item.textBytes();
                if (i == 0) {
                    first = e.getPublishedAt();
                }
                if (++i == count) {
                    last = e.getPublishedAt();
                    textBytes = bytes;
                }
                return e;
            }
        };
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%d generated articles, one every %.1f s of event time on average", count,
                meanGap.toMillis() / 1000.0);
    }
}
