package io.newspulse.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.newspulse.producer.generate.BuiltInCompanies;
import io.newspulse.producer.generate.SyntheticArticleGenerator;
import io.newspulse.testsupport.GroundTruth;

/**
 * Generated articles published at a steady rate, batch after batch, until {@link #stop()}: load that lasts as long as
 * a test needs it (e.g. across a rolling restart of unknown length). The ground truth covers every batch.
 */
final class SteadyLoad {
    static final long SEED = 42;
    private static final int BATCH = 200;

    private final GeneratedRun run;
    private final SyntheticArticleGenerator generator;
    private final double rate;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger published = new AtomicInteger();
    private final List<GroundTruth.Article> articles = new ArrayList<>();
    private final List<io.newspulse.producer.ArticleDraft> drafts = new ArrayList<>();
    private CompletableFuture<Void> running;

    /** Articles of seed {@link #SEED}, one second of event time apart from {@code start}, {@code rate} per second. */
    SteadyLoad(GeneratedRun run, Instant start, double rate) {
        this.run = run;
        this.generator = generator(start);
        this.rate = rate;
    }

    private static SyntheticArticleGenerator generator(Instant start) {
        return new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                new SyntheticArticleGenerator.Options(SEED, start, Duration.ofSeconds(1), List.of()));
    }

    /** The companies named by the first {@code count} articles of this load (an identical generator, not published). */
    static Set<String> companiesOfFirst(Instant start, int count) {
        SyntheticArticleGenerator probe = generator(start);
        Set<String> companies = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            companies.addAll(probe.next().truth().companies());
        }
        return companies;
    }

    SteadyLoad start() {
        running = CompletableFuture.runAsync(() -> {
            for (int batch = 0; !stopping.get(); batch++) {
                try {
                    GeneratedRun.Batch published = run.publishBatch(generator, BATCH, rate, "load-" + batch + ".jsonl");
                    synchronized (articles) {
                        articles.addAll(published.truth().articles());
                        drafts.addAll(published.drafts());
                    }
                    this.published.addAndGet(published.truth().articles().size());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return this;
    }

    /** Articles published so far (whole batches). */
    int published() {
        if (running.isCompletedExceptionally()) {
            running.join(); // rethrows why the load stopped
        }
        return published.get();
    }

    /** Stops after the current batch; the ground truth of everything published. */
    GroundTruth stop() throws Exception {
        stopping.set(true);
        running.get(3, TimeUnit.MINUTES);
        synchronized (articles) {
            return run.withDedupVerdicts(new GroundTruth(articles), drafts);
        }
    }
}
