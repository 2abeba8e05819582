package io.newspulse.dedup;

import io.newspulse.dedup.index.DedupResult;

import java.time.Duration;
import java.util.Objects;

/**
 * Every rule of duplicate detection that is not about one pair of texts, in one place, used alike by the in-memory
 * index ({@code DedupIndex}, behind {@code newspulse dedup}) and by the Kafka Streams processors that partition the
 * same index ({@code IndexLookup}, {@code DedupChainProcessor}), so that both give the same verdicts:
 * <ul>
 *   <li>which indexed articles an article is compared with: those within {@code horizon} of its event time
 *       ({@link #comparable}) that come before it ({@link #precedes});</li>
 *   <li>how many entries one candidate key holds: a key that already holds {@code maxEntriesPerKey} comparable
 *       entries takes no more ({@link #hasRoom}; the first articles of a burst stay findable);</li>
 *   <li>whether an exact copy is indexed ({@link #indexes}): not by default, its text is already there;</li>
 *   <li>the cluster an article is indexed with ({@link #clusterOf}) and the decision reported for it
 *       ({@link #decide}), from the best verdict;</li>
 *   <li>how verdicts rank ({@link #better}, which is {@link Verdicts#better}: kind, similarity, earlier event time,
 *       then the smaller cluster id, so the best of several partial verdicts does not depend on their order);</li>
 *   <li>the pairwise thresholds ({@link VerificationPolicy}, applied by {@link #verifier()}).</li>
 * </ul>
 *
 * @param horizon           how far apart in event time two copies may be
 * @param maxEntriesPerKey  most comparable entries one candidate key takes
 * @param indexExactCopies  whether an exact copy is indexed too (it adds no text the index lacks)
 * @param verification      thresholds of the pairwise verification
 */
public record DedupPolicy(Duration horizon, int maxEntriesPerKey, boolean indexExactCopies, VerificationPolicy verification) {
    /** Default event-time horizon (the stream's {@code dedup.horizon}, the CLI's {@code --horizon}). */
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    /** Default bound of entries under one key (the stream's {@code dedup.max.entries.per.key}). */
    public static final int DEFAULT_MAX_ENTRIES_PER_KEY = 64;

    /** Validates the fields. */
    public DedupPolicy {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(verification, "verification");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be positive");
        }
        if (maxEntriesPerKey < 1) {
            throw new IllegalArgumentException("maxEntriesPerKey must be at least 1");
        }
    }

    /** The documented defaults. */
    public static DedupPolicy defaults() {
        return new DedupPolicy(DEFAULT_HORIZON, DEFAULT_MAX_ENTRIES_PER_KEY, false, VerificationPolicy.defaults());
    }

    /** This policy with another horizon. */
    public DedupPolicy withHorizon(Duration newHorizon) {
        return new DedupPolicy(newHorizon, maxEntriesPerKey, indexExactCopies, verification);
    }

    /** This policy with another bound per key. */
    public DedupPolicy withMaxEntriesPerKey(int newMax) {
        return new DedupPolicy(horizon, newMax, indexExactCopies, verification);
    }

    /** A verifier applying {@link #verification}. */
    public Verifier verifier() {
        return new Verifier(verification);
    }

    /** True when an entry indexed at {@code entryTimeMs} is compared with an article of {@code eventTimeMs}. */
    public boolean comparable(long entryTimeMs, long eventTimeMs) {
        return Math.abs(eventTimeMs - entryTimeMs) <= horizon.toMillis();
    }

    /**
     * True when an indexed article may be the match of a new one: it comes first in (event time, article id) order.
     * So two articles are never each the other's duplicate, whatever order the index partitions see them in: with
     * the dedup chain, an article is looked up on its own partition at once and on the others one hop later, so two
     * copies read at nearly the same time on different partitions could each be indexed first on one partition and
     * found by the other there. An article that arrives after a copy with a later event time is an original. The
     * article itself delivered again precedes itself (a repost of its own cluster).
     */
    public boolean precedes(long entryTimeMs, String entryId, long eventTimeMs, String articleId) {
        return entryTimeMs < eventTimeMs || (entryTimeMs == eventTimeMs && entryId.compareTo(articleId) <= 0);
    }

    /** True when a key holding {@code comparableEntries} entries within the horizon takes the new article too. */
    public boolean hasRoom(int comparableEntries) {
        return comparableEntries < maxEntriesPerKey;
    }

    /** True when an article whose best verdict is of {@code bestKind} is indexed under its keys. */
    public boolean indexes(MatchKind bestKind) {
        return bestKind != MatchKind.EXACT || indexExactCopies;
    }

    /** The cluster an article is indexed with: the matched cluster for a duplicate, else its own id. */
    public String clusterOf(String articleId, Verdict best) {
        return best.isDuplicate() ? best.clusterId() : articleId;
    }

    /** True when verdict {@code a} is preferred over {@code b} (see {@link Verdicts#better}). */
    public boolean better(Verdict a, Verdict b) {
        return Verdicts.better(a, b);
    }

    /** Whether {@code a}'s cluster id could make it {@link #better} than {@code b} ({@link Verdicts#contendsBeforeCluster}). */
    public boolean contends(Verdict a, Verdict b) {
        return Verdicts.contendsBeforeCluster(a, b);
    }

    /** The decision about an article from its best verdict: the one mapping of {@link MatchKind} to a result. */
    public DedupResult decide(String articleId, Verdict best) {
        return switch (best.kind()) {
            case EXACT -> new DedupResult(DedupResult.Kind.EXACT, best.clusterId(), best.matchedId(), 1.0);
            case NEAR -> new DedupResult(DedupResult.Kind.NEAR, best.clusterId(), best.matchedId(), best.similarity());
            case DIFFERENT -> DedupResult.original(articleId);
        };
    }
}
