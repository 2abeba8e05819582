package io.newspulse.streams.dedup;

import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.Verifier;
import io.newspulse.dedup.fingerprint.Fingerprint;
import org.apache.kafka.streams.state.WindowStore;

/**
 * One partition of the dedup index: compares an article with the articles indexed under the keys this partition
 * owns within the horizon (verification on signatures), then indexes the article under them, and reports the
 * partition's best verdict. Every rule (horizon, entries per key, indexing of exact copies, the cluster recorded,
 * verdict ranking) is the {@link DedupPolicy}'s, the same the offline {@code DedupIndex} applies. It runs inside
 * {@link DedupChainProcessor}, in the task that owns the partition's stores.
 * <p>
 * The index is held in memory ({@link IndexPartition}), signatures included; the window store keeps one value per
 * indexed article (under {@code s:<id>}: cluster, signature and the keys it is indexed under), written with the
 * lookup, so its changelog carries one record per article and partition, and is never read on the look-up path.
 * The memory is rebuilt from the store whenever Kafka
 * Streams initialises the processor, that is after every restore, and after a rolled-back transaction (the task is
 * then re-initialised). The store's retention is twice the horizon, so old articles disappear segment by segment
 * (the state TTL), and the memory drops them with the same rule. Decided clusters ({@link ClusterFix}) go to a
 * second window store, keyed by article id at the article's event time, read in place of an entry's provisional
 * cluster.
 */
public final class IndexLookup {
    static final String SIGNATURE_PREFIX = "s:";

    private final DedupPolicy policy;
    private final Verifier verifier;
    private final WindowStore<String, IndexValue> store;
    private final WindowStore<String, String> clusters;
    private final IndexPartition index;
    private long lookups;

    /**
     * Rebuilds the partition's memory from {@code store}.
     *
     * @param policy   the dedup rules
     * @param store    the index window store (retention: {@link #retention})
     * @param clusters the window store of decided clusters
     */
    public IndexLookup(DedupPolicy policy, WindowStore<String, IndexValue> store, WindowStore<String, String> clusters) {
        this.policy = policy;
        this.verifier = policy.verifier();
        this.store = store;
        this.clusters = clusters;
        this.index = IndexPartition.rebuild(store, retention(policy).toMillis());
    }

    /** The retention of the index and cluster stores: twice the horizon, so an article up to a horizon late still finds its matches. */
    public static java.time.Duration retention(DedupPolicy policy) {
        return policy.horizon().multipliedBy(2);
    }

    /** Looks the probe's keys up in this partition, indexes the article under those with room, returns the partition's verdict. */
    public GroupVerdict lookup(DedupProbe probe) {
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
                } else if (!policy.precedes(entry.eventTimeMs, entry.articleId, t, probe.articleId())) {
                    continue; // a later article is never this one's match (see DedupPolicy.precedes)
                } else {
                    verdict = verifier.verify(candidate, entry.fingerprint, entry.articleId, entry.clusterId, entry.eventTimeMs);
                }
                if (!policy.contends(verdict, best)) {
                    continue; // loses whatever its cluster: no look-up of a decided cluster
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
            index.add(new IndexPartition.Entry(probe.articleId(), cluster, t, candidate), codes, keysWithRoom);
        }
        return new GroupVerdict(probe.articleId(), probe.keys().size(), best, cluster);
    }

    /** Records the decided cluster of an article this partition indexed under a provisional one. */
    public void fix(ClusterFix fix) {
        clusters.put(fix.articleId(), fix.clusterId(), fix.eventTimeMs());
    }

    /**
     * The verdict naming the matched article's decided cluster when the deciding hop sent one (the entry holds the
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
}
