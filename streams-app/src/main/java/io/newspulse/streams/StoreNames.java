package io.newspulse.streams;

import java.time.Duration;

import io.newspulse.streams.config.Durations;

/** Names of the topology's state stores (their changelog topics are {@code <application.id>-<name>-changelog}). */
public final class StoreNames {
    public static final String COMPANIES = "companies-store";
    public static final String DEDUP_INDEX = "dedup-index-store";
    public static final String DEDUP_CLUSTERS = "dedup-cluster-store";
    /** One value per company: recent articles, open windows and live spike baselines of every window size. */
    public static final String COMPANY_LIVE = "company-live-store";

    private StoreNames() {
    }

    /** Window store of the closed windows of one window size, e.g. {@code signals-1m-store} (written once, at the close). */
    public static String signals(Duration window) {
        return "signals-" + Durations.label(window) + "-store";
    }

    /**
     * Spike baseline of one window size fed only by closed windows, in close order: the closed-window signals are
     * scored against it, so their score does not depend on when the updates of later windows were flushed (the same
     * in a replay as live; docs/history.md).
     */
    public static String closedSpikeBaseline(Duration window) {
        return "spike-baseline-closed-" + Durations.label(window) + "-store";
    }
}
