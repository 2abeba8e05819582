package io.newspulse.systemtests;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.producer.ProducerRun;
import io.newspulse.producer.generate.BuiltInCompanies;
import io.newspulse.producer.generate.GeneratorSource;
import io.newspulse.producer.generate.SyntheticArticleGenerator;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.producer.publish.ProgressReporter;
import io.newspulse.testsupport.GroundTruth;
import org.apache.kafka.common.utils.Utils;

/**
 * Publishes generated articles through the real producer path ({@link GeneratorSource} → {@link ProducerRun} →
 * {@link ArticlePublisher}) and writes their ground truth to a JSON Lines file.
 */
final class GeneratedRun {
    private final String bootstrap;
    private final String registry;
    private final Path dir;
    private final Map<String, Object> extra = new HashMap<>();
    /** Every article this run has published, in order: the dedup pass of each batch sees the batches before it. */
    private final List<io.newspulse.producer.ArticleDraft> published = new java.util.ArrayList<>();

    GeneratedRun(String bootstrap, String registry, Path dir) {
        this.bootstrap = bootstrap;
        this.registry = registry;
        this.dir = dir;
    }

    GeneratedRun with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    NewsProducerConfig producerConfig() {
        Map<String, Object> props = new HashMap<>(extra);
        props.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrap);
        props.put(CommonConfig.SCHEMA_REGISTRY_URL, registry);
        props.put(CommonConfig.DATA_DIR, dir.toString());
        return new NewsProducerConfig(props);
    }

    /** Publishes {@code count} articles of a generator (seed, simulated clock from {@code start}, mean gap 1 s). */
    GroundTruth publish(long seed, Instant start, int count, String truthName) throws IOException {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                new SyntheticArticleGenerator.Options(seed, start, Duration.ofSeconds(1), List.of()));
        return publish(generator, count, truthName);
    }

    GroundTruth publish(SyntheticArticleGenerator generator, int count, String truthName) throws IOException {
        return publish(generator, count, 0, truthName);
    }

    /** Publishes through an open publisher (kept open by the caller, e.g. across a registry outage). */
    GroundTruth publish(ArticlePublisher publisher, SyntheticArticleGenerator generator, int count, String truthName) throws IOException {
        Path truth = dir.resolve(truthName);
        List<io.newspulse.producer.ArticleDraft> drafts = new java.util.ArrayList<>();
        try (Writer writer = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            new ProducerRun(publisher, Clock.systemUTC(), ProgressReporter.create(count, Duration.ofSeconds(30)))
                    .run(List.of(teeing(new GeneratorSource(generator, count, 0, writer), drafts)));
        }
        return withDedupVerdicts(GroundTruth.read(truth), drafts);
    }

    /** Publishes at {@code rate} articles/s (0 = as fast as possible). */
    GroundTruth publish(SyntheticArticleGenerator generator, int count, double rate, String truthName) throws IOException {
        Batch batch = publishBatch(generator, count, rate, truthName);
        return withDedupVerdicts(batch.truth(), batch.drafts());
    }

    /** A published batch: the generator's truth (novelty not yet judged by the dedup policy) and the articles sent. */
    record Batch(GroundTruth truth, List<io.newspulse.producer.ArticleDraft> drafts) {
    }

    /**
     * Publishes like {@link #publish(SyntheticArticleGenerator, int, double, String)} but leaves the dedup verdicts
     * to one {@link #withDedupVerdicts} call over many batches (it replays every article published before, so calling
     * it per batch costs seconds per batch: see SteadyLoad).
     */
    Batch publishBatch(SyntheticArticleGenerator generator, int count, double rate, String truthName) throws IOException {
        Path truth = dir.resolve(truthName);
        List<io.newspulse.producer.ArticleDraft> drafts = new java.util.ArrayList<>();
        try (Writer writer = Files.newBufferedWriter(truth, StandardCharsets.UTF_8);
             ArticlePublisher publisher = new ArticlePublisher(producerConfig())) {
            new ProducerRun(publisher, Clock.systemUTC(), ProgressReporter.create(count, Duration.ofSeconds(30)))
                    .run(List.of(teeing(new GeneratorSource(generator, count, rate, writer), drafts)));
        }
        return new Batch(GroundTruth.read(truth), drafts);
    }

    /** {@link #publish(SyntheticArticleGenerator, int, double, String)} on another thread, seed 42, one second apart from {@code start}. */
    java.util.concurrent.CompletableFuture<GroundTruth> publishInBackground(Instant start, int count, double rate, String truthName) {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                new SyntheticArticleGenerator.Options(42, start, Duration.ofSeconds(1), List.of()));
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return publish(generator, count, rate, truthName);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Advances stream time on every partition of news.mentions: publishes articles dated {@code farFuture}
     * onwards until their companies (the key of news.mentions) cover all {@code partitions}. Their windows stay
     * open, and every window before them closes.
     */
    GroundTruth advanceStreamTime(Instant farFuture, int partitions) throws IOException {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                new SyntheticArticleGenerator.Options(7, farFuture, Duration.ofSeconds(1), List.of()));
        // Dry run with an identical generator to find how many articles cover every partition.
        SyntheticArticleGenerator probe = new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                new SyntheticArticleGenerator.Options(7, farFuture, Duration.ofSeconds(1), List.of()));
        Set<Integer> covered = new HashSet<>();
        int needed = 0;
        while (covered.size() < partitions && needed < 1000) {
            needed++;
            for (String company : probe.next().truth().companies()) {
                covered.add(partitionOf(company, partitions));
            }
        }
        return publish(generator, needed, "truth-future-" + farFuture.toEpochMilli() + ".jsonl");
    }

    /** The partition the default partitioner gives a String key. */
    static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** The source, also keeping every article it hands out (in order) for the dedup pass below. */
    private static io.newspulse.producer.ArticleSource teeing(io.newspulse.producer.ArticleSource source,
                                                             List<io.newspulse.producer.ArticleDraft> drafts) {
        return io.newspulse.producer.ArticleSource.mapped(source, draft -> {
            synchronized (drafts) {
                drafts.add(draft);
            }
            return draft;
        });
    }

    /**
     * The generator's truth with the novelty of each article as the project's one dedup policy decides it over the
     * same articles in the same order (this batch after every earlier batch of this run) (the offline engine, which the equivalence tests hold equal to the stream).
     * The generator writes its novel stories from a handful of templates, so now and then a "novel" story is mostly
     * made of another one's sentences and the dedup rightly calls it a copy; these ITs count records exactly once,
     * they do not grade dedup quality (DedupQualityTest does), so the expectation follows the dedup's verdict.
     */
    GroundTruth withDedupVerdicts(GroundTruth truth, List<io.newspulse.producer.ArticleDraft> drafts) throws IOException {
        List<io.newspulse.producer.ArticleDraft> all;
        synchronized (published) {
            published.addAll(drafts); // the stream compares with every article this run published before, in order
            all = List.copyOf(published);
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        for (io.newspulse.producer.ArticleDraft d : all) {
            com.fasterxml.jackson.databind.node.ObjectNode n = mapper.createObjectNode();
            n.put("id", d.givenId());
            n.put("title", d.title());
            n.put("body", d.body());
            n.put("lang", d.language());
            n.put("published_at", d.publishedAt().toString());
            jsonl.append(mapper.writeValueAsString(n)).append('\n');
        }
        java.io.StringWriter out = new java.io.StringWriter();
        new io.newspulse.dedup.OfflineDedup(java.time.Duration.ofDays(7)).run(new java.io.StringReader(jsonl.toString()), out);
        Map<String, com.fasterxml.jackson.databind.JsonNode> verdicts = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                com.fasterxml.jackson.databind.JsonNode v = mapper.readTree(line);
                verdicts.put(v.get("id").asText(), v);
            }
        }
        List<GroundTruth.Article> adjusted = new java.util.ArrayList<>();
        int changed = 0;
        for (GroundTruth.Article a : truth.articles()) {
            com.fasterxml.jackson.databind.JsonNode v = verdicts.get(a.id());
            if (v == null) {
                adjusted.add(a);
                continue;
            }
            String kind = v.get("kind").asText();
            boolean novel = kind.equals("original");
            if (novel != a.novel()) {
                changed++;
                adjusted.add(new GroundTruth.Article(a.id(), a.companies(), novel ? null : v.get("cluster").asText(),
                        novel ? "original" : kind, a.publishedAt()));
            } else {
                adjusted.add(a);
            }
        }
        org.slf4j.LoggerFactory.getLogger(GeneratedRun.class).info(
                "Ground truth: the dedup policy judges {} of {} generated articles otherwise than the generator", changed, adjusted.size());
        return new GroundTruth(adjusted);
    }
}
