package io.newspulse.dedup.index;

import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.Verdicts;
import io.newspulse.dedup.Verifier;
import io.newspulse.dedup.fingerprint.Fingerprint;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * In-memory duplicate index, the single-process twin of the partitioned Kafka Streams store: articles are indexed
 * under their {@link Fingerprint#candidateKeys()}, each key keeps a bounded list of entries (the decoded form of
 * {@link IndexEntry}), and an
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
    private final int maxEntriesPerKey;
    private final Map<String, ArrayDeque<Held>> byKey = new HashMap<>();
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
        this.maxEntriesPerKey = maxEntriesPerKey;
        this.verifier = verifier;
    }

    /** Looks the article up, records it, and says whether it is an original or a duplicate of an earlier one. */
    public DedupResult offer(String articleId, long eventTimeMs, Fingerprint fp) {
        List<String> keys = fp.candidateKeys();
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
            for (String key : keys) {
                ArrayDeque<Held> entries = byKey.computeIfAbsent(key, k -> new ArrayDeque<>(2));
                entries.addLast(entry);
                if (entries.size() > maxEntriesPerKey) {
                    entries.removeFirst();
                }
            }
        }
        maxEventTimeMs = Math.max(maxEventTimeMs, eventTimeMs);
        if (++offers % SWEEP_EVERY == 0 && oldestIndexedMs < maxEventTimeMs - horizonMs) {
            sweep();
        }
        return result;
    }

    private Verdict lookup(List<String> keys, long eventTimeMs, Fingerprint fp) {
        ArrayDeque<Held> exact = byKey.get(keys.get(0));
        if (exact != null) {
            for (Held h : exact) {
                if (withinHorizon(h.eventTimeMs(), eventTimeMs)) {
                    Verdict v = verify(fp, h);
                    if (v.kind() == MatchKind.EXACT) {
                        return v;
                    }
                }
            }
        }
        List<Held> seen = new ArrayList<>();
        Verdict best = Verdict.none();
        for (int i = 1; i < keys.size(); i++) {
            ArrayDeque<Held> entries = byKey.get(keys.get(i));
            if (entries == null) {
                continue;
            }
            for (Held h : entries) {
                if (withinHorizon(h.eventTimeMs(), eventTimeMs) && firstVisit(seen, h)) {
                    Verdict v = verify(fp, h);
                    if (Verdicts.better(v, best)) {
                        best = v;
                    }
                }
            }
        }
        return best;
    }

    /** Entries are shared by all keys of an article, so identity tells whether it was verified already. */
    private static boolean firstVisit(List<Held> seen, Held h) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i) == h) {
                return false;
            }
        }
        seen.add(h);
        return true;
    }

    private Verdict verify(Fingerprint fp, Held h) {
        return verifier.verify(fp, h.fingerprint(), h.articleId(), h.clusterId(), h.eventTimeMs());
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
        long stillOldest = Long.MAX_VALUE;
        Iterator<Map.Entry<String, ArrayDeque<Held>>> it = byKey.entrySet().iterator();
        while (it.hasNext()) {
            ArrayDeque<Held> entries = it.next().getValue();
            entries.removeIf(h -> h.eventTimeMs() < oldest);
            if (entries.isEmpty()) {
                it.remove();
            } else {
                for (Held h : entries) {
                    stillOldest = Math.min(stillOldest, h.eventTimeMs());
                }
            }
        }
        oldestIndexedMs = stillOldest;
    }

    /** Number of keys currently held. */
    public int keyCount() {
        return byKey.size();
    }

    /** Total number of (key, entry) pairs currently held. */
    public long entryCount() {
        long n = 0;
        for (ArrayDeque<Held> entries : byKey.values()) {
            n += entries.size();
        }
        return n;
    }

    /**
     * What this in-memory index keeps per article: an {@link IndexEntry} with its signature already decoded (the
     * partitioned store keeps the entry with the signature bytes instead).
     */
    private record Held(String articleId, String clusterId, long eventTimeMs, Fingerprint fingerprint) {
    }
}
