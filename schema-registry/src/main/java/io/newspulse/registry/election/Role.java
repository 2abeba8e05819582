package io.newspulse.registry.election;

/** What an instance knows about who writes to the store. */
public enum Role {
    /** This instance is the elected writer. */
    LEADER,
    /** Another instance is the writer; writes are forwarded to it. */
    FOLLOWER,
    /** No writer is known yet (election in progress, or no eligible instance). */
    UNKNOWN
}
