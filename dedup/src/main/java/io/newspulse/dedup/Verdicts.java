package io.newspulse.dedup;

import java.util.Collection;

/** Merges the per-key verdicts of one article into the single best one. */
public final class Verdicts {
    private Verdicts() {
    }

    /**
     * The best verdict: exact beats near beats different; among equals the higher similarity wins, then the earlier
     * event time, then the smaller cluster id (so the merge is deterministic in any order). Empty input gives
     * {@link Verdict#none()}.
     */
    public static Verdict merge(Collection<Verdict> verdicts) {
        Verdict best = Verdict.none();
        for (Verdict v : verdicts) {
            if (better(v, best)) {
                best = v;
            }
        }
        return best;
    }

    /** True when {@code a} should be preferred over {@code b}. */
    public static boolean better(Verdict a, Verdict b) {
        int before = compareBeforeCluster(a, b);
        if (before != 0) {
            return before > 0;
        }
        return a.kind() != MatchKind.DIFFERENT && a.clusterId().compareTo(b.clusterId()) < 0;
    }

    /**
     * True when {@code a} beats or ties {@code b} on everything {@link #better} weighs before the cluster id (kind,
     * similarity, event time): only then can the cluster id decide, so a caller that must look a cluster id up (a
     * decided cluster in a store) need not do it for a verdict that loses already.
     */
    public static boolean contendsBeforeCluster(Verdict a, Verdict b) {
        int before = compareBeforeCluster(a, b);
        return before > 0 || before == 0 && a.kind() != MatchKind.DIFFERENT;
    }

    /**
     * Positive when {@code a} is preferred on kind, then similarity, then the earlier event time; negative when
     * {@code b} is; 0 when they tie on all three (two "different" verdicts always tie: neither is preferred).
     */
    private static int compareBeforeCluster(Verdict a, Verdict b) {
        int byKind = Integer.compare(rank(a.kind()), rank(b.kind()));
        if (byKind != 0 || a.kind() == MatchKind.DIFFERENT) {
            return byKind;
        }
        if (a.similarity() != b.similarity()) {
            return Double.compare(a.similarity(), b.similarity());
        }
        return Long.compare(b.eventTimeMs(), a.eventTimeMs());
    }

    /** Preference order of verdict kinds: exact 2, near 1, different 0. */
    public static int rank(MatchKind kind) {
        return switch (kind) {
            case EXACT -> 2;
            case NEAR -> 1;
            case DIFFERENT -> 0;
        };
    }
}
