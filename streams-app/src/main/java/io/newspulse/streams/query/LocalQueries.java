package io.newspulse.streams.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.newspulse.avro.Company;
import io.newspulse.streams.StoreNames;
import io.newspulse.streams.config.Durations;
import io.newspulse.streams.recent.RecentMention;
import io.newspulse.streams.signals.CompanyLive;
import io.newspulse.streams.signals.SignalAccumulator;
import io.newspulse.streams.signals.SpikeBaseline;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Answers queries from this instance's state stores only (the partitions it is active for, plus the global
 * companies store). Routing to other instances is {@link ClusterQueries}' job.
 */
public final class LocalQueries {
    /** How far back "latest signal" looks, in windows of the size asked for. */
    static final int LATEST_LOOKBACK_WINDOWS = 60;

    private final StoreSource stores;
    private final Map<String, Duration> windows = new LinkedHashMap<>();
    private final int spikeMinWindows;
    private LocalQueries replicas;

    /** Where the stores are read: Kafka Streams' interactive queries, or (in unit tests) a test driver's stores. */
    interface StoreSource {
        <T> T store(String name, QueryableStoreType<T> type);

        /** Why a store may not be queryable, for the 503 message (e.g. "Kafka Streams REBALANCING"). */
        String state();
    }

    public LocalQueries(KafkaStreams streams, List<Duration> windowSizes, int spikeMinWindows) {
        this(storesOf(streams, false), windowSizes, spikeMinWindows);
        this.replicas = new LocalQueries(storesOf(streams, true), windowSizes, spikeMinWindows);
    }

    LocalQueries(StoreSource stores, List<Duration> windowSizes, int spikeMinWindows) {
        this.stores = stores;
        windowSizes.forEach(w -> windows.put(Durations.label(w), w));
        this.spikeMinWindows = spikeMinWindows;
        this.replicas = this;
    }

    /** For tests: {@code stores} for the active copies, {@code replicas} for {@link #includingReplicas()}. */
    LocalQueries(StoreSource stores, StoreSource replicas, List<Duration> windowSizes, int spikeMinWindows) {
        this(stores, windowSizes, spikeMinWindows);
        this.replicas = new LocalQueries(replicas, windowSizes, spikeMinWindows);
    }

    /**
     * The stores of the partitions this instance is active for, and up to date: only while Kafka Streams is RUNNING.
     * With {@code stale}, every local copy ({@code StoreQueryParameters#enableStaleStores}): standby replicas and
     * active tasks still restoring too, also while Kafka Streams is REBALANCING; such a copy may lag the active one.
     */
    private static StoreSource storesOf(KafkaStreams streams, boolean stale) {
        return new StoreSource() {
            @Override
            public <T> T store(String name, QueryableStoreType<T> type) {
                StoreQueryParameters<T> params = StoreQueryParameters.fromNameAndType(name, type);
                return streams.store(stale ? params.enableStaleStores() : params);
            }

            @Override
            public String state() {
                return "Kafka Streams " + streams.state() + (stale ? ", local replicas" : "");
            }
        };
    }

    /**
     * The same queries over every local copy of the stores (standby replicas and restoring tasks included, see
     * {@link #storesOf}): what a query falls back to when the active copy cannot answer. Itself in unit tests.
     */
    public LocalQueries includingReplicas() {
        return replicas;
    }

    /** Labels of the configured window sizes, e.g. [1m, 1h]. */
    public List<String> windowLabels() {
        return List.copyOf(windows.keySet());
    }

    /** The window size of a label; 400 when it is not one of the configured sizes. */
    public Duration window(String label) {
        Duration size = label == null ? null : windows.get(label);
        if (size == null) {
            throw QueryException.badRequest("window must be one of " + windows.keySet() + (label == null ? "" : ", not '" + label + "'"));
        }
        return size;
    }

    /** A company of the (global) companies store; 404 when unknown or deleted. */
    public Company company(String id) {
        Company c = read(() -> companiesStore().get(id));
        if (c == null || c.getDeleted()) {
            throw QueryException.notFound("unknown company '" + id + "'");
        }
        return c;
    }

    /** Every known company, by id. */
    public List<Company> companies() {
        return read(() -> {
            List<Company> all = new ArrayList<>();
            try (KeyValueIterator<String, Company> it = companiesStore().all()) {
                it.forEachRemaining(kv -> {
                    if (kv.value != null && !kv.value.getDeleted()) {
                        all.add(kv.value);
                    }
                });
            }
            all.sort(Comparator.comparing(Company::getId));
            return all;
        });
    }

    /** A company's windows starting in {@code [from, to]}, oldest first. */
    public List<SignalView> series(String companyId, String label, Instant from, Instant to) {
        Duration size = window(label);
        return read(() -> {
            CompanyLive live = liveStore().get(companyId);
            SpikeBaseline baseline = live == null ? null : live.baseline(size.toMillis());
            List<SignalView> points = new ArrayList<>();
            windows(size, from.toEpochMilli(), to.toEpochMilli(), companyId).getOrDefault(companyId, new TreeMap<>())
                    .forEach((start, acc) -> points.add(view(companyId, label, size, start, acc, baseline)));
            return points;
        });
    }

    /** For every company with data here: its newest window per window size. */
    public Map<String, Map<String, SignalView>> latestSignals(Instant now) {
        Map<String, Map<String, SignalView>> result = new HashMap<>();
        for (Map.Entry<String, Duration> w : windows.entrySet()) {
            Duration size = w.getValue();
            Map<String, NavigableMap<Long, SignalAccumulator>> recent = read(() -> windows(size,
                    now.minus(size.multipliedBy(LATEST_LOOKBACK_WINDOWS)).toEpochMilli(), now.plus(size).toEpochMilli(), null));
            recent.forEach((company, byStart) -> {
                Map.Entry<Long, SignalAccumulator> newest = byStart.lastEntry();
                result.computeIfAbsent(company, k -> new LinkedHashMap<>())
                        .put(w.getKey(), view(company, w.getKey(), size, newest.getKey(), newest.getValue(), baseline(company, size)));
            });
        }
        return result;
    }

    /** Companies hosted here with buzz in the current or the previous window, best first. */
    public List<TopEntry> top(String label, Instant now, int limit) {
        return top(label, now, limit, null);
    }

    /** The top entries, only knowledge-base companies ({@code linked=true}), only unlinked organisations (false) or all (null). */
    public List<TopEntry> top(String label, Instant now, int limit, Boolean linked) {
        Duration size = window(label);
        long sizeMs = size.toMillis();
        long current = now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), sizeMs);
        long previous = current - sizeMs;
        Map<String, SignalAccumulator> currentAcc = new HashMap<>();
        Map<String, SignalAccumulator> previousAcc = new HashMap<>();
        read(() -> windows(size, previous, current, null)).forEach((company, byStart) -> byStart.forEach(
                (start, acc) -> (start == current ? currentAcc : previousAcc).put(company, acc)));
        List<TopEntry> entries = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>(currentAcc.keySet());
        ids.addAll(previousAcc.keySet());
        for (String id : ids) {
            if (linked != null && TopEntry.linked(id) != linked) {
                continue;
            }
            SignalAccumulator cur = currentAcc.get(id);
            SignalAccumulator prev = previousAcc.get(id);
            SignalAccumulator named = cur != null ? cur : prev;
            double score = 0.0;
            SpikeBaseline b = baseline(id, size);
            if (cur != null && b != null && b.currentWindowStart() == current) {
                score = b.score(cur.articleCount, spikeMinWindows);
            }
            entries.add(new TopEntry(id, named.companyName, label, Instant.ofEpochMilli(current).toString(),
                    cur == null ? 0.0 : round(cur.relevanceWeightedVolume), prev == null ? 0.0 : round(prev.relevanceWeightedVolume),
                    cur == null ? 0 : cur.articleCount, cur == null ? 0 : cur.mentionCount, score, TopEntry.linked(id)));
        }
        entries.sort(TopEntry.RANKING);
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    /** A company's recent articles, newest first (empty when it has none here). */
    public List<RecentMention> recentArticles(String companyId) {
        CompanyLive live = read(() -> liveStore().get(companyId));
        return live == null ? List.of() : live.recent().items();
    }

    /** The newest articles of every company hosted here. */
    public List<CompanyArticle> recentArticles(int limit) {
        List<CompanyArticle> all = new ArrayList<>();
        read(() -> {
            try (KeyValueIterator<String, CompanyLive> it = liveStore().all()) {
                it.forEachRemaining(kv -> kv.value.recent().items().forEach(m -> all.add(new CompanyArticle(kv.key, m))));
            }
            return null;
        });
        all.sort(Comparator.comparingLong((CompanyArticle a) -> a.article().publishedAt()).reversed()
                .thenComparing(CompanyArticle::companyId));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    private SignalView view(String company, String label, Duration size, long start, SignalAccumulator acc, SpikeBaseline baseline) {
        boolean tracked = baseline != null && baseline.currentWindowStart() == start;
        Double score = tracked ? baseline.score(acc.articleCount, spikeMinWindows) : null;
        Double shock = tracked ? (acc.hasSentiment() ? baseline.sentiment().score(acc.meanSentiment(), spikeMinWindows) : 0.0) : null;
        return SignalView.of(company, label, start, size.toMillis(), acc, score, shock);
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private ReadOnlyKeyValueStore<String, Company> companiesStore() {
        return store(StoreNames.COMPANIES, QueryableStoreTypes.keyValueStore());
    }

    private ReadOnlyKeyValueStore<String, CompanyLive> liveStore() {
        return store(StoreNames.COMPANY_LIVE, QueryableStoreTypes.keyValueStore());
    }

    private ReadOnlyWindowStore<String, SignalAccumulator> signalStore(Duration size) {
        return store(StoreNames.signals(size), QueryableStoreTypes.windowStore());
    }

    /**
     * The windows of {@code size} starting in {@code [from, to]} of one company (or of every company here when
     * {@code company} is null), by company then start: the closed ones from the size's window store, the open ones
     * from the live store ({@code company-live-store}). The one place that merges both (a window is in one or the
     * other: it leaves the live store when it is written to the window store, at its close).
     */
    private Map<String, NavigableMap<Long, SignalAccumulator>> windows(Duration size, long from, long to, String company) {
        Map<String, NavigableMap<Long, SignalAccumulator>> byCompany = new HashMap<>();
        ReadOnlyWindowStore<String, SignalAccumulator> closed = signalStore(size);
        if (company != null) {
            try (WindowStoreIterator<SignalAccumulator> it = closed.fetch(company, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
                it.forEachRemaining(kv -> byCompany.computeIfAbsent(company, k -> new TreeMap<>()).put(kv.key, kv.value));
            }
            CompanyLive live = liveStore().get(company);
            if (live != null) {
                addOpen(byCompany, company, live, size, from, to);
            }
        } else {
            try (KeyValueIterator<Windowed<String>, SignalAccumulator> it = closed.fetchAll(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
                it.forEachRemaining(kv -> byCompany.computeIfAbsent(kv.key.key(), k -> new TreeMap<>()).put(kv.key.window().start(), kv.value));
            }
            try (KeyValueIterator<String, CompanyLive> it = liveStore().all()) {
                it.forEachRemaining(kv -> addOpen(byCompany, kv.key, kv.value, size, from, to));
            }
        }
        return byCompany;
    }

    private static void addOpen(Map<String, NavigableMap<Long, SignalAccumulator>> byCompany, String company, CompanyLive live,
                                Duration size, long from, long to) {
        live.openWindows(size.toMillis()).subMap(from, true, to, true)
                .forEach((start, open) -> byCompany.computeIfAbsent(company, k -> new TreeMap<>()).put(start, open.accumulator()));
    }

    /** A company's live spike baseline of one size (null when it has none here). */
    private SpikeBaseline baseline(String company, Duration size) {
        CompanyLive live = read(() -> liveStore().get(company));
        return live == null ? null : live.baseline(size.toMillis());
    }

    private <T> T store(String name, QueryableStoreType<T> type) {
        return read(() -> stores.store(name, type));
    }

    private <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (InvalidStateStoreException e) {
            throw QueryException.unavailable("state is not queryable right now (" + stores.state() + "); retry shortly");
        }
    }
}
