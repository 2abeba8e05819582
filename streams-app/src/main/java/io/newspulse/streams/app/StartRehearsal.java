package io.newspulse.streams.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.NewsTopology;
import io.newspulse.streams.companies.CompaniesPublisher;
import io.newspulse.streams.companies.CompanyTopicProvisioner;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.dedup.DedupChain;
import io.newspulse.streams.http.QueryApi;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.serde.OutputSchemas;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start of {@link NewsStreamsApp} without a broker or a registry, for the class archive made at build time (issue
 * 23): the app module's package phase runs {@code newspulse stream --rehearse-start} with
 * {@code -XX:DumpLoadedClassList} and archives the classes it loaded, so that the first start of a newly built jar
 * maps them instead of loading and verifying them from the jar. It goes the start's way as far as it can offline:
 * the built-in knowledge base, its tagger and the analysers' lexicons; the output schemas against an in-memory
 * registry ({@code mock://}), and an HTTP registry client made but not used; the topology; Kafka Streams and its
 * clients made but not started (their bootstrap address is one nothing listens on, so they never connect); the query
 * API bound to a free loopback port. Everything is closed again and the rehearsal's data directory deleted. Nothing
 * of it is kept but the list of classes.
 */
public final class StartRehearsal {
    private static final Logger LOG = LoggerFactory.getLogger(StartRehearsal.class);
    /** A loopback port nothing serves (TCP "discard"): the clients are made, and never reach a broker. */
    private static final String NO_BROKER = "127.0.0.1:9";

    private StartRehearsal() {
    }

    /**
     * Runs the rehearsal with the given settings (the stream command's; its connection is replaced, and its data
     * directory holds a new directory of the rehearsal's, deleted at the end) and returns the number of per-company
     * topics it routed.
     */
    public static int run(Map<String, Object> settings) throws Exception {
        Path parent = Path.of(String.valueOf(settings.getOrDefault(CommonConfig.DATA_DIR, ".newspulse")));
        Files.createDirectories(parent);
        Path dataDir = Files.createTempDirectory(parent, "start-rehearsal");
        try {
            Map<String, Object> props = new HashMap<>(settings);
            props.put(CommonConfig.BOOTSTRAP_SERVERS, NO_BROKER);
            props.put(CommonConfig.SCHEMA_REGISTRY_URL, "mock://newspulse-start-rehearsal");
            props.put(CommonConfig.DATA_DIR, dataDir.toString());
            props.put(StreamsAppConfig.HTTP_HOST, "127.0.0.1");
            props.put(StreamsAppConfig.HTTP_PORT, 0);
            return rehearse(new StreamsAppConfig(props));
        } finally {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int rehearse(StreamsAppConfig config) throws Exception {
        PipelineMetrics metrics = new PipelineMetrics(new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT));
        Topics topics = CommonConfig.topics(config);
        CompletableFuture<Void> lexicons = CompletableFuture.runAsync(
                () -> io.newspulse.analysis.ArticleAnalyzer.of(config.pipelineSettings().analysisEnabled()));
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        CompletableFuture<Tagger> tagger = CompletableFuture.completedFuture(Tagger.of(kb));
        Map<String, Object> streamsProps = config.streamsProperties();
        int routed;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, NO_BROKER))) {
            PipelineBootstrap steps = new PipelineBootstrap(config, admin, step -> { });
            EventSerdes serdes = new EventSerdes(config.serdeProperties(),
                    io.newspulse.registry.client.SchemaRegistryClients.create(config.serdeProperties()));
            // the start's registry client over HTTP (its JDK HTTP client sets up TLS: a few hundred classes), unused
            try (var registry = io.newspulse.registry.client.SchemaRegistryClients.create(
                    Map.of(io.newspulse.registry.client.ClientConfig.URL, "http://" + NO_BROKER))) {
                LOG.debug("rehearsal: registry client {}", registry);
            }
            CompaniesPublisher publisher = steps.companiesPublisher(NO_BROKER, serdes);
            LOG.debug("rehearsal: publisher of {}", publisher);
            CompanyTopicRouter router = steps.perCompanyRouter(kb);
            routed = router.companies().size();
            OutputSchemas schemas = steps.prepareOutputSchemas(serdes, router);
            CompanyCatalog catalog;
            try (CompanyTopicProvisioner provisioner = new CompanyTopicProvisioner(admin, topics, router,
                    schemas::prepareCompany)) {
                catalog = steps.catalog(provisioner);
                catalog.prebuild(kb, tagger);
                int partitions = topics.all().stream().filter(t -> t.name().equals(topics.articles())).findFirst()
                        .orElseThrow().partitions();
                Topology topology = NewsTopology.build(config.pipelineSettings(), serdes, catalog, router, metrics,
                        partitions, DedupChain.topic(config.getString(StreamsAppConfig.APPLICATION_ID)));
                java.util.Properties props = NewsStreamsApp.streamsProperties(streamsProps, config, topics, metrics);
                InternalTopicsGate.internalTopics(topology, props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
                try (QueryApi http = QueryApi.bind(config)) {
                    props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, http.applicationServer());
                    KafkaStreams streams = new KafkaStreams(topology, props);
                    try (var streamsMetrics = new io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics(streams)) {
                        streamsMetrics.bindTo(metrics.registry());
                    } finally {
                        streams.close(Duration.ofSeconds(10));
                    }
                }
            }
        }
        lexicons.join();
        return routed;
    }
}
