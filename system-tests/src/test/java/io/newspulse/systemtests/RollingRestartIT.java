package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.newspulse.testsupport.GroundTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 20 (3): a rolling restart of all three instances under steady load. Each instance in turn is taken out of
 * the client's rotation (as a load balancer drains it), stopped cleanly (SIGTERM: it leaves the group), started
 * again on its data dir and put back once it and the others are RUNNING. Not one API request may fail, and the
 * counts afterwards are exact.
 */
class RollingRestartIT extends ThreeInstanceTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(RollingRestartIT.class);
    private static final int PROBE = 120;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void shouldRestartAllThreeInstancesWithoutAFailedRequestAndCountExactly() throws Exception {
        startLoadAndPoller(PROBE);
        awaitWhilePolling("load under way and every company answered", Duration.ofMinutes(3),
                () -> load.published() >= PROBE && poller.everyCompanyAnsweredSince(0));

        List<String> timings = new ArrayList<>();
        for (StreamInstance instance : instances) {
            List<StreamInstance> others = instances.stream().filter(i -> i != instance).toList();
            poller.rotation(others);
            long stopping = System.currentTimeMillis();
            boolean clean = instance.stop();
            long stopped = System.currentTimeMillis();
            assertThat(clean).as("instance " + instance.name() + " exited by itself after SIGTERM").isTrue();
            instance.start();
            long back = awaitGroupOf(3, instances, Duration.ofMinutes(4));
            poller.rotation(instances);
            timings.add(instance.name() + ": stop " + (stopped - stopping) + " ms, start until the group of 3 is stable "
                    + (back - stopped) + " ms");
            LOG.info("Restarted instance {} ({}); poller: {}", instance.name(), timings.get(timings.size() - 1), poller.summary());
            awaitWhilePolling("every company answered after restarting " + instance.name(), Duration.ofMinutes(2),
                    () -> poller.everyCompanyAnsweredSince(back));
        }
        GroundTruth truth = load.stop();
        poller.close();

        List<ApiPoller.Result> failures = poller.failures();
        LOG.info("ROLLING RESTART: {}; {}", timings, poller.summary());
        failures.stream().limit(10).forEach(f -> LOG.warn("Failed request: {}", f));
        verifyExactCounts(truth, instances.get(0));
        assertThat(failures).as("failed API requests during the rolling restart").isEmpty();
    }
}
