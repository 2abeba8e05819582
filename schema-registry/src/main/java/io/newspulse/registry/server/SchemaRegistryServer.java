package io.newspulse.registry.server;

import io.newspulse.http.WebServer;
import io.newspulse.registry.election.FixedLeader;
import io.newspulse.registry.election.KafkaLeaderElection;
import io.newspulse.registry.election.LeaderElection;
import io.newspulse.registry.election.LeaderView;
import io.newspulse.registry.service.SchemaRegistryService;
import io.newspulse.registry.store.KafkaSchemaStore;
import io.newspulse.registry.store.SchemaStore;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Confluent-compatible Schema Registry (AVRO) serving the REST API on the shared HTTP layer ({@link WebServer}), storing its
 * state in a compacted Kafka topic. {@link #start()} blocks until the store has caught up and the port listens.
 * Several instances may share the topic: a {@link LeaderElection} picks the one that writes, the others forward writes
 * to it and serve reads themselves.
 */
public final class SchemaRegistryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);

    private final SchemaRegistryConfig config;
    private final SchemaStore store;
    private final LeaderElection election;
    private WebServer http;
    private String url;

    public SchemaRegistryServer(SchemaRegistryConfig config) {
        this(config, kafkaStore(config));
    }

    private SchemaRegistryServer(SchemaRegistryConfig config, KafkaSchemaStore store) {
        this(config, store, config.getBoolean(SchemaRegistryConfig.LEADER_ELECTION_ENABLED)
                ? new KafkaLeaderElection(config.storeClientProperties(), config.groupId(),
                        config.getString(SchemaRegistryConfig.KAFKASTORE_TOPIC),
                        config.getBoolean(SchemaRegistryConfig.LEADER_ELIGIBILITY), store,
                        config.getInt(SchemaRegistryConfig.KAFKASTORE_TIMEOUT_MS))
                : FixedLeader.self());
    }

    private static KafkaSchemaStore kafkaStore(SchemaRegistryConfig config) {
        boolean elected = config.getBoolean(SchemaRegistryConfig.LEADER_ELECTION_ENABLED);
        return new KafkaSchemaStore(config.storeClientProperties(),
                config.getString(SchemaRegistryConfig.KAFKASTORE_TOPIC),
                config.getShort(SchemaRegistryConfig.KAFKASTORE_TOPIC_REPLICATION_FACTOR),
                config.getInt(SchemaRegistryConfig.KAFKASTORE_TIMEOUT_MS),
                elected ? config.groupId() + "-writer" : null);
    }

    /**
     * Starts loading the HTTP layer in the background (once per JVM), for a caller that has something else to wait
     * for before {@link #start()}, such as the embedded broker of the local stack.
     */
    public static void warmUp() {
        WebServer.warmUp();
    }

    /** Runs over any store (tests use the in-memory one) as its only writer. */
    public SchemaRegistryServer(SchemaRegistryConfig config, SchemaStore store) {
        this(config, store, FixedLeader.self());
    }

    /** Runs over any store with the given election (which this server starts and closes). */
    public SchemaRegistryServer(SchemaRegistryConfig config, SchemaStore store, LeaderElection election) {
        this.config = config;
        this.store = store;
        this.election = election;
    }

    /**
     * Loads the store and starts listening; returns once both are done. The two run side by side (the HTTP layer's
     * start-up is mostly class loading, the store's catch-up mostly waiting on Kafka); a request that arrives before
     * the store has caught up waits for it.
     */
    public synchronized void start() {
        if (http != null) {
            throw new IllegalStateException("already started");
        }
        URI listener = listener();
        CompletableFuture<Void> loaded = CompletableFuture.runAsync(store::start, r -> {
            Thread t = new Thread(r, "schema-registry-store-start");
            t.setDaemon(true);
            t.start();
        });
        SchemaRegistryService service = new SchemaRegistryService(store, config.compatibilityLevel());
        Password userInfo = config.getPassword(SchemaRegistryConfig.BASIC_AUTH_USER_INFO);
        int maxRequestBytes = config.getInt(SchemaRegistryConfig.MAX_REQUEST_BYTES);
        Duration timeout = Duration.ofMillis(config.getInt(SchemaRegistryConfig.KAFKASTORE_TIMEOUT_MS));
        RegistryRoutes endpoints = new RegistryRoutes(service,
                new WriteRouter(election, new LeaderForwarder(timeout), store::catchUp, timeout));
        try {
            http = WebServer.builder("schema-registry")
                    .host(listener.getHost())
                    .port(Math.max(listener.getPort(), 0))
                    .threads(config.getInt(SchemaRegistryConfig.HTTP_THREADS))
                    .maxRequestBytes(maxRequestBytes)
                    .errors(RegistryHttp.errors(maxRequestBytes))
                    .routes(routes -> RegistryHttp.routes(routes, loaded, endpoints,
                            userInfo == null ? null : userInfo.value()))
                    .start();
            loaded.join();
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
                http = null;
            }
            loaded.exceptionally(x -> null).join();
            store.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        String host = config.getString(SchemaRegistryConfig.HOST_NAME);
        String advertised = host == null || host.isBlank() ? listener.getHost() : host;
        if (host == null || host.isBlank()) {
            host = isWildcard(listener.getHost()) ? "127.0.0.1" : listener.getHost();
        }
        url = "http://" + host + ":" + http.port();
        election.start(advertisedUrl(advertised, http.port())); // in the background: writes wait for it, reads do not
        LOG.info("Schema registry listening on {}", url);
    }

    /**
     * The URL the other instances forward writes to: {@code host.name} unless it is a wildcard; for a wildcard
     * listener ({@code --host 0.0.0.0} in a container) this machine's address, reachable from its peers, rather than
     * the loopback address {@link #url()} uses.
     */
    private static String advertisedUrl(String host, int port) {
        if (!isWildcard(host)) {
            return "http://" + host + ":" + port;
        }
        String address;
        try {
            address = InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            LOG.warn("Cannot resolve this machine's address; advertising 127.0.0.1 to other registry instances");
            address = "127.0.0.1";
        }
        return "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }

    private static boolean isWildcard(String host) {
        return "0.0.0.0".equals(host) || "::".equals(host) || "[::]".equals(host);
    }

    private URI listener() {
        String value = config.getString(SchemaRegistryConfig.LISTENERS).split(",")[0].trim();
        URI uri = URI.create(value);
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new ConfigException(SchemaRegistryConfig.LISTENERS, value, "expected http://host:port");
        }
        return uri;
    }

    /** Base URL with the actually bound port, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        if (url == null) {
            throw new IllegalStateException("not started");
        }
        return url;
    }

    /** This instance's view of the election: leader, follower of a URL, or no leader known yet. */
    public LeaderView leader() {
        return election.view();
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
            http = null;
        }
        election.close(); // leaves the group, so another instance takes over at once
        store.close();
    }
}
