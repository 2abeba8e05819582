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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One producer run: reads the sources in order, turns drafts into events ({@link ArticleFactory}), skips an id
 * already sent in this run (counted), writes articles and rejects to the output, reports progress, and ends by
 * flushing the output and returning a {@link RunSummary}. If the output fails, the exception propagates after
 * the flush attempt ({@link io.newspulse.producer.publish.PublishException}).
 * <p>{@link #requestStop()} (from a shutdown hook, on Ctrl-C) ends the run early: sources see {@link #stopping()},
 * the output gets the stop time-out to deliver what is in flight ({@link ArticleOutput#stop}), the rest is dropped
 * quietly and counted in the summary as not sent.
 */
public final class ProducerRun implements ArticleSink {
    private static final Logger LOG = LoggerFactory.getLogger(ProducerRun.class);

    private final ArticleOutput output;
    private final ArticleFactory factory;
    private final ProgressReporter progress;
    /** How long in-flight records may take to be delivered after a stop request, by default. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Set<String> sentIds = new HashSet<>();
    private final Map<String, Long> charsets = new TreeMap<>();
    private final Duration stopTimeout;
    private volatile boolean stopRequested;
    private long sent;
    private long rejected;
    private long duplicates;
    private long bytes;

    public ProducerRun(ArticleOutput output, Clock clock, ProgressReporter progress) {
        this(output, clock, progress, DEFAULT_STOP_TIMEOUT);
    }

    /** A run whose in-flight records get {@code stopTimeout} to be delivered after {@link #requestStop()}. */
    public ProducerRun(ArticleOutput output, Clock clock, ProgressReporter progress, Duration stopTimeout) {
        this.output = output;
        this.factory = new ArticleFactory(clock);
        this.progress = progress;
        this.stopTimeout = stopTimeout;
    }

    /**
     * Reads every source, then flushes. The output is not closed (the caller owns it), except after a stop
     * request, where {@link ArticleOutput#stop} closes it.
     */
    public RunSummary run(List<? extends ArticleSource> sources) throws IOException {
        long start = System.nanoTime();
        for (ArticleSource source : sources) {
            if (stopRequested) {
                break;
            }
            LOG.info("Reading {}", source.name());
            source.readInto(this);
        }
        boolean stopped = stopRequested;
        long notSent = 0;
        if (stopped) {
            notSent = output.stop(stopTimeout);
        } else {
            output.flush();
        }
        progress.finish(sent);
        RunSummary summary = new RunSummary(sent, rejected, duplicates, bytes, Duration.ofNanos(System.nanoTime() - start),
                charsets, stopped, notSent);
        LOG.info("Run {}: {}", stopped ? "stopped" : "finished", summary.describe());
        return summary;
    }

    /** Asks the run to stop (thread-safe; e.g. from a shutdown hook): see the class comment. */
    public void requestStop() {
        stopRequested = true;
    }

    @Override
    public boolean stopping() {
        return stopRequested;
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
        String charset = draft.attributes().get("charset");
        if (charset != null) {
            charsets.merge(charset, 1L, Long::sum);
        }
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
