package io.newspulse.streams.signals;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which companies have a {@code signals.<company-id>} topic. Only those are routed there: writing to a topic that
 * does not exist would stall the producer. Topics created at runtime (a company added to the companies topic) are
 * added here once they exist.
 *
 * <p>On a first start the per-company topics are made while Kafka Streams already runs (issue 23): the app names
 * them {@linkplain #expect expected} before Kafka Streams starts and {@linkplain #add adds} each once the broker has
 * created it. A signal of an expected company waits in {@link #routes} until its topic is made (at most
 * {@code expectedWait}, as long as the producer waited for a missing topic before), so none is produced to a topic
 * that does not exist yet and none is left out; a company whose topic cannot be made is
 * {@linkplain #abandon abandoned} (the app stops) and no longer waited for.
 */
public final class CompanyTopicRouter {
    private static final Logger LOG = LoggerFactory.getLogger(CompanyTopicRouter.class);
    /** How long a signal of an expected company waits for its topic by default (the producer's max.block.ms). */
    public static final Duration EXPECTED_WAIT = Duration.ofSeconds(60);

    private final Set<String> companies = ConcurrentHashMap.newKeySet();
    private final Set<String> expected = ConcurrentHashMap.newKeySet();
    private final Object made = new Object();
    private final Duration expectedWait;

    private CompanyTopicRouter(Duration expectedWait) {
        this.expectedWait = expectedWait;
    }

    /** A router of these companies, whose topics exist. */
    public static CompanyTopicRouter of(Collection<String> companyIds) {
        return of(companyIds, EXPECTED_WAIT);
    }

    /** A router of these companies, whose topics exist; a signal of an expected company waits up to {@code expectedWait}. */
    public static CompanyTopicRouter of(Collection<String> companyIds, Duration expectedWait) {
        CompanyTopicRouter router = new CompanyTopicRouter(expectedWait);
        router.companies.addAll(companyIds);
        return router;
    }

    /**
     * Whether the company's signals go to its topic: true when the topic exists; for an {@linkplain #expect expected}
     * company, once its topic is made (this call waits for it, false when it is abandoned or not made in time).
     */
    public boolean routes(String companyId) {
        if (companyId == null) {
            return false;
        }
        if (companies.contains(companyId)) {
            return true;
        }
        if (!expected.contains(companyId)) {
            return false;
        }
        long deadline = System.nanoTime() + expectedWait.toNanos();
        synchronized (made) {
            while (expected.contains(companyId) && !companies.contains(companyId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("The topic of company {} is not made after {}: its signal goes to the shared topics only",
                            companyId, expectedWait);
                    return false;
                }
                try {
                    made.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return companies.contains(companyId);
    }

    /** Whether the company has its topic or expects it (never waits). */
    public boolean knows(String companyId) {
        return companyId != null && (companies.contains(companyId) || expected.contains(companyId));
    }

    /** The company's topic exists: its signals go there from now on. */
    public void add(String companyId) {
        addAll(Set.of(companyId));
    }

    /** These companies' topics exist: their signals go there from now on. */
    public void addAll(Collection<String> companyIds) {
        companies.addAll(companyIds);
        expected.removeAll(companyIds);
        synchronized (made) {
            made.notifyAll();
        }
    }

    /** These companies' topics are being made: their signals wait for them in {@link #routes} (none that exists already). */
    public void expect(Collection<String> companyIds) {
        for (String id : companyIds) {
            if (!companies.contains(id)) {
                expected.add(id);
            }
        }
    }

    /** The expected topics will not be made (the start failed): signals of those companies stop waiting. */
    public void abandon() {
        expected.clear();
        synchronized (made) {
            made.notifyAll();
        }
    }

    /** A snapshot of the routed companies, those whose topic is expected included. */
    public Set<String> companies() {
        Set<String> all = new HashSet<>(companies);
        all.addAll(expected);
        return Set.copyOf(all);
    }

    /** A snapshot of the companies whose topic is expected and not made yet. */
    public Set<String> expected() {
        return Set.copyOf(expected);
    }

    public int size() {
        return companies().size();
    }
}
