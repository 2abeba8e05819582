package io.newspulse.streams.query;

/**
 * A company's buzz (relevance-weighted volume of novel articles) in the current window, with the previous
 * window's buzz for comparison and the spike score of the current window. {@code linked} is false for an
 * organisation found in the text but not in the knowledge base (id {@code org:...}).
 */
public record TopEntry(String companyId, String companyName, String window, String windowStart, double volume,
                       double previousVolume, long articleCount, long mentionCount, double spikeScore, boolean linked) {

    /** Whether an id is a knowledge-base company's (else an unlinked organisation's {@code org:} id). */
    public static boolean linked(String companyId) {
        return !companyId.startsWith(io.newspulse.tagging.discovery.OrgIds.PREFIX);
    }

    /** Ranking: current buzz, then previous buzz, then id (stable). */
    public static final java.util.Comparator<TopEntry> RANKING = java.util.Comparator
            .comparingDouble(TopEntry::volume).reversed()
            .thenComparing(java.util.Comparator.comparingDouble(TopEntry::previousVolume).reversed())
            .thenComparing(TopEntry::companyId);
}
