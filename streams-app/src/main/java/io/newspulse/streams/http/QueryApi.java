package io.newspulse.streams.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.query.AlertFeed;
import io.newspulse.streams.query.ClusterQueries;
import io.newspulse.streams.query.InstanceRouter;
import io.newspulse.streams.query.LocalQueries;
import io.newspulse.streams.query.PeerClient;
import io.newspulse.streams.query.StatsView;
import io.newspulse.streams.serde.EventSerdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query API and dashboard of one instance on the JDK HTTP server. {@link #bind} takes the port first (so that
 * {@code application.server} can name it before Kafka Streams is created), {@link #start} serves once the
 * streams run, {@link #close} stops everything.
 */
public final class QueryApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryApi.class);

    private final HttpServer server;
    private final HostInfo advertised;
    private ExecutorService executor;
    private AlertFeed alerts;
    private LiveFeed live;

    private QueryApi(HttpServer server, HostInfo advertised) {
        this.server = server;
        this.advertised = advertised;
    }

    /** Binds {@code http.host}:{@code http.port} (0 = a free port); null when {@code http.port} is -1. */
    public static QueryApi bind(StreamsAppConfig config) {
        int port = config.getInt(StreamsAppConfig.HTTP_PORT);
        if (port < 0) {
            return null;
        }
        String host = config.getString(StreamsAppConfig.HTTP_HOST);
        try {
            HttpServer server = io.newspulse.core.http.JdkHttpServers.create(new InetSocketAddress(host, port), 64);
            String name = host;
            if (host.equals("0.0.0.0") || host.equals("::")) {
                name = InetAddress.getLocalHost().getHostName();
            }
            return new QueryApi(server, new HostInfo(name, server.getAddress().getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The {@code application.server} value of this instance ({@code host:port}). */
    public String applicationServer() {
        return advertised.host() + ":" + advertised.port();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        return "http://" + applicationServer();
    }

    /** Starts serving the stores of {@code streams}. */
    public QueryApi start(KafkaStreams streams, StreamsAppConfig config, EventSerdes serdes, PipelineMetrics metrics) {
        Topics topics = CommonConfig.topics(config);
        LocalQueries local = new LocalQueries(streams, config.windows(), config.getInt(StreamsAppConfig.SPIKE_MIN_WINDOWS));
        ClusterQueries queries = new ClusterQueries(local, new InstanceRouter(streams, advertised), new PeerClient());
        alerts = new AlertFeed(String.join(",", config.getList(CommonConfig.BOOTSTRAP_SERVERS)), topics.alerts(),
                serdes.alerts().deserializer()).start();
        ApiHandler.StatsSource stats = () -> StatsView.of(applicationServer(), streams.state().name(), metrics);
        live = new LiveFeed(queries, alerts, stats);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newspulse-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/api/stream", new SseHandler(live));
        server.createContext("/api/", new ApiHandler(queries, alerts, stats));
        OpsHandler ops = new OpsHandler(streams, metrics.registry());
        server.createContext("/health", ops);
        server.createContext("/ready", ops);
        server.createContext("/metrics", ops);
        server.createContext("/", new StaticHandler());
        server.start();
        LOG.info("Query API and dashboard on {}", url());
        return this;
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
        try {
            server.stop(0);
        } catch (RuntimeException e) {
            LOG.debug("stopping the HTTP server: {}", e.toString());
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (alerts != null) {
            alerts.close();
        }
    }
}
