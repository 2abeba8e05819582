package io.newspulse.streams.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspulse.avro.Company;
import io.newspulse.core.json.Json;
import io.newspulse.streams.StoreNames;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The queries of the API over every instance: per-company queries run on the instance active for the company's
 * partition (forwarded there when it is another one); all-company queries ask every instance hosting the stores
 * and merge. With {@code internal=true} (a request from a peer) everything is answered from local stores only.
 */
public final class ClusterQueries {
    private static final ObjectMapper JSON = Json.mapper();

    private final LocalQueries local;
    private final InstanceRouter router;
    private final PeerClient peers;

    public ClusterQueries(LocalQueries local, InstanceRouter router, PeerClient peers) {
        this.local = local;
        this.router = router;
        this.peers = peers;
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
                () -> new Series(companyId, company.getName(), window, from.toString(), to.toString(),
                        local.series(companyId, window, from, to)));
    }

    /** Recent articles of one company (routed), or of every company (merged) when {@code companyId} is null. */
    public Answer articles(String companyId, int limit, boolean internal, String pathAndQuery) {
        if (companyId != null) {
            local.company(companyId);
            return routed(StoreNames.RECENT_ARTICLES, companyId, internal, pathAndQuery,
                    () -> local.recentArticles(companyId).stream().limit(limit).map(m -> new CompanyArticle(companyId, m)).toList());
        }
        if (internal) {
            return new Answer(local.recentArticles(limit), self());
        }
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode answer : gather(StoreNames.RECENT_ARTICLES, "/api/articles?limit=" + limit, () -> local.recentArticles(limit))) {
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

    private Answer routed(String store, String key, boolean internal, String pathAndQuery, Supplier<Object> localAnswer) {
        Optional<HostInfo> owner = router.ownerOf(store, key);
        if (owner.isEmpty()) {
            return new Answer(localAnswer.get(), self());
        }
        if (internal) {
            throw QueryException.unavailable("'" + key + "' is not hosted on " + self() + " any more (rebalancing); retry shortly");
        }
        return new Answer(peers.get(owner.get(), pathAndQuery), PeerClient.address(owner.get()));
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
