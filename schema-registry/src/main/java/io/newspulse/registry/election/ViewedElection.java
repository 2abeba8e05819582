package io.newspulse.registry.election;

/** An election whose outcome is kept in a {@link LeaderState}: the view and the wait for a leader read it. */
abstract class ViewedElection implements LeaderElection {
    /** The current outcome; implementations set it as the election goes. */
    protected final LeaderState state = new LeaderState();

    @Override
    public LeaderView view() {
        return state.view();
    }

    @Override
    public LeaderView awaitLeader(long deadlineNanos) {
        return state.awaitLeader(deadlineNanos);
    }
}
