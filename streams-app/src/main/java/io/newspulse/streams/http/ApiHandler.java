package io.newspulse.streams.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newspulse.streams.query.AlertFeed;
import io.newspulse.streams.query.ClusterQueries;
import io.newspulse.streams.query.PeerClient;
import io.newspulse.streams.query.QueryException;
import io.newspulse.streams.query.StatsView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON endpoints under {@code /api/} (except the event stream). */
final class ApiHandler implements HttpHandler {
    /** Header naming the instance that computed the answer ({@code host:port}, "*" when merged from all). */
    static final String SERVED_BY = "X-Newspulse-Served-By";
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final Pattern SIGNALS = Pattern.compile("^/api/companies/([^/]+)/signals/?$");
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

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (!Exchanges.readOnly(ex)) {
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            String pathAndQuery = ex.getRequestURI().getRawQuery() == null ? path : path + "?" + ex.getRequestURI().getRawQuery();
            QueryParams params = new QueryParams(ex.getRequestURI().getRawQuery());
            boolean internal = ex.getRequestHeaders().containsKey(PeerClient.INTERNAL_HEADER);
            Instant now = params.instant("at", Instant.now());
            Matcher signals = SIGNALS.matcher(path);
            ClusterQueries.Answer answer;
            if (signals.matches()) {
                String company = java.net.URLDecoder.decode(signals.group(1), java.nio.charset.StandardCharsets.UTF_8);
                Instant to = params.instant("to", now);
                Instant from = params.instant("from", to.minus(DEFAULT_RANGE));
                if (from.isAfter(to)) {
                    throw QueryException.badRequest("from (" + from + ") is after to (" + to + ")");
                }
                answer = queries.series(company, params.get("window", defaultWindow()), from, to, internal, pathAndQuery);
            } else {
                answer = switch (trimSlash(path)) {
                    case "/api/companies" -> queries.companies(now, internal);
                    case "/api/top" -> queries.top(params.get("window", defaultWindow()), now, params.intValue("limit", 20, 1, 500),
                            linked(params.get("linked")), internal);
                    case "/api/articles" -> queries.articles(params.get("company"), params.intValue("limit", 30, 1, 500), internal, pathAndQuery);
                    case "/api/alerts" -> new ClusterQueries.Answer(
                            alerts.recent(params.intValue("limit", 50, 1, AlertFeed.CAPACITY), params.get("company")), "local");
                    case "/api/stats" -> new ClusterQueries.Answer(stats.stats(), "local");
                    case "/api/config" -> new ClusterQueries.Answer(java.util.Map.of("windows", queries.local().windowLabels()), "local");
                    default -> throw QueryException.notFound("no such endpoint: " + path + " (see /openapi.json)");
                };
            }
            ex.getResponseHeaders().set(SERVED_BY, answer.servedBy());
            Exchanges.json(ex, 200, answer.body());
        } catch (QueryException e) {
            Exchanges.error(ex, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
            Exchanges.error(ex, 500, "internal error: " + e.getClass().getSimpleName());
        }
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

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
