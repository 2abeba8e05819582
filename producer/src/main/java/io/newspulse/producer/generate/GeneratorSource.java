package io.newspulse.producer.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import io.newspulse.producer.ArticleSink;
import io.newspulse.producer.ArticleSource;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.locks.LockSupport;

/**
 * Feeds {@code count} generated articles into a run at {@code rate} articles/s (0 = as fast as possible; the
 * pace is kept against the wall clock, not per article), writing each article's {@link TruthRecord} as a JSON
 * line to the truth writer when one is given. A negative count generates until the run is stopped
 * ({@link ArticleSink#stopping()}) or the thread is interrupted.
 */
public final class GeneratorSource implements ArticleSource {
    private final SyntheticArticleGenerator generator;
    private final long count;
    private final double rate;
    private final Writer truth;
    /** Longest wait between two looks at a stop request while pacing. */
    private static final long MAX_PARK_NANOS = 100_000_000L;
    private final ObjectMapper mapper = Json.mapper();

    public GeneratorSource(SyntheticArticleGenerator generator, long count, double rate, Writer truth) {
        this.generator = generator;
        this.count = count;
        this.rate = rate;
        this.truth = truth;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public void readInto(ArticleSink sink) throws IOException {
        long start = System.nanoTime();
        for (long i = 0; count < 0 || i < count; i++) {
            if (Thread.currentThread().isInterrupted() || sink.stopping()) {
                break;
            }
            if (rate > 0) {
                long due = start + (long) (i * 1e9 / rate);
                long wait;
                while ((wait = due - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted() && !sink.stopping()) {
                    LockSupport.parkNanos(Math.min(wait, MAX_PARK_NANOS));
                }
                if (sink.stopping()) {
                    break;
                }
            }
            GeneratedArticle article = generator.next();
            if (truth != null) {
                truth.write(toJson(article.truth()));
                truth.write('\n');
            }
            sink.article(article.draft());
        }
        if (truth != null) {
            truth.flush();
        }
    }

    /** The truth line of one article. */
    public String toJson(TruthRecord t) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", t.id());
        t.companies().forEach(node.putArray("companies")::add);
        node.put("duplicate_of", t.duplicateOf());
        node.put("kind", t.kind());
        node.put("variant", t.variant());
        node.put("published_at", t.publishedAt().toString());
        return mapper.writeValueAsString(node);
    }
}
