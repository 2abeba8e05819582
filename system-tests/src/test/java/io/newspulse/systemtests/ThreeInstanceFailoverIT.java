package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.newspulse.testsupport.GroundTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 20 (3): three instances with standby replicas under steady load; the one serving the most companies is
 * SIGKILLed. The two survivors answer every company all along (the dead instance's companies from their standby
 * copies), requests fail at most inside the failover window (kill until the group is stable again; a request counts
 * as inside when it was in flight at any moment of it, e.g. sent to the victim just before the kill), which is
 * measured; afterwards nothing is lost or counted twice.
 */
class ThreeInstanceFailoverIT extends ThreeInstanceTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(ThreeInstanceFailoverIT.class);
    /** The poller asks for the companies of the first PROBE articles; the kill comes after they are published. */
    private static final int PROBE = 120;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldKeepAnsweringEveryCompanyWhenOneOfThreeInstancesDies() throws Exception {
        startLoadAndPoller(PROBE);
        awaitWhilePolling("load under way and every company answered", Duration.ofMinutes(3),
                () -> load.published() >= PROBE && poller.everyCompanyAnsweredSince(0));

        // The victim: the instance that computed the most answers lately (the active one for the most companies).
        Map<String, Long> servedBy = poller.results().stream().filter(ApiPoller.Result::ok)
                .skip(Math.max(0, poller.results().size() - 300))
                .collect(Collectors.groupingBy(ApiPoller.Result::servedBy, Collectors.counting()));
        StreamInstance victim = instances.stream().max(java.util.Comparator.comparingLong(i -> servedBy.getOrDefault(i.address(), 0L))).orElseThrow();
        List<StreamInstance> survivors = instances.stream().filter(i -> i != victim).toList();
        Set<String> victimsCompanies = poller.results().stream().filter(r -> r.ok() && r.servedBy().equals(victim.address()))
                .map(ApiPoller.Result::company).collect(Collectors.toSet());
        poller.rotation(survivors);
        int failuresBefore = poller.failures().size();

        LOG.info("Killing instance {} (SIGKILL), active for {} of the polled companies; answers so far by instance: {}",
                victim.name(), victimsCompanies.size(), servedBy);
        long killedAt = System.currentTimeMillis();
        victim.kill();
        long recoveredAt = awaitGroupOf(2, survivors, Duration.ofMinutes(3));
        LOG.info("Group stable with the 2 survivors {} ms after the kill", recoveredAt - killedAt);
        awaitWhilePolling("every company answered by the survivors after the failover", Duration.ofMinutes(2),
                () -> poller.everyCompanyAnsweredSince(recoveredAt));
        GroundTruth truth = load.stop();
        poller.close();

        List<ApiPoller.Result> results = poller.results();
        List<ApiPoller.Result> failures = poller.failures();
        List<ApiPoller.Result> during = results.stream().filter(r -> r.sentAtMs() >= killedAt && r.sentAtMs() <= recoveredAt).toList();
        long standbyAnswers = during.stream().filter(r -> r.ok() && victimsCompanies.contains(r.company())).count();
        long failoverWindowMs = failures.stream().filter(r -> r.sentAtMs() >= killedAt)
                .mapToLong(r -> r.sentAtMs() - killedAt).max().orElse(0);
        Map<Integer, Long> statuses = failures.stream().collect(Collectors.groupingBy(ApiPoller.Result::status, Collectors.counting()));
        LOG.info("FAILOVER: {} requests, {} failed (by status {}); between the kill and the stable group ({} ms): {} requests, "
                        + "{} of them for the dead instance's companies answered by the survivors; last failed request {} ms after the kill",
                results.size(), failures.size(), statuses, recoveredAt - killedAt, during.size(), standbyAnswers, failoverWindowMs);
        failures.stream().limit(10).forEach(f -> LOG.warn("Failed request: {}", f));

        assertThat(failuresBefore).as("failed requests before the kill").isZero();
        assertThat(failures).as("failed requests outside the failover window")
                .allSatisfy(f -> assertThat(f.inFlightDuring(killedAt, recoveredAt)).as("%s in flight between %d and %d", f, killedAt, recoveredAt).isTrue());
        assertThat(standbyAnswers).as("answers for the dead instance's companies while it was still in the group").isPositive();
        verifyExactCounts(truth, survivors.get(0));
    }
}
