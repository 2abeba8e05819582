package io.newspulse.registry.election;

/**
 * An election with a fixed outcome: this instance always writes ({@link #self()}: a single instance, the in-memory
 * store, or {@code leader.election.enabled=false}), or a given URL is the leader (tests).
 */
public final class FixedLeader extends ViewedElection {
    private final String leaderUrl;

    private FixedLeader(String leaderUrl) {
        this.leaderUrl = leaderUrl;
    }

    /** This instance is the writer from {@link #start(String)} on. */
    public static FixedLeader self() {
        return new FixedLeader(null);
    }

    /** The instance at {@code leaderUrl} is the writer; this one forwards. */
    public static FixedLeader at(String leaderUrl) {
        return new FixedLeader(leaderUrl);
    }

    /** Nobody is elected: every write is refused as unknown leader. */
    public static FixedLeader none() {
        return new FixedLeader("");
    }

    @Override
    public void start(String ownUrl) {
        if (leaderUrl == null) {
            state.set(LeaderView.leader(ownUrl));
        } else if (!leaderUrl.isEmpty()) {
            state.set(LeaderView.follower(leaderUrl));
        }
    }

    @Override
    public void deposed() {
        // the outcome is fixed: a store without fencing is never deposed
    }

    @Override
    public void close() {
        state.set(LeaderView.unknown());
    }
}
