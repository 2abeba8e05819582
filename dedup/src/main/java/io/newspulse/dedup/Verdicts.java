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
        int ra = rank(a.kind());
        int rb = rank(b.kind());
        if (ra != rb) {
            return ra > rb;
        }
        if (a.kind() == MatchKind.DIFFERENT) {
            return false;
        }
        if (a.similarity() != b.similarity()) {
            return a.similarity() > b.similarity();
        }
        if (a.eventTimeMs() != b.eventTimeMs()) {
            return a.eventTimeMs() < b.eventTimeMs();
        }
        return a.clusterId().compareTo(b.clusterId()) < 0;
    }

    /**
     * True when {@code a} beats or ties {@code b} on everything {@link #better} weighs before the cluster id (kind,
     * similarity, event time): only then can the cluster id decide, so a caller that must look a cluster id up (a
     * decided cluster in a store) need not do it for a verdict that loses already.
     */
    public static boolean contendsBeforeCluster(Verdict a, Verdict b) {
        int ra = rank(a.kind());
        int rb = rank(b.kind());
        if (ra != rb) {
            return ra > rb;
        }
        if (a.kind() == MatchKind.DIFFERENT) {
            return false;
        }
        if (a.similarity() != b.similarity()) {
            return a.similarity() > b.similarity();
        }
        return a.eventTimeMs() <= b.eventTimeMs();
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
