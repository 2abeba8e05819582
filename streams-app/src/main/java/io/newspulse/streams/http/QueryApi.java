package io.newspulse.streams.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.newspulse.http.WebServer;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.query.AlertFeed;
import io.newspulse.streams.query.ClusterQueries;
import io.newspulse.streams.query.InstanceRouter;
import io.newspulse.streams.query.LocalQueries;
import io.newspulse.streams.query.PeerClient;
import io.newspulse.streams.query.QueryException;
import io.newspulse.streams.query.StatsView;
import io.newspulse.streams.serde.EventSerdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query API and dashboard of one instance on the shared HTTP layer ({@link WebServer}). {@link #bind} listens
 * first (so that {@code application.server} can name the port before Kafka Streams is created) and serves
 * {@code /health} and the dashboard's files at once; the endpoints that need the streams answer 503 until
 * {@link #start} hands them over; {@link #close} stops everything. Only GET and HEAD are served (405 otherwise).
 */
public final class QueryApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryApi.class);
    /** Workers: every open {@code /api/stream} holds one, plus room for the ordinary requests. */
    private static final int THREADS = LiveFeed.MAX_SUBSCRIBERS + 16;

    private final StaticHandler pages = new StaticHandler();
    private WebServer server;
    private HostInfo advertised;
    private volatile Started started;
    private AlertFeed alerts;
    private LiveFeed live;

    /** What {@link #start} provides: the handlers that read the streams' stores. */
    private record Started(ApiHandler api, OpsHandler ops, SseHandler stream) {
    }

    private QueryApi() {
    }

    /** Listens on {@code http.host}:{@code http.port} (0 = a free port); null when {@code http.port} is -1. */
    public static QueryApi bind(StreamsAppConfig config) {
        int port = config.getInt(StreamsAppConfig.HTTP_PORT);
        if (port < 0) {
            return null;
        }
        String host = config.getString(StreamsAppConfig.HTTP_HOST);
        QueryApi api = new QueryApi();
        api.server = WebServer.builder("newspulse")
                .host(host)
                .port(port)
                .threads(THREADS)
                .errors(Exchanges.errors())
                .routes(api::routes)
                .start();
        String name = host;
        if (host.equals("0.0.0.0") || host.equals("::")) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                api.server.close();
                throw new IllegalStateException("cannot name this host for application.server: " + e.getMessage(), e);
            }
        }
        api.advertised = new HostInfo(name, api.server.port());
        return api;
    }

    private void routes(RoutesConfig r) {
        r.before(ctx -> {
            if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
                throw new QueryException(405, "method " + ctx.method().name() + " is not allowed; use GET");
            }
        });
        r.exception(QueryException.class, (e, ctx) -> Exchanges.error(ctx, e.status(), e.getMessage()));
        r.get("/api/companies", ctx -> started().api().companies(ctx));
        r.get("/api/companies/{id}/signals", ctx -> started().api().signals(ctx));
        r.get("/api/top", ctx -> started().api().top(ctx));
        r.get("/api/articles", ctx -> started().api().articles(ctx));
        r.get("/api/alerts", ctx -> started().api().alerts(ctx));
        r.get("/api/stats", ctx -> started().api().stats(ctx));
        r.get("/api/config", ctx -> started().api().config(ctx));
        r.get("/api/stream", ctx -> started().stream().stream(ctx));
        r.get("/health", OpsHandler::health);
        r.get("/ready", ctx -> started().ops().ready(ctx));
        r.get("/metrics", ctx -> started().ops().metrics(ctx));
        r.get("/", pages::index);
        r.get("/index.html", pages::index);
        r.get("/openapi.json", pages::openApi);
        r.get("/assets/{file}", pages::asset);
    }

    private Started started() {
        Started s = started;
        if (s == null) {
            throw QueryException.unavailable("starting: Kafka Streams is not running yet");
        }
        return s;
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
        ClusterQueries queries = new ClusterQueries(local, new InstanceRouter(streams, advertised), new PeerClient(), config.queryRetry());
        alerts = new AlertFeed(String.join(",", config.getList(CommonConfig.BOOTSTRAP_SERVERS)), topics.alerts(),
                serdes.alerts().deserializer()).start();
        ApiHandler.StatsSource stats = () -> StatsView.of(applicationServer(), streams.state().name(), metrics);
        live = new LiveFeed(queries, alerts, stats);
        started = new Started(new ApiHandler(queries, alerts, stats), new OpsHandler(streams, metrics.registry()),
                new SseHandler(live));
        LOG.info("Query API and dashboard on {}", url());
        return this;
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
        server.close();
        if (alerts != null) {
            alerts.close();
        }
    }
}
