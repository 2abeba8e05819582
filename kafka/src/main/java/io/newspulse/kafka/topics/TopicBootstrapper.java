package io.newspulse.kafka.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a deployment needs, idempotently: missing topics are created with their partitions,
 * replication and configs; existing ones are left alone (a partition count lower than wanted is reported,
 * never silently changed, because it would move keys between partitions).
 *
 * <p>Several instances may start at once against a cluster of several brokers: a topic another instance has just
 * created can be listed by one broker and still be unknown to the next one asked ({@code
 * UnknownTopicOrPartitionException}). Errors Kafka calls retriable are therefore retried until the timeout, with a
 * short back-off ({@link #retrying}); any other error stops at once.
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
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        try {
            Set<String> present = retrying(() -> admin.listTopics().names(), deadline);
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
                createAll(batch, created, deadline);
            }
            List<String> warnings = checkPartitions(specs, existing, deadline);
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

    private void createAll(List<NewTopic> batch, List<String> created, long deadline) throws InterruptedException, TimeoutException {
        Backoff backoff = new Backoff(deadline);
        List<NewTopic> pending = batch;
        while (!pending.isEmpty()) {
            var futures = admin.createTopics(pending).values();
            List<NewTopic> again = new ArrayList<>();
            Throwable retriable = null;
            for (NewTopic topic : pending) {
                try {
                    futures.get(topic.name()).get(backoff.leftMs(), TimeUnit.MILLISECONDS);
                    created.add(topic.name());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RetriableException) {
                        again.add(topic);
                        retriable = e.getCause();
                    } else if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name() + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            if (retriable != null) {
                backoff.pause(retriable);
            }
            pending = again;
        }
    }

    private List<String> checkPartitions(Collection<TopicSpec> specs, List<String> existing, long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (existing.isEmpty()) {
            return List.of();
        }
        Map<String, TopicSpec> byName = specs.stream().collect(Collectors.toMap(TopicSpec::name, s -> s, (a, b) -> a));
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < existing.size(); i += BATCH) {
            List<String> names = existing.subList(i, Math.min(existing.size(), i + BATCH));
            Map<String, TopicDescription> descriptions = retrying(() -> admin.describeTopics(names).allTopicNames(), deadline);
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

    /**
     * The value of the admin call {@code call} makes, made again while it fails with an error Kafka calls retriable
     * until {@code deadlineNanos} ({@link System#nanoTime()}); other errors at once.
     */
    static <T> T retrying(Callable<KafkaFuture<T>> call, long deadlineNanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        Backoff backoff = new Backoff(deadlineNanos);
        while (true) {
            KafkaFuture<T> future;
            try {
                future = call.call();
            } catch (Exception e) {
                throw new IllegalStateException("admin request failed: " + e.getMessage(), e);
            }
            try {
                return future.get(backoff.leftMs(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    throw e;
                }
                backoff.pause(e.getCause());
            }
        }
    }

    /** The wait between tries of a retriable admin error: 50 ms doubling to 1 s, never past the deadline. */
    private static final class Backoff {
        private final long deadlineNanos;
        private long nextMs = 50;
        private Throwable last;

        Backoff(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        long leftMs() throws TimeoutException {
            long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            if (left <= 0) {
                throw new TimeoutException(last == null ? "admin request timed out" : "admin request still failing at its deadline: " + last);
            }
            return left;
        }

        void pause(Throwable cause) throws InterruptedException, TimeoutException {
            last = cause;
            long left = leftMs();
            LOG.debug("Retrying an admin request after {}", cause.toString());
            Thread.sleep(Math.min(nextMs, left));
            nextMs = Math.min(1_000, nextMs * 2);
        }
    }
}
