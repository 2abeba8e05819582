package io.newspulse.dedup.index;

import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.Verdicts;
import io.newspulse.dedup.Verifier;
import io.newspulse.dedup.fingerprint.Fingerprint;

import java.time.Duration;

/**
 * In-memory duplicate index, the single-process twin of the partitioned Kafka Streams store: articles are indexed
 * under their {@link Fingerprint#candidateKeys()} (as the 64-bit {@link Fingerprint#candidateKeyCodes()}), each key
 * keeps a bounded list of entries (the decoded form of {@link IndexEntry}), and an
 * arriving article is verified against the entries under its keys. Entries older than the event-time horizon are
 * ignored and swept. Originals and near duplicates are indexed (carrying their cluster's original id); exact
 * duplicates are not, since their text is already there. Not thread-safe.
 */
public final class DedupIndex {
    /** Default event-time horizon. */
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    /** Default bound of entries kept under one key. */
    public static final int DEFAULT_MAX_ENTRIES_PER_KEY = 32;
    private static final int SWEEP_EVERY = 4096;

    private final Verifier verifier;
    private final long horizonMs;
    private final PostingTable<Held> byKey;
    private long maxEventTimeMs = Long.MIN_VALUE;
    private long oldestIndexedMs = Long.MAX_VALUE;
    private long offers;

    /** An index with the default horizon, bound and verification policy. */
    public DedupIndex() {
        this(DEFAULT_HORIZON, DEFAULT_MAX_ENTRIES_PER_KEY, new Verifier());
    }

    /** An index with the given horizon, per-key bound and verifier. */
    public DedupIndex(Duration horizon, int maxEntriesPerKey, Verifier verifier) {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be positive");
        }
        if (maxEntriesPerKey < 1) {
            throw new IllegalArgumentException("maxEntriesPerKey must be at least 1");
        }
        this.horizonMs = horizon.toMillis();
        this.byKey = new PostingTable<>(maxEntriesPerKey);
        this.verifier = verifier;
    }

    /** Looks the article up, records it, and says whether it is an original or a duplicate of an earlier one. */
    public DedupResult offer(String articleId, long eventTimeMs, Fingerprint fp) {
        long[] keys = fp.candidateKeyCodes();
        offers++;
        Verdict best = lookup(keys, eventTimeMs, fp);
        DedupResult result;
        if (best.kind() == MatchKind.EXACT) {
            result = new DedupResult(DedupResult.Kind.EXACT, best.clusterId(), best.matchedId(), 1.0);
        } else if (best.kind() == MatchKind.NEAR) {
            result = new DedupResult(DedupResult.Kind.NEAR, best.clusterId(), best.matchedId(), best.similarity());
        } else {
            result = DedupResult.original(articleId);
        }
        if (result.kind() != DedupResult.Kind.EXACT) {
            Held entry = new Held(articleId, result.clusterId(), eventTimeMs, fp);
            oldestIndexedMs = Math.min(oldestIndexedMs, eventTimeMs);
            for (long key : keys) {
                byKey.add(key, entry);
            }
        }
        maxEventTimeMs = Math.max(maxEventTimeMs, eventTimeMs);
        if (offers % SWEEP_EVERY == 0 && oldestIndexedMs < maxEventTimeMs - horizonMs) {
            sweep();
        }
        return result;
    }

    private Verdict lookup(long[] keys, long eventTimeMs, Fingerprint fp) {
        for (int p = byKey.first(keys[0]); p >= 0; p = byKey.next(p)) {
            Held h = byKey.item(p);
            if (withinHorizon(h.eventTimeMs, eventTimeMs)) {
                Verdict v = verify(fp, h);
                if (v.kind() == MatchKind.EXACT) {
                    return v;
                }
            }
        }
        Verdict best = Verdict.none();
        for (int i = 1; i < keys.length; i++) {
            for (int p = byKey.first(keys[i]); p >= 0; p = byKey.next(p)) {
                Held h = byKey.item(p);
                if (h.visitedBy != offers && withinHorizon(h.eventTimeMs, eventTimeMs)) {
                    h.visitedBy = offers; // entries are shared by all keys of an article: verify each once
                    Verdict v = verify(fp, h);
                    if (Verdicts.better(v, best)) {
                        best = v;
                    }
                }
            }
        }
        return best;
    }

    private Verdict verify(Fingerprint fp, Held h) {
        return verifier.verify(fp, h.fingerprint, h.articleId, h.clusterId, h.eventTimeMs);
    }

    private boolean withinHorizon(long entryTimeMs, long eventTimeMs) {
        return Math.abs(eventTimeMs - entryTimeMs) <= horizonMs && entryTimeMs >= maxEventTimeMs - horizonMs;
    }

    /**
     * Drops entries that fell out of the horizon (also done automatically every few thousand offers, when
     * something can have expired).
     */
    public void sweep() {
        long oldest = maxEventTimeMs - horizonMs;
        long[] stillOldest = {Long.MAX_VALUE};
        byKey.retain(h -> {
            if (h.eventTimeMs < oldest) {
                return false;
            }
            stillOldest[0] = Math.min(stillOldest[0], h.eventTimeMs);
            return true;
        });
        oldestIndexedMs = stillOldest[0];
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
