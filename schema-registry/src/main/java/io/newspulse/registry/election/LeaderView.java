package io.newspulse.registry.election;

import java.util.Objects;

/**
 * An instance's view of the election: its role and the leader's advertised URL ({@code null} when unknown).
 *
 * @param role     this instance's role
 * @param leaderUrl base URL of the leader (this instance's own URL when {@link Role#LEADER})
 */
public record LeaderView(Role role, String leaderUrl) {
    public LeaderView {
        Objects.requireNonNull(role);
        if (role != Role.UNKNOWN) {
            Objects.requireNonNull(leaderUrl, "leaderUrl");
        }
    }

    public static LeaderView unknown() {
        return new LeaderView(Role.UNKNOWN, null);
    }

    public static LeaderView leader(String ownUrl) {
        return new LeaderView(Role.LEADER, ownUrl);
    }

    public static LeaderView follower(String leaderUrl) {
        return new LeaderView(Role.FOLLOWER, leaderUrl);
    }
}
