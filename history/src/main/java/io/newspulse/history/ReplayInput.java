package io.newspulse.history;

import java.time.Instant;
import java.util.Iterator;

import io.newspulse.avro.ArticleEvent;

/**
 * The articles one replay publishes, in event-time order ({@link ArchiveSlice#EVENT_TIME_ORDER}), each id once. The
 * order must be a pure function of the input: a resumed run skips the prefix the backfill topic already holds.
 * {@link ArchiveSlice} holds an archive in memory; a generated input (the benchmark's) can hand its articles out one
 * at a time, so a replay of millions of articles need not fit in the heap.
 */
public interface ReplayInput {
    /** How many articles {@link #inOrder()} yields. */
    long size();

    /** Publication time of the first article, or null when empty. */
    Instant firstPublished();

    /** Publication time of the last article, or null when empty. */
    Instant lastPublished();

    /** The articles, in event-time order; every call starts from the first. */
    Iterator<ArticleEvent> inOrder();

    /** One line for the summary. */
    String describe();
}
