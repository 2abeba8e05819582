package io.newspulse.streams.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start of {@link NewsStreamsApp} without a broker or a registry, for the class archive made at build time (issue
 * 23): the app module's package phase runs {@code newspulse stream --rehearse-start} with
 * {@code -XX:DumpLoadedClassList} and archives the classes it loaded, so that the first start of a newly built jar
 * maps them instead of loading and verifying them from the jar. It runs the start itself ({@link
 * NewsStreamsApp#rehearse()}: one start sequence for both, so they cannot drift) as far as it goes offline: the
 * built-in knowledge base, its tagger and the analysers' lexicons; the output schemas against an in-memory registry
 * ({@code mock://}), and an HTTP registry client made but not used; the topology; Kafka Streams and its clients made
 * but not started (their bootstrap address is one nothing listens on, so they never connect); the query API bound to
 * a free loopback port. Everything is closed again and the rehearsal's data directory deleted. Nothing of it is kept
 * but the list of classes.
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

    /**
     * {@link NewsStreamsApp#rehearse()}: the app's own start sequence without the broker's steps, so that the two
     * cannot drift apart; and the start's registry client over HTTP (its JDK HTTP client sets up TLS: a few hundred
     * classes), made but unused, since the rehearsal's registry is an in-memory one.
     */
    private static int rehearse(StreamsAppConfig config) throws Exception {
        PipelineMetrics metrics = new PipelineMetrics(new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT));
        try (var registry = io.newspulse.registry.client.SchemaRegistryClients.create(
                Map.of(io.newspulse.registry.client.ClientConfig.URL, "http://" + NO_BROKER))) {
            LOG.debug("rehearsal: registry client {}", registry);
        }
        try (NewsStreamsApp app = new NewsStreamsApp(config, metrics)) {
            return app.rehearse().routedCompanies();
        }
    }
}
