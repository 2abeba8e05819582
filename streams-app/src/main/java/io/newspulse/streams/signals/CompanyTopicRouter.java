package io.newspulse.streams.signals;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which companies have a {@code signals.<company-id>} topic. Only those are routed there: writing to a topic that
 * does not exist would stall the producer. Topics created at runtime (a company added to the companies topic) are
 * added here once they exist.
 */
public final class CompanyTopicRouter {
    private final Set<String> companies = ConcurrentHashMap.newKeySet();

    public static CompanyTopicRouter of(Collection<String> companyIds) {
        CompanyTopicRouter router = new CompanyTopicRouter();
        router.companies.addAll(companyIds);
        return router;
    }

    public boolean routes(String companyId) {
        return companyId != null && companies.contains(companyId);
    }

    public void add(String companyId) {
        companies.add(companyId);
    }

    /** A snapshot of the routed companies. */
    public Set<String> companies() {
        return Set.copyOf(companies);
    }

    public int size() {
        return companies.size();
    }
}
