package io.newspulse.streams.companies;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.newspulse.avro.Company;
import io.newspulse.kafka.topics.TopicBootstrapper;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.signals.CompanyTopicRouter;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates {@code signals.<id>} for companies that appear at runtime (off the global thread), then lets the router
 * send their signals there. Only for deployments configured with per-company topics for all companies.
 */
public final class CompanyTopicProvisioner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CompanyTopicProvisioner.class);
    private final Admin admin;
    private final Topics topics;
    private final CompanyTopicRouter router;
    private final Consumer<String> prepareSchema;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(io.newspulse.core.concurrent.Daemons.factory("newspulse-topic-provisioner"));

    /** @param prepareSchema resolves the schema of a company's new topic before it is routed (see OutputSchemas) */
    public CompanyTopicProvisioner(Admin admin, Topics topics, CompanyTopicRouter router, Consumer<String> prepareSchema) {
        this.admin = admin;
        this.topics = topics;
        this.router = router;
        this.prepareSchema = prepareSchema;
    }

    /** Called for every company upsert; does nothing for companies that have their topic or expect it (never waits). */
    public void onCompany(Company company) {
        String id = company.getId();
        if (router.knows(id) || !Topics.isLegalCompanyId(id)) {
            return;
        }
        executor.execute(() -> {
            try {
                new TopicBootstrapper(admin, 30_000).ensure(topics.companySignalTopics(List.of(id)));
                prepareSchema.accept(id);
                router.add(id);
                LOG.info("Created signal topic {} for new company {}", topics.companySignals(id), id);
            } catch (RuntimeException e) {
                LOG.warn("Cannot create the signal topic of company {}: {}", id, e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
