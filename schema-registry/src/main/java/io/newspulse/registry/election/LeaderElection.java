package io.newspulse.registry.election;

/**
 * Decides which registry instance writes to the store. Reads are served by every instance; writes go to the leader
 * (see {@code WriteRouter}).
 */
public interface LeaderElection extends AutoCloseable {

    /** Joins the election, advertising {@code ownUrl} to the other instances; returns without waiting for a result. */
    void start(String ownUrl);

    /** The current view (never null). */
    LeaderView view();

    /**
     * The view once a leader is known ({@link Role#LEADER} or {@link Role#FOLLOWER}), or the current
     * {@link Role#UNKNOWN} view when {@code deadlineNanos} (a {@link System#nanoTime()} instant) passes first.
     */
    LeaderView awaitLeader(long deadlineNanos);

    /** The store found this instance's writer fenced by a newer leader: stop acting as leader and look again. */
    void deposed();

    @Override
    void close();
}
