package io.newspulse.streams.serde;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntBiFunction;

import io.newspulse.avro.Alert;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.DuplicateEvent;
import io.newspulse.avro.Mention;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.client.RestClientException;
import io.newspulse.registry.client.SchemaRegistryClient;
import io.newspulse.registry.client.SubjectVersion;
import io.newspulse.serde.SpecificAvroSerde;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the schema id of every topic the topology writes before its first record goes out, so that the
 * serializers find them in their cache. Without this a subject is registered the first time its topic gets a
 * record — which may be while the registry is down (the task then fails and retries until it is back), and a
 * refused schema would only show up mid-run instead of at startup.
 *
 * <p>Fast at scale (issue 23: 1,424 topics took 66 s one after another): topics whose subject and schema are the same
 * (e.g. every {@code signals.<company>} under a record-name subject strategy) are resolved once; the rest are
 * resolved by a bounded pool; and with a cache file, the ids resolved in an earlier start are reused when the registry
 * confirms them — a handful of requests (per distinct id: the schema it names and the subjects holding it live)
 * instead of one per topic. A confirmed entry means the schema is live under that subject with that id, which is
 * exactly when registering it again returns that id without a compatibility check, so a schema the registry would
 * refuse is never taken from the cache: it is sent and its refusal stops the start.
 *
 * <p>On a first start, the per-company subjects the registry does not have yet (one {@code GET /subjects} tells) are
 * registered after the start instead of before it ({@link #registeredLater()}): a brand-new subject accepts any valid
 * schema, and this very schema has just been accepted under the shared signals topic, so its id is known and the
 * serializers are handed it at once (the wire bytes name the schema by id, not by subject). Registering 1,638 new
 * subjects one batch after another is most of a first start otherwise (issue 23). A subject that exists is resolved
 * before the start as above; a registration refused later (e.g. a subject-level mode set before the subject existed)
 * fails {@link #registeredLater()}, which stops the app.
 */
public final class OutputSchemas {
    private static final Logger LOG = LoggerFactory.getLogger(OutputSchemas.class);
    /** Requests in flight at once while resolving (the registry's HTTP pool has 8 threads). */
    static final int PARALLELISM = 8;

    /** Told how many of the output topics are resolved so far. */
    @FunctionalInterface
    public interface Progress {
        void resolved(int done, int total);
    }

    private final EventSerdes serdes;
    private final Topics topics;
    private final SchemaIdCache cache;
    /** Starts the registration of the new per-company subjects; null when there are none (or it has started). */
    private java.util.function.Supplier<CompletableFuture<Integer>> laterRegistration;
    private CompletableFuture<Integer> registeredLater = CompletableFuture.completedFuture(0);
    /** The id each resolution got in this start (from the registry or the confirmed cache). */
    private final Map<Resolution, Integer> resolvedIds = new java.util.concurrent.ConcurrentHashMap<>();

    /** Without a cache file: every subject is resolved over the network. */
    public OutputSchemas(EventSerdes serdes, Topics topics) {
        this(serdes, topics, null);
    }

    /** @param cacheFile where the resolved ids are kept between starts, or null for none */
    public OutputSchemas(EventSerdes serdes, Topics topics, Path cacheFile) {
        this.serdes = serdes;
        this.topics = topics;
        this.cache = cacheFile == null ? null : SchemaIdCache.load(cacheFile);
    }

    /** {@link #prepare(Collection, Progress)} without progress reports. */
    public int prepare(Collection<String> companyIds) {
        return prepare(companyIds, (done, total) -> { });
    }

    /**
     * Resolves the shared output topics and the given per-company topics. A permanent refusal (an incompatible
     * schema, an unknown subject with auto-registration off) is thrown; an unreachable registry is logged and
     * left to the first record of each topic.
     *
     * @return how many topics were resolved
     */
    public int prepare(Collection<String> companyIds, Progress progress) {
        long start = System.nanoTime();
        Map<Resolution, List<String>> work = new LinkedHashMap<>();
        add(work, serdes.mentions(), topics.mentions(), Mention.getClassSchema());
        add(work, serdes.duplicates(), topics.duplicates(), DuplicateEvent.getClassSchema());
        add(work, serdes.signals(), topics.signals(), CompanySignal.getClassSchema());
        add(work, serdes.signals(), topics.signalsFinal(), CompanySignal.getClassSchema());
        add(work, serdes.alerts(), topics.alerts(), Alert.getClassSchema());
        Set<Resolution> shared = new HashSet<>(work.keySet());
        Set<Resolution> perCompany = new LinkedHashSet<>();
        for (String id : companyIds) {
            perCompany.add(add(work, serdes.signals(), topics.companySignals(id), CompanySignal.getClassSchema()));
        }
        perCompany.removeAll(shared); // e.g. one record-name subject for every topic: resolved before the start
        int total = 5 + companyIds.size();
        AtomicInteger done = new AtomicInteger();

        List<Resolution> pending = new ArrayList<>(work.keySet());
        int fromCache = 0;
        if (cache != null) {
            for (Resolution r : confirmedFromCache(pending)) {
                pending.remove(r);
                fromCache += work.get(r).size();
                progress.resolved(done.addAndGet(work.get(r).size()), total);
            }
        }
        List<Resolution> later = newSubjects(pending, perCompany);
        pending.removeAll(later);
        AtomicBoolean unreachable = new AtomicBoolean();
        resolveAll(pending, work, unreachable, done, total, progress, (r, topic) -> r.serde().prepare(topic, r.schema()));
        int handedOver = unreachable.get() ? 0 : handOver(later, work);
        if (handedOver > 0) {
            progress.resolved(done.addAndGet(handedOver), total);
            synchronized (this) {
                laterRegistration = () -> registerLater(later, work);
            }
        }
        if (cache != null) {
            cache.save();
        }
        int resolved = done.get();
        if (unreachable.get()) {
            LOG.warn("Schema registry cannot answer now: {} of {} output topics are resolved on their first record instead",
                    total - resolved, total);
        }
        LOG.info("Output schemas resolved for {} of {} topics in {} ms ({} distinct subject/schema pairs, {} topics confirmed from the cache, {} new per-company subjects registered after the start)",
                resolved, total, (System.nanoTime() - start) / 1_000_000, work.size(), fromCache, handedOver);
        return resolved;
    }

    /**
     * The registration of the new per-company subjects that {@link #prepare} left for after the start, started by the
     * first call (the app calls it once Kafka Streams runs, so that it does not compete with the start): completes
     * with how many were registered, or exceptionally with the registry's refusal. Already complete when there were
     * none.
     */
    public synchronized CompletableFuture<Integer> registeredLater() {
        if (laterRegistration != null) {
            registeredLater = laterRegistration.get();
            laterRegistration = null;
        }
        return registeredLater;
    }

    /** The pending per-company resolutions whose subject the registry does not have (none if it cannot say now). */
    private static List<Resolution> newSubjects(List<Resolution> pending, Set<Resolution> perCompany) {
        List<Resolution> candidates = pending.stream()
                .filter(r -> perCompany.contains(r) && r.serde().registersNewSubjects()).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<SchemaRegistryClient, Set<String>> existing = new HashMap<>();
        List<Resolution> fresh = new ArrayList<>();
        for (Resolution r : candidates) {
            Set<String> subjects;
            try {
                subjects = existing.computeIfAbsent(r.serde().client(), c -> new HashSet<>(c.getAllSubjects()));
            } catch (RuntimeException e) {
                LOG.debug("Cannot list the registry's subjects ({}); every per-company subject is resolved now", e.getMessage());
                return List.of();
            }
            if (!subjects.contains(r.subject())) {
                fresh.add(r);
            }
        }
        return fresh;
    }

    /**
     * Gives the serializers of new per-company subjects the id their schema has under the shared signals topic,
     * resolved just before; returns how many topics that covers.
     */
    private int handOver(List<Resolution> later, Map<Resolution, List<String>> work) {
        int topicsCovered = 0;
        for (Resolution r : later) {
            String sharedSubject = r.serde().subjectName(topics.signals(), r.schema());
            Integer id = resolvedIds.get(new Resolution(r.serde(), sharedSubject, r.schema()));
            if (id == null) { // not one of this start's resolutions (cannot happen for the signal serde): ask
                id = r.serde().prepare(topics.signals(), r.schema());
            }
            r.serde().client().cacheId(r.subject(), r.schema(), id);
            if (cache != null) { // a restart confirms it with the registry before trusting it, as any cached id
                cache.put(r.subject(), r.schema(), id);
            }
            topicsCovered += work.get(r).size();
        }
        return topicsCovered;
    }

    private CompletableFuture<Integer> registerLater(List<Resolution> later, Map<Resolution, List<String>> work) {
        long start = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> {
            AtomicBoolean unreachable = new AtomicBoolean();
            AtomicInteger registered = new AtomicInteger();
            // registered over the network: the client's cache holds the handed-over id
            resolveAll(later, work, unreachable, registered, later.size(), (n, total) -> { },
                    (r, topic) -> r.serde().registerNow(topic, r.schema()));
            if (cache != null) {
                cache.save();
            }
            LOG.info("Registered {} of {} new per-company subjects after the start in {} ms{}", registered.get(),
                    later.size(), (System.nanoTime() - start) / 1_000_000,
                    unreachable.get() ? " (the registry could not answer the rest: they register on their first record)" : "");
            return registered.get();
        }, io.newspulse.core.concurrent.Daemons.executor("output-schemas-later"));
    }

    /** Resolves the schema of {@code signals.<companyId>}; false when the registry is unreachable. */
    public boolean prepareCompany(String companyId) {
        SpecificAvroSerde<CompanySignal> serde = serdes.signals();
        String topic = topics.companySignals(companyId);
        Schema schema = CompanySignal.getClassSchema();
        try {
            int id = serde.prepare(topic, schema);
            if (cache != null && serde.resolvesBySchema()) {
                cache.put(serde.subjectName(topic, schema), schema, id);
                cache.save();
            }
            return true;
        } catch (RetriableException | RestClientException e) {
            rethrowRefusal(e);
            LOG.warn("Schema registry cannot resolve the schema of {} now: {} (it is resolved on the topic's first record)",
                    topic, e.getMessage());
            return false;
        }
    }

    private static Resolution add(Map<Resolution, List<String>> work, SpecificAvroSerde<?> serde, String topic, Schema schema) {
        Resolution r = new Resolution(serde, serde.subjectName(topic, schema), schema);
        work.computeIfAbsent(r, k -> new ArrayList<>()).add(topic);
        return r;
    }

    /**
     * The pending resolutions whose cached id the registry confirms: per distinct (client, id), the id must name
     * this very schema and be live under the subject. Anything the registry cannot confirm now is left pending.
     */
    private List<Resolution> confirmedFromCache(List<Resolution> pending) {
        Map<IdOf, List<Resolution>> claims = new LinkedHashMap<>();
        for (Resolution r : pending) {
            Integer id = r.serde().resolvesBySchema() ? cache.get(r.subject(), r.schema()) : null;
            if (id != null) {
                claims.computeIfAbsent(new IdOf(r.serde().client(), id), k -> new ArrayList<>()).add(r);
            }
        }
        List<Resolution> confirmed = new ArrayList<>();
        for (Map.Entry<IdOf, List<Resolution>> claim : claims.entrySet()) {
            SchemaRegistryClient client = claim.getKey().client();
            int id = claim.getKey().id();
            Set<String> liveSubjects = new HashSet<>();
            Schema registered;
            try {
                registered = client.getSchemaById(id);
                for (SubjectVersion sv : client.getAllVersionsById(id)) {
                    liveSubjects.add(sv.subject());
                }
            } catch (RuntimeException e) {
                LOG.debug("Cached schema id {} not confirmed ({}); resolving its subjects again", id, e.getMessage());
                continue;
            }
            for (Resolution r : claim.getValue()) {
                if (registered.equals(r.schema()) && liveSubjects.contains(r.subject())) {
                    client.cacheId(r.subject(), r.schema(), id);
                    resolvedIds.put(r, id);
                    confirmed.add(r);
                }
            }
        }
        return confirmed;
    }

    private void resolveAll(List<Resolution> pending, Map<Resolution, List<String>> work, AtomicBoolean unreachable,
                            AtomicInteger done, int total, Progress progress, ToIntBiFunction<Resolution, String> resolver) {
        if (pending.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLELISM, pending.size()),
                io.newspulse.core.concurrent.Daemons.factory("output-schemas"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Resolution r : pending) {
                futures.add(pool.submit(() -> {
                    if (unreachable.get()) {
                        return; // the registry is down: the rest resolve on their first record
                    }
                    String topic = work.get(r).get(0);
                    try {
                        int id = resolver.applyAsInt(r, topic);
                        resolvedIds.put(r, id);
                        if (cache != null && r.serde().resolvesBySchema()) {
                            cache.put(r.subject(), r.schema(), id);
                        }
                        progress.resolved(done.addAndGet(work.get(r).size()), total);
                    } catch (RetriableException | RestClientException e) {
                        rethrowRefusal(e);
                        if (unreachable.compareAndSet(false, true)) {
                            LOG.warn("Schema registry cannot resolve the schema of {} now: {}", topic, e.getMessage());
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                await(f, futures);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for one task; a failure (a refusal) cancels the others and is rethrown as it was thrown. */
    private static void await(Future<?> f, List<Future<?>> all) {
        try {
            f.get();
        } catch (CancellationException e) {
            // cancelled after another task failed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(other -> other.cancel(true));
            throw new IllegalStateException("Interrupted while resolving the output schemas", e);
        } catch (ExecutionException e) {
            all.forEach(other -> other.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Resolving an output schema failed", e.getCause());
        }
    }

    private static void rethrowRefusal(RuntimeException e) {
        if (e instanceof RestClientException refused && !refused.retriable()) {
            throw refused;
        }
    }

    /** One registry resolution: the serde (its client and settings), the subject and the schema. */
    private record Resolution(SpecificAvroSerde<?> serde, String subject, Schema schema) {
    }

    private record IdOf(SchemaRegistryClient client, int id) {
    }
}
