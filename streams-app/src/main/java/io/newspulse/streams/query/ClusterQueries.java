package io.newspulse.streams.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspulse.avro.Company;
import io.newspulse.core.json.Json;
import io.newspulse.streams.StoreNames;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries of the API over every instance: per-company queries run on the instance active for the company's
 * partition (forwarded there when it is another one), or on an instance with a standby replica of it when the
 * active one cannot answer; all-company queries ask every instance hosting the stores and merge. With {@code internal=true} (a request from a peer) everything is answered from local stores only.
 */
public final class ClusterQueries {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Logger LOG = LoggerFactory.getLogger(ClusterQueries.class);

    /** Pause between two tries of a per-company query that no copy could answer. */
    static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final LocalQueries local;
    private final InstanceRouter router;
    private final PeerClient peers;
    private final Duration retryFor;

    /**
     * @param retryFor how long a per-company query keeps trying, with fresh metadata, while no copy of the key's
     *                 partition answers (rebalancing, an instance stopping or starting), before its 503 is thrown
     */
    public ClusterQueries(LocalQueries local, InstanceRouter router, PeerClient peers, Duration retryFor) {
        this.local = local;
        this.router = router;
        this.peers = peers;
        this.retryFor = retryFor;
    }

    public LocalQueries local() {
        return local;
    }

    /** An answer and the instance that computed it ({@code host:port}, or "*" when merged from all). */
    public record Answer(Object body, String servedBy) {
    }

    /** The windows of one company's series, and who they came from. */
    public record Series(String companyId, String companyName, String window, String from, String to, List<SignalView> points) {
    }

    public Answer series(String companyId, String window, Instant from, Instant to, boolean internal, String pathAndQuery) {
        Duration size = local.window(window);
        Company company = local.company(companyId);
        return routed(StoreNames.signals(size), companyId, internal, pathAndQuery,
                stores -> new Series(companyId, company.getName(), window, from.toString(), to.toString(),
                        stores.series(companyId, window, from, to)));
    }

    /** Recent articles of one company (routed), or of every company (merged) when {@code companyId} is null. */
    public Answer articles(String companyId, int limit, boolean internal, String pathAndQuery) {
        if (companyId != null) {
            local.company(companyId);
            return routed(StoreNames.COMPANY_LIVE, companyId, internal, pathAndQuery,
                    stores -> stores.recentArticles(companyId).stream().limit(limit).map(m -> new CompanyArticle(companyId, m)).toList());
        }
        if (internal) {
            return new Answer(local.recentArticles(limit), self());
        }
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode answer : gather(StoreNames.COMPANY_LIVE, "/api/articles?limit=" + limit, () -> local.recentArticles(limit))) {
            answer.forEach(all::add);
        }
        all.sort(Comparator.comparingLong((JsonNode n) -> n.path("publishedAt").asLong()).reversed()
                .thenComparing(n -> n.path("companyId").asText()));
        return new Answer(all.size() > limit ? all.subList(0, limit) : all, "*");
    }

    /** Top companies by buzz in the window containing {@code at}, over every instance. */
    public Answer top(String window, Instant at, int limit, boolean internal) {
        return top(window, at, limit, null, internal);
    }

    /** The top entries over every instance; {@code linked} as in {@link LocalQueries#top(String, Instant, int, Boolean)}. */
    public Answer top(String window, Instant at, int limit, Boolean linked, boolean internal) {
        Duration size = local.window(window);
        if (internal) {
            return new Answer(local.top(window, at, limit, linked), self());
        }
        Map<String, TopEntry> merged = new HashMap<>();
        String path = "/api/top?window=" + window + "&limit=" + limit + "&at=" + at.toEpochMilli() + (linked == null ? "" : "&linked=" + linked);
        for (JsonNode answer : gather(StoreNames.signals(size), path, () -> local.top(window, at, limit, linked))) {
            for (TopEntry e : JSON.convertValue(answer, new TypeReference<List<TopEntry>>() { })) {
                merged.merge(e.companyId(), e, (a, b) -> a.volume() >= b.volume() ? a : b);
            }
        }
        return new Answer(merged.values().stream().sorted(TopEntry.RANKING).limit(limit).toList(), "*");
    }

    /** Every known company with its latest signal per window size, over every instance. */
    public Answer companies(Instant now, boolean internal) {
        if (internal) {
            return new Answer(local.latestSignals(now), self());
        }
        String store = StoreNames.signals(local.window(local.windowLabels().get(0)));
        Map<String, Map<String, SignalView>> latest = new HashMap<>();
        for (JsonNode answer : gather(store, "/api/companies?at=" + now.toEpochMilli(), () -> local.latestSignals(now))) {
            Map<String, Map<String, SignalView>> part = JSON.convertValue(answer, new TypeReference<Map<String, Map<String, SignalView>>>() { });
            part.forEach((company, byWindow) -> latest.computeIfAbsent(company, k -> new LinkedHashMap<>()).putAll(byWindow));
        }
        List<CompanyView> views = new ArrayList<>();
        for (Company c : local.companies()) {
            views.add(CompanyView.of(c, latest.getOrDefault(c.getId(), Map.of())));
        }
        return new Answer(views, "*");
    }

    /**
     * A per-key query: answered by the instance active for the key's partition and, when that one cannot answer
     * (it died, is shutting down, or Kafka Streams is rebalancing), by the instances holding a standby replica of
     * the partition, in turn. Only 503s fall through to the next instance. When none answers, the query is tried
     * again with fresh metadata every {@link #RETRY_PAUSE} for up to {@code retryFor} (a rebalance settles, a stopping
     * instance's partitions move), and the last 503 is thrown after that. A peer's request ({@code internal}) is
     * answered here, at once, when this instance holds a copy of the key's partition (the asking instance retries).
     */
    private Answer routed(String store, String key, boolean internal, String pathAndQuery, Function<LocalQueries, Object> answer) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        while (true) {
            try {
                return routedOnce(store, key, internal, pathAndQuery, answer);
            } catch (QueryException e) {
                if (e.status() != 503 || internal || System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                LOG.debug("'{}' of {}: no copy answers ({}); trying again", key, store, e.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw QueryException.unavailable("interrupted while waiting for a copy of the partition to answer");
        }
    }

    private Answer routedOnce(String store, String key, boolean internal, String pathAndQuery, Function<LocalQueries, Object> answer) {
        InstanceRouter.KeyHosts hosts = router.hostsOf(store, key);
        HostInfo self = router.self();
        if (internal) {
            if (!hosts.inOrder().contains(self)) {
                throw QueryException.unavailable("'" + key + "' is not hosted on " + self() + " any more (rebalancing); retry shortly");
            }
            return new Answer(locally(answer, hosts.active().equals(self)), self());
        }
        QueryException unavailable = null;
        for (HostInfo host : hosts.inOrder()) {
            try {
                if (host.equals(self)) {
                    return new Answer(locally(answer, host.equals(hosts.active())), self());
                }
                return new Answer(peers.get(host, pathAndQuery), PeerClient.address(host));
            } catch (QueryException e) {
                if (e.status() != 503) {
                    throw e;
                }
                LOG.debug("'{}' of {} not answered by {}: {}", key, store, PeerClient.address(host), e.getMessage());
                unavailable = e;
            }
        }
        throw unavailable;
    }

    /** The active copy when this instance is active for the key and it can answer, else any local copy (standby, restoring). */
    private Object locally(Function<LocalQueries, Object> answer, boolean active) {
        if (active) {
            try {
                return answer.apply(local);
            } catch (QueryException e) {
                if (e.status() != 503) {
                    throw e;
                }
            }
        }
        return answer.apply(local.includingReplicas());
    }

    private List<JsonNode> gather(String store, String pathAndQuery, Supplier<Object> localAnswer) {
        List<HostInfo> hosts = router.hostsOf(store);
        List<HostInfo> others = hosts.stream().filter(h -> !h.equals(router.self())).toList();
        List<JsonNode> answers = new ArrayList<>(peers.getAll(others, pathAndQuery));
        if (hosts.contains(router.self())) {
            answers.add(JSON.valueToTree(localAnswer.get()));
        }
        return answers;
    }

    private String self() {
        return PeerClient.address(router.self());
    }
}
