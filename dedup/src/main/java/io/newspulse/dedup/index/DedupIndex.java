package io.newspulse.dedup.index;

import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.Verifier;
import io.newspulse.dedup.fingerprint.Fingerprint;

import java.time.Duration;

/**
 * In-memory duplicate index, the single-process twin of the partitioned Kafka Streams store: articles are indexed
 * under their {@link Fingerprint#candidateKeys()} (as the 64-bit {@link Fingerprint#candidateKeyCodes()}), and an
 * arriving article is verified against the entries under its keys (the decoded form of {@link IndexEntry}). Which
 * entries are compared, how many one key takes, whether exact copies are indexed, the cluster an article is indexed
 * with and how verdicts rank are the {@link DedupPolicy}'s, shared with the stream processors. Entries that fell
 * behind the newest event time by more than the horizon are ignored and swept. Not thread-safe.
 */
public final class DedupIndex {
    /** Default event-time horizon: {@link DedupPolicy#DEFAULT_HORIZON}. */
    public static final Duration DEFAULT_HORIZON = DedupPolicy.DEFAULT_HORIZON;
    /** Default bound of entries kept under one key: {@link DedupPolicy#DEFAULT_MAX_ENTRIES_PER_KEY}. */
    public static final int DEFAULT_MAX_ENTRIES_PER_KEY = DedupPolicy.DEFAULT_MAX_ENTRIES_PER_KEY;
    private static final int SWEEP_EVERY = 4096;

    private final DedupPolicy policy;
    private final Verifier verifier;
    private final long horizonMs;
    /** Unbounded lists: the policy bounds the comparable entries of a key, the sweep drops the expired ones. */
    private final PostingTable<Held> byKey = new PostingTable<>(Integer.MAX_VALUE);
    private long maxEventTimeMs = Long.MIN_VALUE;
    private long oldestIndexedMs = Long.MAX_VALUE;
    private long offers;

    /** An index with the default policy. */
    public DedupIndex() {
        this(DedupPolicy.defaults());
    }

    /** An index applying {@code policy}. */
    public DedupIndex(DedupPolicy policy) {
        this(policy, policy.verifier());
    }

    /** An index with the given horizon, per-key bound and verifier, the other rules as by default. */
    public DedupIndex(Duration horizon, int maxEntriesPerKey, Verifier verifier) {
        this(DedupPolicy.defaults().withHorizon(horizon).withMaxEntriesPerKey(maxEntriesPerKey), verifier);
    }

    private DedupIndex(DedupPolicy policy, Verifier verifier) {
        this.policy = policy;
        this.verifier = verifier;
        this.horizonMs = policy.horizon().toMillis();
    }

    /** Looks the article up, records it, and says whether it is an original or a duplicate of an earlier one. */
    public DedupResult offer(String articleId, long eventTimeMs, Fingerprint fp) {
        long[] keys = fp.candidateKeyCodes();
        offers++;
        maxEventTimeMs = Math.max(maxEventTimeMs, eventTimeMs);
        int[] comparable = new int[keys.length];
        Verdict best = lookup(articleId, keys, eventTimeMs, fp, comparable);
        if (policy.indexes(best.kind())) {
            Held entry = new Held(articleId, policy.clusterOf(articleId, best), eventTimeMs, fp);
            for (int i = 0; i < keys.length; i++) {
                if (policy.hasRoom(comparable[i])) {
                    byKey.add(keys[i], entry);
                    oldestIndexedMs = Math.min(oldestIndexedMs, eventTimeMs);
                }
            }
        }
        if (offers % SWEEP_EVERY == 0 && oldestIndexedMs < maxEventTimeMs - horizonMs) {
            sweep();
        }
        return policy.decide(articleId, best);
    }

    /**
     * The best verdict over the comparable entries under the keys, each entry verified once; fills in how many
     * comparable entries each key holds. An exact match under the exact key (the first) ends the search when exact
     * copies are not indexed: no other entry can rank higher, and the counts are then not needed.
     */
    private Verdict lookup(String articleId, long[] keys, long eventTimeMs, Fingerprint fp, int[] comparable) {
        Verdict best = Verdict.none();
        for (int i = 0; i < keys.length; i++) {
            for (int p = byKey.first(keys[i]); p >= 0; p = byKey.next(p)) {
                Held h = byKey.item(p);
                if (!withinHorizon(h.eventTimeMs, eventTimeMs)) {
                    continue;
                }
                comparable[i]++;
                if (h.visitedBy != offers && policy.precedes(h.eventTimeMs, h.articleId, eventTimeMs, articleId)) {
                    h.visitedBy = offers; // entries are shared by all keys of an article: verify each once
                    Verdict v = verifier.verify(fp, h.fingerprint, h.articleId, h.clusterId, h.eventTimeMs);
                    if (policy.better(v, best)) {
                        best = v;
                    }
                }
            }
            if (i == 0 && best.kind() == MatchKind.EXACT && !policy.indexes(MatchKind.EXACT)) {
                return best;
            }
        }
        return best;
    }

    private boolean withinHorizon(long entryTimeMs, long eventTimeMs) {
        return policy.comparable(entryTimeMs, eventTimeMs) && entryTimeMs >= maxEventTimeMs - horizonMs;
    }

    /**
     * Drops entries that fell out of the horizon (also done automatically every few thousand offers, when
     * something can have expired).
     */
    public void sweep() {
        oldestIndexedMs = byKey.retainSince(h -> h.eventTimeMs, maxEventTimeMs - horizonMs);
    }

    /** Number of keys currently held. */
    public int keyCount() {
        return byKey.keyCount();
    }

    /** Total number of (key, entry) pairs currently held. */
    public long entryCount() {
        return byKey.size();
    }

    /**
     * What this in-memory index keeps per article: an {@link IndexEntry} with its signature already decoded (the
     * partitioned store keeps the entry with the signature bytes instead), plus the number of the offer that last
     * verified it.
     */
    private static final class Held {
        final String articleId;
        final String clusterId;
        final long eventTimeMs;
        final Fingerprint fingerprint;
        long visitedBy;

        Held(String articleId, String clusterId, long eventTimeMs, Fingerprint fingerprint) {
            this.articleId = articleId;
            this.clusterId = clusterId;
            this.eventTimeMs = eventTimeMs;
            this.fingerprint = fingerprint;
        }
    }
}
