package io.newspulse.streams.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.javalin.http.Context;
import io.newspulse.streams.query.AlertFeed;
import io.newspulse.streams.query.ClusterQueries;
import io.newspulse.streams.query.PeerClient;
import io.newspulse.streams.query.QueryException;
import io.newspulse.streams.query.StatsView;

/** The JSON endpoints under {@code /api/} (except the event stream); the routes are declared in {@link QueryApi}. */
final class ApiHandler {
    /** Header naming the instance that computed the answer ({@code host:port}, "*" when merged from all). */
    static final String SERVED_BY = "X-Newspulse-Served-By";
    private static final Duration DEFAULT_RANGE = Duration.ofHours(24);

    private final ClusterQueries queries;
    private final AlertFeed alerts;
    private final StatsSource stats;

    /** This instance's counters, for {@code /api/stats}. */
    interface StatsSource {
        StatsView stats();
    }

    ApiHandler(ClusterQueries queries, AlertFeed alerts, StatsSource stats) {
        this.queries = queries;
        this.alerts = alerts;
        this.stats = stats;
    }

    /** {@code /api/companies/{id}/signals?window=&from=&to=} */
    void signals(Context ctx) {
        QueryParams params = new QueryParams(ctx.queryParamMap());
        Instant to = params.instant("to", now(params));
        Instant from = params.instant("from", to.minus(DEFAULT_RANGE));
        if (from.isAfter(to)) {
            throw QueryException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        answer(ctx, queries.series(ctx.pathParam("id"), params.get("window", defaultWindow()), from, to, internal(ctx),
                pathAndQuery(ctx)));
    }

    void companies(Context ctx) {
        answer(ctx, queries.companies(now(new QueryParams(ctx.queryParamMap())), internal(ctx)));
    }

    void top(Context ctx) {
        QueryParams params = new QueryParams(ctx.queryParamMap());
        answer(ctx, queries.top(params.get("window", defaultWindow()), now(params), params.intValue("limit", 20, 1, 500),
                linked(params.get("linked")), internal(ctx)));
    }

    void articles(Context ctx) {
        QueryParams params = new QueryParams(ctx.queryParamMap());
        answer(ctx, queries.articles(params.get("company"), params.intValue("limit", 30, 1, 500), internal(ctx),
                pathAndQuery(ctx)));
    }

    void alerts(Context ctx) {
        QueryParams params = new QueryParams(ctx.queryParamMap());
        answer(ctx, new ClusterQueries.Answer(
                alerts.recent(params.intValue("limit", 50, 1, AlertFeed.CAPACITY), params.get("company")), "local"));
    }

    void stats(Context ctx) {
        answer(ctx, new ClusterQueries.Answer(stats.stats(), "local"));
    }

    void config(Context ctx) {
        answer(ctx, new ClusterQueries.Answer(Map.of("windows", queries.local().windowLabels()), "local"));
    }

    private static void answer(Context ctx, ClusterQueries.Answer answer) {
        ctx.header(SERVED_BY, answer.servedBy());
        Exchanges.json(ctx, 200, answer.body());
    }

    private static Instant now(QueryParams params) {
        return params.instant("at", Instant.now());
    }

    /** A request forwarded by another instance (answered from this instance's stores only). */
    private static boolean internal(Context ctx) {
        return ctx.header(PeerClient.INTERNAL_HEADER) != null;
    }

    /** The raw path and query, as a peer is asked for it. */
    private static String pathAndQuery(Context ctx) {
        String query = ctx.queryString();
        return query == null ? ctx.path() : ctx.path() + "?" + query;
    }

    private String defaultWindow() {
        return queries.local().windowLabels().get(0);
    }

    /** The {@code linked} filter of /api/top: true, false, or absent for all. */
    private static Boolean linked(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw QueryException.badRequest("linked must be true or false, not '" + value + "'");
        };
    }
}
