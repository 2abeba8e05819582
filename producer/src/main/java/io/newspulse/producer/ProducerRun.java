package io.newspulse.producer;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.publish.ArticleOutput;
import io.newspulse.producer.publish.ProgressReporter;
import io.newspulse.producer.publish.RunSummary;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One producer run: reads the sources in order, turns drafts into events ({@link ArticleFactory}), skips an id
 * already sent in this run (counted), writes articles and rejects to the output, reports progress, and ends by
 * flushing the output and returning a {@link RunSummary}. If the output fails, the exception propagates after
 * the flush attempt ({@link io.newspulse.producer.publish.PublishException}).
 */
public final class ProducerRun implements ArticleSink {
    private static final Logger LOG = LoggerFactory.getLogger(ProducerRun.class);

    private final ArticleOutput output;
    private final ArticleFactory factory;
    private final ProgressReporter progress;
    private final Set<String> sentIds = new HashSet<>();
    private long sent;
    private long rejected;
    private long duplicates;
    private long bytes;

    public ProducerRun(ArticleOutput output, Clock clock, ProgressReporter progress) {
        this.output = output;
        this.factory = new ArticleFactory(clock);
        this.progress = progress;
    }

    /** Reads every source, then flushes. The output is not closed (the caller owns it). */
    public RunSummary run(List<? extends ArticleSource> sources) throws IOException {
        long start = System.nanoTime();
        for (ArticleSource source : sources) {
            LOG.info("Reading {}", source.name());
            source.readInto(this);
        }
        output.flush();
        progress.finish(sent);
        RunSummary summary = new RunSummary(sent, rejected, duplicates, bytes, Duration.ofNanos(System.nanoTime() - start));
        LOG.info("Run finished: {}", summary.describe());
        return summary;
    }

    @Override
    public void article(ArticleDraft draft) {
        ArticleEvent event = factory.toEvent(draft);
        if (!sentIds.add(event.getId())) {
            duplicates++;
            LOG.debug("Skipping article {}: id already sent in this run", event.getId());
            return;
        }
        bytes += output.send(event);
        sent++;
        progress.update(sent);
    }

    @Override
    public void reject(Reject reject) {
        rejected++;
        LOG.warn("Rejected {}", reject);
        output.reject(reject);
    }

    @Override
    public void checkpoint() {
        output.flush();
    }

    public long sent() {
        return sent;
    }

    public long rejected() {
        return rejected;
    }

    public long duplicatesSkipped() {
        return duplicates;
    }
}
