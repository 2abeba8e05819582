package io.newspulse.kafka.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a deployment needs, idempotently: missing topics are created with their partitions,
 * replication and configs; existing ones are left alone (a partition count lower than wanted is reported,
 * never silently changed, because it would move keys between partitions).
 */
public final class TopicBootstrapper {
    private static final Logger LOG = LoggerFactory.getLogger(TopicBootstrapper.class);
    private static final int BATCH = 500;
    private final Admin admin;
    private final long timeoutMs;

    public TopicBootstrapper(Admin admin, long timeoutMs) {
        this.admin = admin;
        this.timeoutMs = timeoutMs;
    }

    /** Outcome of one run. */
    public record Result(List<String> created, List<String> existing, List<String> warnings) {
    }

    public Result ensure(Collection<TopicSpec> specs) {
        try {
            Set<String> present = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<String> existing = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (present.contains(spec.name())) {
                    existing.add(spec.name());
                } else {
                    missing.add(new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor()).configs(spec.configs()));
                }
            }
            List<String> created = new ArrayList<>();
            for (int i = 0; i < missing.size(); i += BATCH) {
                List<NewTopic> batch = missing.subList(i, Math.min(missing.size(), i + BATCH));
                createAll(batch, created);
            }
            List<String> warnings = checkPartitions(specs, existing);
            if (!created.isEmpty()) {
                LOG.info("Created {} topics ({} already existed)", created.size(), existing.size());
            }
            return new Result(created, existing, warnings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics: " + e.getMessage(), e);
        }
    }

    private void createAll(List<NewTopic> batch, List<String> created) throws InterruptedException, TimeoutException {
        var futures = admin.createTopics(batch).values();
        for (Map.Entry<String, ? extends org.apache.kafka.common.KafkaFuture<Void>> entry : futures.entrySet()) {
            try {
                entry.getValue().get(timeoutMs, TimeUnit.MILLISECONDS);
                created.add(entry.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
        }
    }

    private List<String> checkPartitions(Collection<TopicSpec> specs, List<String> existing)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (existing.isEmpty()) {
            return List.of();
        }
        Map<String, TopicSpec> byName = specs.stream().collect(Collectors.toMap(TopicSpec::name, s -> s, (a, b) -> a));
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < existing.size(); i += BATCH) {
            List<String> names = existing.subList(i, Math.min(existing.size(), i + BATCH));
            Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS);
            descriptions.forEach((name, description) -> {
                int wanted = byName.get(name).partitions();
                int actual = description.partitions().size();
                if (actual != wanted) {
                    String warning = "topic " + name + " has " + actual + " partitions, configuration asks for " + wanted + "; left unchanged";
                    LOG.warn(warning);
                    warnings.add(warning);
                }
            });
        }
        return warnings;
    }
}
