package io.newspulse.streams.dedup;

/**
 * A record of the dedup chain topic, keyed by article id and written to the index partition it names (not the
 * key's partition): an article on its way to the next partition owning some of its keys ({@link ChainHop}), or a
 * decided cluster for a partition that indexed the article under another ({@link ClusterFix}).
 */
public sealed interface ChainMessage extends DedupInput permits ChainHop, ClusterFix {
    /** The index partition (= task) this message is for. */
    int partition();

    /** The article's event time: the record's timestamp in the topology (the topic itself keeps append times). */
    long eventTimeMs();
}
