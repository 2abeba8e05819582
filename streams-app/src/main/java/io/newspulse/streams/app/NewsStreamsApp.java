package io.newspulse.streams.app;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.TopicBootstrapper;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.NewsTopology;
import io.newspulse.streams.companies.CompaniesPublisher;
import io.newspulse.streams.companies.CompanyTopicProvisioner;
import io.newspulse.streams.config.CompaniesBootstrap;
import io.newspulse.streams.config.PerCompanyTopics;
import io.newspulse.streams.config.StreamsAppConfig;
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
    private KafkaStreams streams;
    private EventSerdes serdes;
    /** Startup steps for a human (the CLI prints them to stderr); never null. */
    private java.util.function.Consumer<String> progress = step -> { };
    /** Query API and dashboard (issue 9); null when http.port is -1. */
    private io.newspulse.streams.http.QueryApi http;

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

    /** Where the output schema ids resolved by one start are kept for the next (see OutputSchemas). */
    public static java.nio.file.Path schemaIdCacheFile(String dataDir) {
        return java.nio.file.Paths.get(dataDir, "state", "output-schema-ids.json");
    }

    /** Prepares topics and starts the streams; returns once Kafka Streams is RUNNING (or throws). */
    public NewsStreamsApp start(Duration timeout) throws InterruptedException {
        Map<String, Object> streamsProps = config.streamsProperties();
        String bootstrap = streamsProps.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG).toString();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        TopicBootstrapper bootstrapper = new TopicBootstrapper(admin, 60_000);
        bootstrapper.ensure(topics.all());
        int partitions = partitionsOf(topics.articles());
        // one registry client (one connection pool, one cache) for all the app's serdes
        serdes = new EventSerdes(config.serdeProperties(),
                io.newspulse.registry.client.SchemaRegistryClients.create(config.serdeProperties()));

        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        CompaniesPublisher publisher = new CompaniesPublisher(bootstrap, topics.companies(), serdes.companies());
        if (config.companiesBootstrap() == CompaniesBootstrap.BUILTIN && publisher.topicIsEmpty()) {
            int n = publisher.publish(kb.companies());
            LOG.info("Companies topic was empty: published the built-in knowledge base ({} companies)", n);
        }
        // The global store restores up to the read_committed end: wait out a load another instance (or `companies load`)
        // has in flight, or the first articles would be tagged against a knowledge base that is still arriving.
        if (!publisher.awaitNoOpenLoad(Duration.ofSeconds(60))) {
            LOG.warn("A load of {} is still open after 60 s; starting anyway (its companies are picked up when it commits)", topics.companies());
        }
        CompanyTopicRouter router = perCompanyTopics(bootstrapper, kb);
        progress.accept("topics ready (" + router.companies().size() + " per-company signal topics)");
        OutputSchemas outputSchemas = new OutputSchemas(serdes, topics, schemaIdCacheFile(config.getString(CommonConfig.DATA_DIR)));
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
        provisioner = new CompanyTopicProvisioner(admin, topics, router, outputSchemas::prepareCompany);
        PerCompanyTopics mode = config.perCompanyTopics();
        CompanyCatalog catalog = new CompanyCatalog(company -> {
            // a company added at runtime (companies load) gets its topic when every company has one, or every curated one
            if (mode == PerCompanyTopics.ALL || (mode == PerCompanyTopics.CURATED && company.getCurated())) {
                provisioner.onCompany(company);
            }
        });

        Topology topology = NewsTopology.build(config.pipelineSettings(), serdes, catalog, router, metrics, partitions);
        LOG.debug("Topology:\n{}", topology.describe());
        Properties props = new Properties();
        props.putAll(streamsProps);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(DeadLetters.CONFIG_TOPIC, topics.deadletter());
        props.put(DeadLetters.CONFIG_METRICS, metrics);
        // --- query API: bind the port first so application.server can name it ---
        http = io.newspulse.streams.http.QueryApi.bind(config);
        if (http != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, http.applicationServer());
        }
        // ---
        streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread died; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        streams.setStateListener((newState, oldState) -> {
            LOG.info("Kafka Streams {} -> {}", oldState, newState);
            progress.accept("Kafka Streams " + newState);
            if (newState == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        new io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics(streams).bindTo(metrics.registry());
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Kafka Streams did not reach RUNNING within " + timeout + " (state " + streams.state() + ")");
        }
        if (http != null) {
            http.start(streams, config, serdes, metrics);
        }
        return this;
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

    private CompanyTopicRouter perCompanyTopics(TopicBootstrapper bootstrapper, CompanyKnowledgeBase kb) {
        Collection<String> ids = switch (config.perCompanyTopics()) {
            case CURATED -> kb.companies().stream().filter(c -> c.getCurated()).map(c -> c.getId()).filter(Topics::isLegalCompanyId).toList();
            case ALL -> kb.companies().stream().map(c -> c.getId()).filter(Topics::isLegalCompanyId).toList();
            case WATCHLIST -> config.getList(StreamsAppConfig.WATCHLIST);
            case NONE -> List.of();
        };
        if (!ids.isEmpty()) {
            var result = bootstrapper.ensure(topics.companySignalTopics(ids));
            LOG.info("Per-company signal topics: {} created, {} already there", result.created().size(), result.existing().size());
        }
        return CompanyTopicRouter.of(ids);
    }

    private int partitionsOf(String topic) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS).get(topic).partitions().size();
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (http != null) {
            http.close();
            http = null;
        }
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
            streams = null;
        }
        if (provisioner != null) {
            provisioner.close();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
