package io.newspulse.streams.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.Verifier;
import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.fingerprint.Fingerprint;
import org.apache.kafka.streams.KeyValue;
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
 * {@code DedupIndex} applies. The window store's retention is twice the horizon, so old entries disappear segment
 * by segment (the state TTL).
 */
public final class DedupLookupProcessor implements Processor<String, DedupProbe, String, GroupVerdict> {
    static final String SIGNATURE_PREFIX = "s:";
    /** Decoded signatures kept per task: about 10k recent articles, a few MB. */
    static final int SIGNATURE_CACHE_ENTRIES = 10_000;

    private final String storeName;
    private final String clusterStoreName;
    private final DedupPolicy policy;
    private final long horizonMs;
    private final Verifier verifier;
    private final SignatureCache signatures = new SignatureCache(SIGNATURE_CACHE_ENTRIES);
    private ProcessorContext<String, GroupVerdict> context;
    private WindowStore<String, IndexValue> index;
    private WindowStore<String, String> clusters;

    /**
     * @param storeName        the index window store
     * @param clusterStoreName the window store of decided clusters that {@link ClusterFixProcessor} fills
     * @param policy           the dedup rules
     */
    public DedupLookupProcessor(String storeName, String clusterStoreName, DedupPolicy policy) {
        this.storeName = storeName;
        this.clusterStoreName = clusterStoreName;
        this.policy = policy;
        this.horizonMs = policy.horizon().toMillis();
        this.verifier = policy.verifier();
    }

    @Override
    public void init(ProcessorContext<String, GroupVerdict> context) {
        this.context = context;
        this.index = context.getStateStore(storeName);
        this.clusters = context.getStateStore(clusterStoreName);
    }

    @Override
    public void process(Record<String, DedupProbe> record) {
        DedupProbe probe = record.value();
        Fingerprint candidate = Fingerprint.fromSignature(probe.signature());
        long t = probe.eventTimeMs();
        // An article indexed under several of the probe's keys gives the same verdict each time: compare it once.
        Set<String> compared = new HashSet<>();
        Verdict best = Verdict.none();
        List<String> keysWithRoom = new ArrayList<>(probe.keys().size());
        boolean alreadyIndexed = false;
        for (String key : probe.keys()) {
            int comparable = 0;
            // The fetch range is exactly the policy's comparable range: |t - entry| <= horizon.
            try (WindowStoreIterator<IndexValue> it = index.backwardFetch(key, t - horizonMs, t + horizonMs)) {
                while (it.hasNext()) {
                    KeyValue<Long, IndexValue> entry = it.next();
                    comparable++;
                    IndexValue value = entry.value;
                    if (!compared.add(value.articleId())) {
                        continue;
                    }
                    Verdict verdict;
                    if (value.articleId().equals(probe.articleId())) {
                        // The same article delivered again (a re-run of a load): a repost of its own cluster.
                        alreadyIndexed = true;
                        verdict = new Verdict(MatchKind.EXACT, value.articleId(), value.clusterId(), entry.key, 1.0);
                    } else {
                        Fingerprint existing = signatures.get(value.articleId(), id -> signatureOf(id, entry.key));
                        if (existing == null) {
                            continue;
                        }
                        verdict = verifier.verify(candidate, existing, value.articleId(), value.clusterId(), entry.key);
                    }
                    verdict = decidedCluster(verdict);
                    if (policy.better(verdict, best)) {
                        best = verdict;
                    }
                }
            }
            if (policy.hasRoom(comparable)) {
                keysWithRoom.add(key);
            }
        }
        String cluster = null;
        if (!alreadyIndexed && policy.indexes(best.kind())) {
            cluster = policy.clusterOf(probe.articleId(), best);
            index.put(SIGNATURE_PREFIX + probe.articleId(), new IndexValue(probe.articleId(), cluster, probe.signature()), t);
            signatures.put(probe.articleId(), candidate);
            for (String key : keysWithRoom) {
                index.put(key, new IndexValue(probe.articleId(), cluster, null), t);
            }
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
        try (WindowStoreIterator<IndexValue> it = index.fetch(SIGNATURE_PREFIX + articleId, eventTimeMs, eventTimeMs)) {
            while (it.hasNext()) {
                IndexValue value = it.next().value;
                if (value.signature() != null) {
                    return Fingerprint.fromSignature(value.signature());
                }
            }
        }
        return null;
    }
}
