package io.newspulse.registry.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.newspulse.registry.election.FixedLeader;
import io.newspulse.registry.election.LeaderElection;
import io.newspulse.registry.election.LeaderView;
import io.newspulse.registry.model.Errors;
import io.newspulse.registry.model.NotLeaderException;
import io.newspulse.registry.model.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a write request is served: here when this instance leads, else forwarded verbatim to the leader (and this
 * instance catches up before answering, so the writer reads its write here too). While no leader is known the request
 * waits for one up to the store timeout, then gets Confluent's unknown-leader error (500, 50004); an unreachable
 * leader gives 500, 50003. A leader whose writer turns out fenced mid-request asks the election again.
 */
final class WriteRouter {
    private static final Logger LOG = LoggerFactory.getLogger(WriteRouter.class);

    private final LeaderElection election;
    private final LeaderForwarder forwarder;
    private final Runnable catchUp;
    private final long waitNanos;

    WriteRouter(LeaderElection election, LeaderForwarder forwarder, Runnable catchUp, Duration wait) {
        this.election = election;
        this.forwarder = forwarder;
        this.catchUp = catchUp;
        this.waitNanos = wait.toNanos();
    }

    /** Every write served here (a registry alone, or the service used without HTTP). */
    static WriteRouter local() {
        FixedLeader self = FixedLeader.self();
        self.start("local");
        return new WriteRouter(self, null, () -> { }, Duration.ZERO);
    }

    /** Serves the write with {@code local} on the leader, or forwards it there. */
    void handle(Context ctx, Handler local) throws Exception {
        long deadline = System.nanoTime() + waitNanos;
        boolean forwarded = ctx.header(LeaderForwarder.FORWARDED_HEADER) != null;
        while (true) {
            LeaderView view = election.awaitLeader(deadline);
            switch (view.role()) {
                case LEADER -> {
                    try {
                        local.handle(ctx);
                        return;
                    } catch (NotLeaderException e) {
                        LOG.warn("{} {}: {}; asking the election again", ctx.method(), ctx.path(), e.getMessage());
                        election.deposed();
                        if (System.nanoTime() - deadline >= 0) {
                            throw Errors.unknownLeader("this instance was deposed and no new leader is known yet");
                        }
                    }
                }
                case FOLLOWER -> {
                    if (forwarded) {
                        throw Errors.forwardingFailed(view.leaderUrl(), "the request was forwarded to an instance "
                                + "that is not the leader (the election is changing); retry", null);
                    }
                    relay(ctx, view.leaderUrl());
                    return;
                }
                case UNKNOWN -> throw Errors.unknownLeader("no registry instance is elected to write");
            }
        }
    }

    private void relay(Context ctx, String leaderUrl) {
        String query = ctx.queryString();
        String pathAndQuery = ctx.req().getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", ctx.header("Content-Type"));
        headers.put("Accept", ctx.header("Accept"));
        headers.put("Authorization", ctx.header("Authorization"));
        LeaderForwarder.Answer answer = forwarder.forward(leaderUrl, ctx.method().name(), pathAndQuery,
                ctx.bodyAsBytes(), headers);
        if (answer.status() < 300) {
            try {
                catchUp.run();
            } catch (RegistryException e) {
                LOG.warn("Forwarded {} {} to {}, but cannot catch up with it: {}", ctx.method(), ctx.path(), leaderUrl,
                        e.getMessage());
            }
        }
        ctx.status(answer.status());
        if (answer.contentType() != null) {
            ctx.contentType(answer.contentType());
        }
        ctx.result(answer.body());
    }
}
