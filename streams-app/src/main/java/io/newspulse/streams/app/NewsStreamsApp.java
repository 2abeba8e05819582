package io.newspulse.streams.app;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.newspulse.core.concurrent.Daemons;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.NewsTopology;
import io.newspulse.streams.companies.CompaniesPublisher;
import io.newspulse.streams.companies.CompanyTopicProvisioner;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.dedup.DedupChain;
import io.newspulse.streams.errors.DeadLetterDeserializationHandler;
import io.newspulse.streams.errors.DeadLetterProcessingHandler;
import io.newspulse.streams.errors.DeadLetters;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.serde.OutputSchemas;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology: prepares topics (contract topics, per-company topics, the knowledge base when the companies
 * topic is empty), starts Kafka Streams with exactly-once, dead-letter handlers and a thread-replacing uncaught
 * exception handler, and closes everything cleanly.
 */
public final class NewsStreamsApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsStreamsApp.class);

    private final StreamsAppConfig config;
    private final PipelineMetrics metrics;
    private final Topics topics;
    private Admin admin;
    private CompanyTopicProvisioner provisioner;
    /** The per-company topics' router of the last start. */
    private CompanyTopicRouter router;
    private KafkaStreams streams;
    /** Kafka Streams' metrics in the registry; closed before Kafka Streams is. */
    private io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics streamsMetrics;
    private EventSerdes serdes;
    /** Startup steps for a human (the CLI prints them to stderr); never null. */
    private java.util.function.Consumer<String> progress = step -> { };
    private java.util.function.Consumer<Throwable> onFailure = failure -> { };
    /** Query API and dashboard (issue 9); null when http.port is -1. */
    private io.newspulse.streams.http.QueryApi http;
    /** Set by {@link #close}: steps still running after the start fail then, and are no reason to stop. */
    private volatile boolean closing;

    public NewsStreamsApp(StreamsAppConfig config, PipelineMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.topics = CommonConfig.topics(config);
    }

    /** Receives one short line per startup step (topics, schemas k/N, streams state) while {@link #start} runs. */
    public NewsStreamsApp onProgress(java.util.function.Consumer<String> listener) {
        this.progress = java.util.Objects.requireNonNull(listener);
        return this;
    }

    /**
     * Told when the app cannot go on after a successful start: the registry refused one of the per-company subjects
     * registered after the start (see {@link OutputSchemas#registeredLater()}). The caller stops the app.
     */
    public NewsStreamsApp onFailure(java.util.function.Consumer<Throwable> listener) {
        this.onFailure = java.util.Objects.requireNonNull(listener);
        return this;
    }

    /** Where the output schema ids resolved by one start are kept for the next (see OutputSchemas). */
    public static java.nio.file.Path schemaIdCacheFile(String dataDir) {
        return java.nio.file.Paths.get(dataDir, "state", "output-schema-ids.json");
    }

    /**
     * Prepares topics, knowledge base and output schemas ({@link PipelineBootstrap}; the schemas beside the rest),
     * starts Kafka Streams and returns once it is RUNNING and every output schema is resolved (or throws, stopped).
     * Per-company topics missing on a first start are made meanwhile and after (see {@link PipelineBootstrap#createPerCompanyTopics}):
     * a signal waits for its company's topic ({@link CompanyTopicRouter}), and a topic that cannot be made stops the
     * start, or, once started, the app ({@link #onFailure}).
     */
    public NewsStreamsApp start(Duration timeout) throws InterruptedException {
        return start(timeout, StartMode.LIVE);
    }

    /**
     * The start without a broker, for the build's class archive ({@link StartRehearsal}): the same sequence as
     * {@link #start(Duration)}, its steps that talk to the broker left out (the contract topics, the companies
     * topic, the per-company topics, the internal topics' gate) and Kafka Streams made but not started. The config's
     * registry is an in-memory one.
     */
    NewsStreamsApp rehearse() throws InterruptedException {
        return start(Duration.ZERO, StartMode.REHEARSAL);
    }

    /** How far {@link #start(Duration, StartMode)} goes. */
    private enum StartMode {
        /** Against a broker and registry, up to RUNNING. */
        LIVE,
        /** Without a broker: every step that needs none, Kafka Streams made but not started. */
        REHEARSAL
    }

    private NewsStreamsApp start(Duration timeout, StartMode mode) throws InterruptedException {
        boolean live = mode == StartMode.LIVE;
        if (config.getInt(StreamsAppConfig.HTTP_PORT) != -1) {
            io.newspulse.http.WebServer.warmUp(); // the HTTP library loads (about 1 s of CPU) while the steps below run
        }
        // the built-in knowledge base (41k companies, seconds to read) loads while the contract topics are checked
        CompletableFuture<CompanyKnowledgeBase> knowledgeBase = CompletableFuture.supplyAsync(
                CompanyKnowledgeBase::builtIn, Daemons.executor("knowledge-base"));
        // Its tagger (loaded from the build-time image: seconds) as soon as it is read, and the analysers' lexicons,
        // while this thread checks the topics and the companies topic: both were steps of this thread (issue 23).
        CompletableFuture<io.newspulse.tagging.Tagger> taggerAhead = knowledgeBase.thenApplyAsync(
                io.newspulse.tagging.Tagger::of, Daemons.executor("tagger-prebuild"));
        boolean analysisEnabled = config.pipelineSettings().analysisEnabled();
        CompletableFuture<Void> lexicons = CompletableFuture.runAsync(
                () -> io.newspulse.analysis.ArticleAnalyzer.of(analysisEnabled), Daemons.executor("analysis-lexicons"));
        Map<String, Object> streamsProps = config.streamsProperties();
        String bootstrap = streamsProps.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG).toString();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        PipelineBootstrap steps = new PipelineBootstrap(config, admin, progress);
        int partitions = live ? steps.ensureTopics() : steps.configuredPartitions();
        // one registry client (one connection pool, one cache) for all the app's serdes
        serdes = new EventSerdes(config.serdeProperties(),
                io.newspulse.registry.client.SchemaRegistryClients.create(config.serdeProperties()));
        // While the knowledge base is read (seconds): does the companies topic need it? A restart (topic not empty)
        // waits out any load in flight now (issue 23).
        CompaniesPublisher publisher = steps.companiesPublisher(bootstrap, serdes);
        boolean publishBuiltIn;
        try {
            publishBuiltIn = live && steps.builtInToPublish(publisher);
            if (live && !publishBuiltIn) {
                steps.awaitNoOpenLoad(publisher);
            }
        } catch (RuntimeException | InterruptedException e) {
            knowledgeBase.cancel(true);
            throw e;
        }
        // The topology and Kafka Streams need no knowledge base: the router of per-company topics expects them once it
        // is read, and they are made meanwhile (a second or more, issue 23).
        CompanyTopicRouter router = CompanyTopicRouter.of(java.util.List.of());
        this.router = router;
        CompletableFuture<CompanyKnowledgeBase> routed = knowledgeBase.thenApply(kb -> {
            router.expect(steps.perCompanyIds(kb));
            progress.accept("knowledge base loaded (" + kb.companies().size() + " companies)");
            return kb;
        });
        // Three independent steps run side by side once the knowledge base is read: the output schemas (registry), the
        // per-company topics (admin) and the built-in knowledge base (producer). Kafka Streams starts once the
        // knowledge base is there (the first articles must be tagged against all of it); the schemas may still be in
        // the making while it restores and joins its group, and start() returns only once they are done, so a
        // refused schema still stops the start. The per-company topics are made while Kafka Streams starts and runs:
        // a signal waits for its company's topic (CompanyTopicRouter), and a topic that cannot be made stops the start
        // or the app (issue 23). Missing ones are created only once the broker serves Kafka Streams' internal topics
        // (InternalTopicsGate): created before them, the broker's creation of 1,659 logs held back Kafka Streams' own
        // topics and with them its first rebalance.
        CompletableFuture<Void> streamsTopicsMade = new CompletableFuture<>();
        CompletableFuture<OutputSchemas> schemas = routed.thenApplyAsync(
                kb -> steps.prepareOutputSchemas(serdes, router), Daemons.executor("output-schemas"));
        CompletableFuture<Void> perCompanyTopics = !live ? routed.thenAccept(kb -> { })
                : routed.thenAcceptAsync(kb -> steps.createPerCompanyTopics(router, streamsTopicsMade),
                        Daemons.executor("per-company-topics"));
        provisioner = new CompanyTopicProvisioner(admin, topics, router,
                companyId -> joined(schemas).prepareCompany(companyId));
        CompanyCatalog catalog = steps.catalog(provisioner);
        CompaniesStoreProof proof = new CompaniesStoreProof(admin, topics.companies(),
                CompaniesStoreProof.file(config.getString(CommonConfig.DATA_DIR)));
        // The tagger for the knowledge base is built as soon as it is read (the built-in one's loaded from its
        // build-time image), while the topology and Kafka Streams are made and the store is restored; Kafka Streams
        // starts only once it is under way. The proof may spare the store check its read (CompaniesStoreProof).
        CompletableFuture<Void> prebuilt = routed.thenAccept(kb -> {
            proof.expect(kb);
            catalog.prebuild(kb, taggerAhead);
        });
        // The built-in knowledge base is published as soon as it is read; Kafka Streams starts (restores the companies
        // store) only once the load is committed (issue 23).
        CompletableFuture<Void> published = !publishBuiltIn ? routed.thenAccept(kb -> { })
                : routed.thenAcceptAsync(kb -> {
                    try {
                        steps.publishBuiltIn(publisher, kb);
                        steps.awaitNoOpenLoad(publisher);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while publishing the knowledge base", e);
                    }
                }, Daemons.executor("companies-publish"));
        published.whenComplete((done, failure) -> {
            if (failure != null) {
                schemas.cancel(true);
                streamsTopicsMade.cancel(false);
                perCompanyTopics.cancel(true);
            }
        });
        Topology topology = NewsTopology.build(config.pipelineSettings(), serdes, catalog, router, metrics, partitions,
                DedupChain.topic(config.getString(StreamsAppConfig.APPLICATION_ID)));
        LOG.debug("Topology:\n{}", topology.describe());
        Properties props = streamsProperties(streamsProps, config, topics, metrics);
        Set<String> internalTopics = InternalTopicsGate.internalTopics(topology,
                props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
        InternalTopicsGate gate = new InternalTopicsGate(internalTopics, () -> servedTopics(internalTopics));
        gate.opened().thenRun(() -> streamsTopicsMade.complete(null));
        if (live) {
            gate.watch(Duration.ofMillis(100));
        }
        CompletableFuture<Void> readyToStart = CompletableFuture.allOf(prebuilt, published, lexicons);
        try {
            // the query API binds its port first so that application.server can name it
            http = io.newspulse.streams.http.QueryApi.bind(config);
            if (http != null) {
                props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, http.applicationServer());
            }
            if (!live) {
                makeStreams(topology, props, new java.util.concurrent.atomic.AtomicReference<>(),
                        new java.util.concurrent.CountDownLatch(1), new java.util.concurrent.atomic.AtomicBoolean());
                joined(CompletableFuture.allOf(readyToStart, taggerAhead)); // what a start would wait for, not started
                joined(schemas);
                return this;
            }
            startStreams(topology, props, timeout, catalog, proof, readyToStart);
            gate.open(); // RUNNING: its topics exist (whether or not the broker listed them to the gate yet)
        } catch (RuntimeException | InterruptedException e) {
            gate.cancel();
            streamsTopicsMade.cancel(false);
            throw e;
        }
        try {
            joined(schemas).registeredLater().whenComplete((registered, failure) -> {
                if (failure != null) {
                    stopAfterTheStart("the schema registry refused a per-company subject", failure);
                }
            });
            if (perCompanyTopics.isCompletedExceptionally()) {
                joined(perCompanyTopics); // failed before RUNNING: the start fails
            }
            perCompanyTopics.whenComplete((made, failure) -> {
                if (failure != null) {
                    stopAfterTheStart("a per-company signal topic cannot be made", failure);
                }
            });
        } catch (RuntimeException refused) {
            close(); // a refused output schema or failed topic creation stops the start, Kafka Streams included
            throw refused;
        }
        if (http != null) {
            http.start(streams, config, serdes, metrics);
        }
        return this;
    }

    /**
     * A step that goes on after the start failed (a per-company subject refused, a per-company topic not made):
     * tells {@link #onFailure}, which stops the app. Nothing is told once the app is closing (its admin client closed
     * under the step).
     */
    private void stopAfterTheStart(String what, Throwable failure) {
        if (closing) {
            return;
        }
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        LOG.error("After the start, {}: stopping", what, cause);
        progress.accept("stopping: " + what + " (" + cause.getMessage() + ")");
        onFailure.accept(cause);
    }

    /**
     * The topics the broker lists now, of which all of {@code wanted} only once it also answers an offset request on
     * each of their partitions (their logs exist: Kafka Streams asks for its changelogs' offsets right after its
     * first assignment). The broker lists a topic before it has made its logs, and the per-company topics created in
     * that time held Kafka Streams' topics back by about two seconds.
     */
    private Set<String> servedTopics(Set<String> wanted) {
        try {
            Set<String> listed = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (!listed.containsAll(wanted)) {
                return listed;
            }
            Map<String, Integer> partitions = new java.util.HashMap<>();
            admin.describeTopics(wanted).allTopicNames().get(30, TimeUnit.SECONDS)
                    .forEach((topic, description) -> partitions.put(topic, description.partitions().size()));
            return answersOffsets(partitions) ? listed : Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot list topics: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the broker answers an offset request for every partition of these topics (name to partition count),
     * which it does once it has made the partition's log; it lists a topic, and its controller acknowledges the
     * creation, before that.
     */
    private boolean answersOffsets(Map<String, Integer> topicPartitions) throws InterruptedException {
        Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> request = new java.util.HashMap<>();
        topicPartitions.forEach((topic, count) -> {
            for (int p = 0; p < count; p++) {
                request.put(new org.apache.kafka.common.TopicPartition(topic, p), org.apache.kafka.clients.admin.OffsetSpec.latest());
            }
        });
        try {
            admin.listOffsets(request, new org.apache.kafka.clients.admin.ListOffsetsOptions().timeoutMs(2_000))
                    .all().get(30, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** The result of a start step run on its own thread; its failure is rethrown as it was thrown. */
    private static <T> T joined(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * The Kafka Streams properties of the config plus the dead-letter handlers and their topic and metrics, and the
     * instance's static group membership ({@link GroupInstanceId}).
     */
    static Properties streamsProperties(Map<String, Object> streamsProps, StreamsAppConfig config, Topics topics,
                                        PipelineMetrics metrics) {
        Properties props = new Properties();
        props.putAll(streamsProps);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(DeadLetters.CONFIG_TOPIC, topics.deadletter());
        props.put(DeadLetters.CONFIG_METRICS, metrics);
        GroupInstanceId.apply(props, config);
        return props;
    }

    /**
     * Starts Kafka Streams with a thread-replacing uncaught-exception handler and waits until it is RUNNING. When it
     * stops at once because the global companies store was left corrupted by an unfinished stop, the store's
     * directory is wiped and Kafka Streams started once more ({@link GlobalStoreRecovery}).
     */
    private void startStreams(Topology topology, Properties props, Duration timeout, CompanyCatalog catalog,
                              CompaniesStoreProof proof, CompletableFuture<Void> published) throws InterruptedException {
        Throwable failure = startStreamsOnce(topology, props, timeout, catalog, proof, published);
        if (failure != null && GlobalStoreRecovery.isCorruptedGlobalStore(failure)) {
            java.nio.file.Path global = GlobalStoreRecovery.globalStateDir(props.getProperty(StreamsConfig.STATE_DIR_CONFIG),
                    props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
            LOG.warn("The global companies store was left corrupted by a stop that did not finish closing it; wiping {} "
                    + "(it is restored from the companies topic) and starting Kafka Streams again", global);
            closeStreamsMetrics();
            streams.close(Duration.ofSeconds(30));
            GlobalStoreRecovery.wipe(global);
            failure = startStreamsOnce(topology, props, timeout, catalog, proof, published);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("Kafka Streams stopped while starting (state " + streams.state() + "): "
                    + failure.getMessage(), failure);
        }
    }

    /**
     * One start; null once RUNNING, the uncaught exception when Kafka Streams stopped before. Once the global store is
     * restored, the catalogue compares it with the tagger built ahead while the stream threads join their group (no
     * read when {@code proof} shows the store unchanged since a start that read it).
     * Kafka Streams is made at once and started once {@code published} completes (its failure stops the start).
     */
    private Throwable startStreamsOnce(Topology topology, Properties props, Duration timeout, CompanyCatalog catalog,
                                       CompaniesStoreProof proof, CompletableFuture<Void> published) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Throwable> died = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch settled = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean reachedRunning = new java.util.concurrent.atomic.AtomicBoolean();
        makeStreams(topology, props, died, settled, reachedRunning);
        try {
            joined(published);
        } catch (RuntimeException e) {
            closeStreamsMetrics();
            streams.close(Duration.ofSeconds(30));
            streams = null;
            throw e;
        }
        proof.beforeRestore();
        try {
            streams.start(); // waits for the global thread to initialise its store, and throws what stopped it
        } catch (RuntimeException e) {
            return e;
        }
        KafkaStreams started = streams;
        catalog.checkAhead(() -> started.store(org.apache.kafka.streams.StoreQueryParameters.fromNameAndType(
                io.newspulse.streams.StoreNames.COMPANIES, org.apache.kafka.streams.state.QueryableStoreTypes.keyValueStore())),
                proof);
        if (!settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Kafka Streams did not reach RUNNING within " + timeout + " (state "
                    + streams.state() + ")");
        }
        // RUNNING was reached: a follow-up rebalance right after it (common on a first start) is no failure
        if (reachedRunning.get() && streams.state().isRunningOrRebalancing()) {
            return null;
        }
        Throwable failure = died.get();
        return failure != null ? failure : new IllegalStateException("Kafka Streams is " + streams.state());
    }

    /**
     * Makes Kafka Streams (not started) with a thread-replacing uncaught-exception handler that records the first
     * failure in {@code died}, a state listener that reports each state and counts {@code settled} down at RUNNING or
     * at a stop, the global store's restore log and Kafka Streams' metrics in the registry.
     */
    private void makeStreams(Topology topology, Properties props, java.util.concurrent.atomic.AtomicReference<Throwable> died,
                             java.util.concurrent.CountDownLatch settled, java.util.concurrent.atomic.AtomicBoolean reachedRunning) {
        streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread died; replacing it", e);
            died.compareAndSet(null, e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((newState, oldState) -> {
            LOG.info("Kafka Streams {} -> {}", oldState, newState);
            progress.accept("Kafka Streams " + newState);
            if (newState == KafkaStreams.State.RUNNING) {
                reachedRunning.set(true);
            }
            if (newState == KafkaStreams.State.RUNNING || !newState.isRunningOrRebalancing()) {
                settled.countDown();
            }
        });
        streams.setGlobalStateRestoreListener(new RestoreLog(metrics));
        closeStreamsMetrics();
        streamsMetrics = new io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics.registry());
    }

    /** How many companies the last start routes to a topic of their own (made or still to be made). */
    int routedCompanies() {
        return router == null ? 0 : router.companies().size();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** URL of the query API and dashboard, or null when {@code http.port} is -1. */
    public String httpUrl() {
        return http == null ? null : http.url();
    }

    public EventSerdes serdes() {
        return serdes;
    }

    @Override
    public void close() {
        closing = true;
        if (http != null) {
            http.close();
            http = null;
        }
        // Before Kafka Streams: the binder's thread reads store gauges, and a read of a transactional RocksDB store
        // while Kafka Streams closes it crashed the JVM (SIGSEGV in the JNI code, seen at the close of a 400k replay).
        closeStreamsMetrics();
        if (streams != null) {
            // Leave the consumer group on a deliberate stop: Kafka Streams stays in it by default, so a restart
            // waited for the old member's session to expire (45 s of REBALANCING, issue 23).
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
            streams = null;
        }
        if (provisioner != null) {
            provisioner.close();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }

    private void closeStreamsMetrics() {
        if (streamsMetrics != null) {
            streamsMetrics.close();
            streamsMetrics = null;
        }
    }
}
