package io.newspulse.registry.election;

import io.newspulse.registry.store.SchemaStore;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Leader election through a Kafka consumer group: every instance sharing the store topic joins group
 * {@code schema.registry.group.id} (classic protocol, subscribed to the store topic); {@link LeaderAssignor} gives
 * the leader partition 0 (paused: this consumer never reads) and names the leader's URL in every member's
 * assignment. The elected instance first takes the store's fenced writer ({@link SchemaStore#acquireWriter()}: a
 * transactional producer with the group's fixed {@code transactional.id}, which fences any earlier leader, then a
 * catch-up to the topic's end) and only then acts as leader. When it leaves or stops heartbeating, the group
 * rebalances and another eligible member takes over.
 * <p>
 * The consumer runs on its own thread, so {@link #start(String)} does not wait for the group to form.
 */
public final class KafkaLeaderElection extends ViewedElection implements LeaderAssignor.Member {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaLeaderElection.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long RETRY_NANOS = Duration.ofSeconds(1).toNanos();
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private final Map<String, Object> clientProps;
    private final String groupId;
    private final String topic;
    private final boolean eligible;
    private final long storeTimeoutMs;
    private final SchemaStore store;
    private final String instanceId = UUID.randomUUID().toString();

    private volatile String ownUrl;
    private volatile long startedNanos;
    private volatile boolean running;
    /** The latest outcome the group told us (written in the poll thread's assignor callback). */
    private volatile Assigned assigned;
    private volatile boolean deposed;
    private Thread thread;

    private record Assigned(Optional<MemberInfo> leader, int generation) {
    }

    /**
     * @param clientProps Kafka client properties (at least bootstrap.servers); group keys are set here, but
     *                    {@code session.timeout.ms} and {@code heartbeat.interval.ms} given there win
     * @param store       the store whose writer the leader takes
     */
    public KafkaLeaderElection(Map<String, Object> clientProps, String groupId, String topic, boolean eligible,
                               SchemaStore store, long storeTimeoutMs) {
        this.clientProps = Map.copyOf(clientProps);
        this.storeTimeoutMs = storeTimeoutMs;
        this.groupId = groupId;
        this.topic = topic;
        this.eligible = eligible;
        this.store = store;
    }

    @Override
    public synchronized void start(String url) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        ownUrl = url;
        startedNanos = System.nanoTime();
        running = true;
        thread = new Thread(this::run, "schema-registry-election");
        thread.setDaemon(true);
        thread.start();
    }

    Map<String, Object> consumerProps() {
        Map<String, Object> p = new HashMap<>();
        // a small group of registries: notice a leader that left within a heartbeat, one that died within 10 s
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 500);
        p.putAll(clientProps);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic");
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, List.of(LeaderAssignor.class.getName()));
        p.put(LeaderAssignor.MEMBER_CONFIG, this);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "schema-registry-election-" + instanceId.substring(0, 8));
        p.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG); // static membership would delay every takeover
        return p;
    }

    /** Runs group sessions until closed; a session that fails (broker gone, ACL missing) is retried after a pause. */
    private void run() {
        while (running) {
            try {
                session();
            } catch (RuntimeException e) {
                LOG.error("Schema registry election in group {} failed; this instance does not write, retrying in {} s",
                        groupId, RETRY_AFTER_FAILURE.toSeconds(), e);
                synchronized (this) {
                    long until = System.nanoTime() + RETRY_AFTER_FAILURE.toNanos();
                    for (long left; running && (left = until - System.nanoTime()) > 0; ) {
                        try {
                            TimeUnit.NANOSECONDS.timedWait(this, left);
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            }
        }
    }

    private void session() {
        KafkaConsumer<byte[], byte[]> consumer = null;
        boolean writer = false;
        Assigned applied = null; // the group outcome last acted on
        long retryAt = 0;
        try {
            writer = leadAnEmptyGroup();
            consumer = new KafkaConsumer<>(consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            KafkaConsumer<byte[], byte[]> c = consumer;
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    c.pause(partitions); // owning the partition marks the leader; the store's own reader reads it
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // leadership changes are acted on from the assignment's user data
                }
            });
            while (running) {
                consumer.poll(POLL);
                if (deposed) {
                    // our writer was fenced: never take it back within this outcome (that would fence the newer
                    // leader in turn); rejoin, so the group tells us who leads now
                    deposed = false;
                    writer = false;
                    applied = assigned;
                    state.set(LeaderView.unknown());
                    LOG.warn("Schema registry {} was fenced by a newer leader; rejoining group {}", ownUrl, groupId);
                    consumer.enforceRebalance("fenced by a newer leader");
                    continue;
                }
                Assigned now = assigned;
                if (now == null || now.equals(applied) || System.nanoTime() - retryAt < 0) {
                    continue;
                }
                writer = apply(now, writer);
                if (isSelf(now) && !writer) {
                    retryAt = System.nanoTime() + RETRY_NANOS; // elected but the writer is not ours yet: try again
                } else {
                    applied = now;
                }
            }
        } finally {
            state.set(LeaderView.unknown());
            assigned = null;
            if (consumer != null) {
                try {
                    consumer.close(CloseOptions.timeout(Duration.ofSeconds(5))); // leaves the group: others take over
                } catch (RuntimeException e) {
                    LOG.warn("Closing the election consumer of group {} failed: {}", groupId, e.toString());
                }
            }
            if (writer) {
                store.releaseWriter();
            }
        }
    }

    /**
     * An eligible instance that finds the group without members is most likely alone: it takes the writer at once and
     * leads while its join completes (the broker holds a new group's first join for
     * {@code group.initial.rebalance.delay.ms}, 3 s by default), and it joins saying it leads, so the group keeps it.
     * Should two instances start together, both take the writer, the later fences the earlier, the group picks one,
     * and a fenced one that was picked rejoins ({@link #deposed()}): no write is ever duplicated, only retried.
     */
    private boolean leadAnEmptyGroup() {
        if (!eligible) {
            return false;
        }
        try (Admin admin = Admin.create(adminProps())) {
            boolean empty;
            try {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).describedGroups()
                        .get(groupId).get(storeTimeoutMs, TimeUnit.MILLISECONDS);
                empty = group.members().isEmpty();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                    throw e;
                }
                empty = true;
            }
            if (!empty) {
                return false;
            }
            long acquiring = System.nanoTime();
            store.acquireWriter();
            state.set(LeaderView.leader(ownUrl));
            LOG.info("Schema registry {} found group {} empty and leads it ({} ms after start, writer taken in {} ms)",
                    ownUrl, groupId, (acquiring - startedNanos) / 1_000_000, (System.nanoTime() - acquiring) / 1_000_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warn("Cannot look at group {} before joining it; waiting for the election: {}", groupId, e.toString());
            return false;
        }
    }

    private Map<String, Object> adminProps() {
        Map<String, Object> p = new HashMap<>(clientProps);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "schema-registry-election-admin");
        return p;
    }

    private boolean isSelf(Assigned a) {
        return a.leader().map(l -> l.id().equals(instanceId)).orElse(false);
    }

    /** Acts on the group's outcome; returns whether this instance now holds the store's writer. */
    private boolean apply(Assigned now, boolean writer) {
        if (isSelf(now)) {
            if (!writer) {
                long acquiring = System.nanoTime();
                try {
                    store.acquireWriter();
                } catch (RuntimeException e) {
                    LOG.warn("Elected leader of group {} but cannot take the store's writer yet: {}", groupId,
                            e.getMessage());
                    state.set(LeaderView.unknown());
                    return false;
                }
                long done = System.nanoTime();
                LOG.info("Schema registry {} is the leader of group {} (generation {}; elected {} ms after start, "
                        + "writer taken in {} ms)", ownUrl, groupId, now.generation(),
                        (acquiring - startedNanos) / 1_000_000, (done - acquiring) / 1_000_000);
            }
            state.set(LeaderView.leader(ownUrl));
            return true;
        }
        if (writer) {
            store.releaseWriter();
        }
        Optional<MemberInfo> leader = now.leader();
        if (leader.isPresent()) {
            LOG.info("Schema registry {} follows leader {} of group {} (generation {})", ownUrl, leader.get().url(),
                    groupId, now.generation());
            state.set(LeaderView.follower(leader.get().url()));
        } else {
            LOG.warn("No eligible schema registry instance in group {}; writes are refused", groupId);
            state.set(LeaderView.unknown());
        }
        return false;
    }

    // ------------------------------------------------------------ LeaderAssignor.Member (poll thread)

    @Override
    public MemberInfo info() {
        return new MemberInfo(instanceId, ownUrl, eligible, state.view().role() == Role.LEADER);
    }

    @Override
    public void assigned(Optional<MemberInfo> leader, int generation) {
        assigned = new Assigned(leader, generation);
    }

    // ------------------------------------------------------------ LeaderElection

    @Override
    public void deposed() {
        state.set(LeaderView.unknown());
        deposed = true;
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            running = false;
            notifyAll();
        }
        if (t == null) {
            return;
        }
        // the poll loop sees running=false within one poll and closes the consumer, leaving the group cleanly
        try {
            t.join(Duration.ofSeconds(15).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
