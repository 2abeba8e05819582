package io.newspulse.streams.app;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.TopicBootstrapper;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.companies.CompaniesPublisher;
import io.newspulse.streams.companies.CompanyTopicProvisioner;
import io.newspulse.streams.config.CompaniesBootstrap;
import io.newspulse.streams.config.PerCompanyTopics;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.dedup.DedupChain;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.serde.OutputSchemas;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the stream app prepares before Kafka Streams starts, one named step each, in this order:
 * {@link #ensureTopics()} (the contract topics), {@link #builtInToPublish}, {@link #publishBuiltIn} and
 * {@link #awaitNoOpenLoad} (the built-in knowledge base when the companies topic is empty, then wait out any load in
 * flight), {@link #createPerCompanyTopics} (the per-company signal topics of the configured mode; missing ones once
 * Kafka Streams' internal topics exist, while Kafka Streams runs), {@link #prepareOutputSchemas} (register or look up
 * every output subject; it runs beside the two steps before it, which it does not depend on) and
 * {@link #catalog} (the runtime company catalogue that provisions a topic for a company added later).
 */
final class PipelineBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineBootstrap.class);
    /** Days the dedup chain topic keeps a record (by append time). */
    static final int CHAIN_RETENTION_DAYS = 7;
    /** Per-company topics created per request on a first start (see {@link #createPerCompanyTopics}). */
    static final int TOPIC_BATCH = 200;

    private final StreamsAppConfig config;
    private final Topics topics;
    private final Admin admin;
    private final TopicBootstrapper bootstrapper;
    private final Consumer<String> progress;

    PipelineBootstrap(StreamsAppConfig config, Admin admin, Consumer<String> progress) {
        this.config = config;
        this.topics = CommonConfig.topics(config);
        this.admin = admin;
        this.bootstrapper = new TopicBootstrapper(admin, 60_000);
        this.progress = progress;
    }

    /**
     * Creates the contract topics that are missing, then the dedup chain topic with the articles topic's partition
     * count ({@link #ensureChainTopic}); returns that count.
     */
    int ensureTopics() {
        bootstrapper.ensure(topics.all());
        int partitions = partitionsOf(topics.articles());
        ensureChainTopic(partitions);
        return partitions;
    }

    /**
     * The articles topic's partition count as configured, without asking the broker: what {@link #ensureTopics()}
     * returns for a topic it creates (a start without a broker uses it, {@link StartRehearsal}).
     */
    int configuredPartitions() {
        return topics.all().stream().filter(t -> t.name().equals(topics.articles())).findFirst().orElseThrow().partitions();
    }

    /**
     * The dedup chain topic ({@link DedupChain#topic}) of this application id, created when missing: an article's hops
     * between index partitions, co-partitioned with the articles, so its partition count must be theirs (the app
     * refuses to start otherwise: the chain would address partitions that are not there, or skip some). Deleted by
     * append time after {@value #CHAIN_RETENTION_DAYS} days, like the articles: a hop is read within a commit
     * interval while the app runs, and nothing older than the articles it came from needs keeping.
     */
    void ensureChainTopic(int partitions) {
        String chain = DedupChain.topic(config.getString(StreamsAppConfig.APPLICATION_ID));
        var result = bootstrapper.ensure(List.of(topics.appTopic(chain, partitions, Duration.ofDays(CHAIN_RETENTION_DAYS).toMillis(),
                "dedup chain: articles on their way between index partitions, cluster fixes (partitioned by index partition)")));
        if (!result.warnings().isEmpty()) { // an existing topic with another partition count (the bootstrapper compares them)
            throw new IllegalStateException(result.warnings().get(0) + ": the dedup chain must be co-partitioned with "
                    + topics.articles() + " (delete it while the app is stopped and its lag is 0, and the app makes it again)");
        }
    }

    private int partitionsOf(String topic) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the built-in knowledge base is to be published: the config says so and the companies topic is empty.
     * Needs no knowledge base, so the app asks while the built-in one is still being read.
     */
    boolean builtInToPublish(CompaniesPublisher publisher) {
        return config.companiesBootstrap() == CompaniesBootstrap.BUILTIN && publisher.topicIsEmpty();
    }

    /** The publisher of the companies topic. */
    CompaniesPublisher companiesPublisher(String bootstrapServers, EventSerdes serdes) {
        return new CompaniesPublisher(bootstrapServers, topics.companies(), serdes.companies());
    }

    /** Publishes the built-in knowledge base (when {@link #builtInToPublish} said so). */
    void publishBuiltIn(CompaniesPublisher publisher, CompanyKnowledgeBase kb) throws InterruptedException {
        int n = publisher.publish(kb.companies());
        LOG.info("Companies topic was empty: published the built-in knowledge base ({} companies)", n);
        progress.accept("knowledge base published (" + n + " companies)");
    }

    /**
     * Waits for any load another instance or {@code companies load} has in flight: the global store restores up to
     * the read_committed end, and the first articles must not be tagged against a knowledge base still arriving.
     */
    void awaitNoOpenLoad(CompaniesPublisher publisher) throws InterruptedException {
        if (!publisher.awaitNoOpenLoad(Duration.ofSeconds(60))) {
            LOG.warn("A load of {} is still open after 60 s; starting anyway (its companies are picked up when it commits)",
                    topics.companies());
        }
    }

    /** The companies of the per-company signal topics of the configured mode (no I/O: the topics are made later). */
    Collection<String> perCompanyIds(CompanyKnowledgeBase kb) {
        return switch (config.perCompanyTopics()) {
            case CURATED -> kb.companies().stream().filter(c -> c.getCurated()).map(c -> c.getId())
                    .filter(Topics::isLegalCompanyId).toList();
            case ALL -> kb.companies().stream().map(c -> c.getId()).filter(Topics::isLegalCompanyId).toList();
            case WATCHLIST -> config.getList(StreamsAppConfig.WATCHLIST);
            case NONE -> List.of();
        };
    }

    /**
     * Makes the topics the router {@linkplain CompanyTopicRouter#expect expects} and routes each company once its
     * topic is there: those the broker lists at once; the missing ones (a first start) once {@code createAfter}
     * completes (the app passes {@link InternalTopicsGate#opened()}: Kafka Streams' own topics go to the broker
     * first), {@value #TOPIC_BATCH} per request, each batch routed as soon as the broker has created it, so that the
     * requests of Kafka Streams and its clients are not queued behind thousands of creations. Existing topics'
     * partition counts are checked as before (a difference is logged). Throws when a topic cannot be made (a
     * CancellationException when {@code createAfter} is cancelled), after {@linkplain CompanyTopicRouter#abandon
     * abandoning} the companies not routed by then: their signals stop waiting and are not routed.
     */
    void createPerCompanyTopics(CompanyTopicRouter router, CompletableFuture<?> createAfter) {
        try {
            makeExpectedTopics(router, createAfter);
        } catch (RuntimeException e) {
            router.abandon();
            throw e;
        }
        progress.accept("topics ready (" + router.companies().size() + " per-company signal topics)");
    }

    private void makeExpectedTopics(CompanyTopicRouter router, CompletableFuture<?> createAfter) {
        List<String> expected = router.expected().stream().sorted().toList();
        if (!expected.isEmpty()) {
            Set<String> present = listed();
            List<String> there = expected.stream().filter(id -> present.contains(topics.companySignals(id))).toList();
            router.addAll(there);
            List<String> missing = expected.stream().filter(id -> !present.contains(topics.companySignals(id))).toList();
            if (!missing.isEmpty() && !createAfter.isDone()) {
                LOG.info("{} per-company signal topics to create once Kafka Streams' internal topics are served", missing.size());
                createAfter.join();
            }
            int created = 0;
            for (int i = 0; i < missing.size(); i += TOPIC_BATCH) {
                List<String> batch = missing.subList(i, Math.min(missing.size(), i + TOPIC_BATCH));
                created += bootstrapper.ensure(topics.companySignalTopics(batch)).created().size();
                router.addAll(batch);
            }
            if (!there.isEmpty()) {
                bootstrapper.ensure(topics.companySignalTopics(there)); // logs a partition count other than configured
            }
            LOG.info("Per-company signal topics: {} created, {} already there", created, expected.size() - created);
        }
    }

    /** The topics the broker lists. */
    private Set<String> listed() {
        try {
            return admin.listTopics().names().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        }
    }

    /**
     * Resolves the schema id of every output subject (cached on disk between starts, see {@link OutputSchemas}),
     * reporting progress at most once a second.
     */
    OutputSchemas prepareOutputSchemas(EventSerdes serdes, CompanyTopicRouter router) {
        OutputSchemas outputSchemas = new OutputSchemas(serdes, topics,
                NewsStreamsApp.schemaIdCacheFile(config.getString(CommonConfig.DATA_DIR)));
        long[] last = {System.nanoTime(), 0}; // time and count of the last report (resolutions run on several threads)
        outputSchemas.prepare(router.companies(), (done, total) -> {
            synchronized (last) {
                long now = System.nanoTime();
                if (done > last[1] && (done == total || now - last[0] >= 1_000_000_000L)) {
                    last[0] = now;
                    last[1] = done;
                    progress.accept("output schemas " + done + "/" + total);
                }
            }
        });
        return outputSchemas;
    }

    /**
     * The company catalogue the tagging processors read; a company added at runtime ({@code companies load}) gets its
     * per-company topic from {@code provisioner} when the mode covers it (every company, or every curated one).
     */
    CompanyCatalog catalog(CompanyTopicProvisioner provisioner) {
        PerCompanyTopics mode = config.perCompanyTopics();
        return new CompanyCatalog(company -> {
            if (mode == PerCompanyTopics.ALL || (mode == PerCompanyTopics.CURATED && company.getCurated())) {
                provisioner.onCompany(company);
            }
        });
    }
}
