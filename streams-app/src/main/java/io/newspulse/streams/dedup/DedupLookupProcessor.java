package io.newspulse.streams.dedup;

import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.Verifier;
import io.newspulse.dedup.fingerprint.Fingerprint;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Runs on the partition of the dedup index that owns a probe's keys: compares the article with the articles
 * indexed under those keys within the horizon (verification on signatures), then indexes the article under them.
 * Emits the partition's best verdict keyed by article id. Every rule (horizon, entries per key, indexing of exact
 * copies, the cluster recorded, verdict ranking) is the {@link DedupPolicy}'s, the same the offline
 * {@code DedupIndex} applies.
 * <p>
 * The index is held in memory ({@link IndexPartition}); the window store keeps one value per indexed article
 * (under {@code s:<id>}: cluster, signature and the keys it is indexed under), written with the lookup, so its
 * changelog carries one record per article and partition. Signatures are read from the store when an article
 * shares a key with a probe (recent ones are cached decoded). The processor rebuilds the memory from the store
 * whenever Kafka Streams initialises it, that is after every restore, and after a rolled-back transaction (the
 * task is then re-initialised). The store's retention is twice the horizon, so old articles disappear segment by
 * segment (the state TTL), and the memory drops them with the same rule.
 */
public final class DedupLookupProcessor implements Processor<String, DedupProbe, String, GroupVerdict> {
    static final String SIGNATURE_PREFIX = "s:";
    /** Decoded signatures kept per task: about 10k recent articles, a few MB. */
    static final int SIGNATURE_CACHE_ENTRIES = 10_000;

    private final String storeName;
    private final String clusterStoreName;
    private final DedupPolicy policy;
    private final long retentionMs;
    private final Verifier verifier;
    private ProcessorContext<String, GroupVerdict> context;
    private WindowStore<String, IndexValue> store;
    private WindowStore<String, String> clusters;
    private IndexPartition index;
    private final SignatureCache signatures = new SignatureCache(SIGNATURE_CACHE_ENTRIES);
    private long lookups;

    /**
     * @param storeName        the index window store (retention: twice the policy's horizon)
     * @param clusterStoreName the window store of decided clusters that {@link ClusterFixProcessor} fills
     * @param policy           the dedup rules
     */
    public DedupLookupProcessor(String storeName, String clusterStoreName, DedupPolicy policy) {
        this.storeName = storeName;
        this.clusterStoreName = clusterStoreName;
        this.policy = policy;
        this.retentionMs = retention(policy).toMillis();
        this.verifier = policy.verifier();
    }

    /** The retention of the index and cluster stores: twice the horizon, so an article up to a horizon late still finds its matches. */
    public static java.time.Duration retention(DedupPolicy policy) {
        return policy.horizon().multipliedBy(2);
    }

    @Override
    public void init(ProcessorContext<String, GroupVerdict> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.clusters = context.getStateStore(clusterStoreName);
        this.index = IndexPartition.rebuild(store, retentionMs);
    }

    @Override
    public void process(Record<String, DedupProbe> record) {
        DedupProbe probe = record.value();
        Fingerprint candidate = Fingerprint.fromSignature(probe.signature());
        long[] codes = candidate.candidateKeyCodes();
        long t = probe.eventTimeMs();
        long lookup = ++lookups;
        Verdict best = Verdict.none();
        int keysWithRoom = 0;
        boolean alreadyIndexed = false;
        for (String key : probe.keys()) {
            int position = Fingerprint.keyPosition(key);
            int comparable = 0;
            for (int p = index.first(codes[position]); p >= 0; p = index.next(p)) {
                IndexPartition.Entry entry = index.entry(p);
                if (!index.visible(entry) || !policy.comparable(entry.eventTimeMs, t)) {
                    continue;
                }
                comparable++;
                if (entry.visitedBy == lookup) {
                    continue; // an article indexed under several of the probe's keys gives the same verdict each time
                }
                entry.visitedBy = lookup;
                Verdict verdict;
                if (entry.articleId.equals(probe.articleId())) {
                    // The same article delivered again (a re-run of a load): a repost of its own cluster.
                    alreadyIndexed = true;
                    verdict = new Verdict(MatchKind.EXACT, entry.articleId, entry.clusterId, entry.eventTimeMs, 1.0);
                } else {
                    Fingerprint existing = signatures.get(entry.articleId, id -> signatureOf(id, entry.eventTimeMs));
                    if (existing == null) {
                        continue;
                    }
                    verdict = verifier.verify(candidate, existing, entry.articleId, entry.clusterId, entry.eventTimeMs);
                }
                verdict = decidedCluster(verdict);
                if (policy.better(verdict, best)) {
                    best = verdict;
                }
            }
            if (policy.hasRoom(comparable)) {
                keysWithRoom |= 1 << position;
            }
        }
        String cluster = null;
        if (!alreadyIndexed && keysWithRoom != 0 && policy.indexes(best.kind())) {
            cluster = policy.clusterOf(probe.articleId(), best);
            store.put(SIGNATURE_PREFIX + probe.articleId(), new IndexValue(probe.articleId(), cluster, probe.signature(), keysWithRoom), t);
            index.add(new IndexPartition.Entry(probe.articleId(), cluster, t), codes, keysWithRoom);
            signatures.put(probe.articleId(), candidate);
        }
        GroupVerdict verdict = new GroupVerdict(probe.articleId(), probe.keys().size(), best, probe.keys().get(0), cluster);
        context.forward(record.withKey(probe.articleId()).withValue(verdict));
    }

    /**
     * The verdict naming the matched article's decided cluster when the decision step sent one (the entry holds the
     * cluster this partition saw when it indexed the article).
     */
    private Verdict decidedCluster(Verdict verdict) {
        if (!verdict.isDuplicate()) {
            return verdict;
        }
        String decided = clusters.fetch(verdict.matchedId(), verdict.eventTimeMs());
        return decided == null || decided.equals(verdict.clusterId()) ? verdict
                : new Verdict(verdict.kind(), verdict.matchedId(), decided, verdict.eventTimeMs(), verdict.similarity());
    }

    /** The signature stored with an indexed article (a range fetch: point fetches miss in a store that retains duplicates). */
    private Fingerprint signatureOf(String articleId, long eventTimeMs) {
        try (WindowStoreIterator<IndexValue> it = store.fetch(SIGNATURE_PREFIX + articleId, eventTimeMs, eventTimeMs)) {
            while (it.hasNext()) {
                IndexValue value = it.next().value;
                if (value.signature() != null) {
                    return Fingerprint.fromSignature(value.signature());
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        index = null;
    }
}
