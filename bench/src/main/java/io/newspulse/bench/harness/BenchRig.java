package io.newspulse.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.GroupLag;
import io.newspulse.kafka.topics.TopicBootstrapper;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The embedded stack every section runs on (one broker, one registry, free ports, a temporary data dir), and the
 * settings each run derives from it: a topic prefix per run keeps runs apart on the same broker.
 */
public final class BenchRig implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BenchRig.class);
    /** Companies that get a {@code signals.<id>} topic in every run (see the report for why not all). */
    public static final List<String> WATCHLIST = List.of("microsoft", "toyota", "apple", "sony", "nvidia");

    private final Path dir;
    private final LocalStack stack;
    private final Admin admin;
    private Map<String, String> appSettings = Map.of();

    private BenchRig(Path dir, LocalStack stack) {
        this.dir = dir;
        this.stack = stack;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
    }

    /** Starts the stack with ports 0 under {@code dir}. */
    public static BenchRig start(Path dir) {
        Map<String, Object> props = new HashMap<>();
        props.put(StackConfig.KAFKA_PORT, 0);
        props.put(StackConfig.REGISTRY_PORT, 0);
        props.put(CommonConfig.DATA_DIR, dir.resolve("stack").toString());
        return new BenchRig(dir, new LocalStack(new StackConfig(props)).start());
    }

    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    public String registryUrl() {
        return stack.registryUrl();
    }

    public Admin admin() {
        return admin;
    }

    /** A fresh directory for one application instance's state. */
    public Path dataDir(String name) {
        return dir.resolve("runs").resolve(name);
    }

    /**
     * Settings of the app and the producer for one run: stack endpoints, topic prefix and partitions, data dir,
     * per-company topics for the {@link #WATCHLIST} only; everything else at its default.
     */
    public Map<String, Object> props(String prefix, int partitions, Path dataDir) {
        Map<String, Object> p = new HashMap<>();
        p.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers());
        p.put(CommonConfig.SCHEMA_REGISTRY_URL, registryUrl());
        p.put(CommonConfig.TOPIC_PREFIX, prefix);
        p.put(CommonConfig.TOPIC_PARTITIONS, partitions);
        p.put(CommonConfig.DATA_DIR, dataDir.toString());
        p.put(StreamsAppConfig.PER_COMPANY_TOPICS, "watchlist");
        p.put(StreamsAppConfig.WATCHLIST, String.join(",", WATCHLIST));
        p.put(StreamsAppConfig.APPLICATION_ID, prefix + "newspulse-streams");
        return p;
    }

    /** Settings of the stream apps under test ({@code --app-setting}), applied over {@link #props}. */
    public BenchRig withAppSettings(Map<String, String> settings) {
        this.appSettings = Map.copyOf(settings);
        return this;
    }

    /** {@link #props} with the {@code --app-setting}s: the settings of an app under test (not of the producers). */
    public Map<String, Object> appProps(String prefix, int partitions, Path dataDir) {
        Map<String, Object> p = props(prefix, partitions, dataDir);
        p.putAll(appSettings);
        return p;
    }

    /** Creates every contract topic of the prefix. */
    public Topics ensureTopics(String prefix, int partitions) {
        Topics topics = new Topics(prefix, partitions, (short) 1);
        new TopicBootstrapper(admin, 60_000).ensure(topics.all());
        return topics;
    }

    /** Bytes the broker holds on disk for {@code topic} (all partitions, log segments as written: compressed batches). */
    public long topicBytes(String topic) {
        try {
            List<Integer> brokers = admin.describeCluster().nodes().get(60, TimeUnit.SECONDS).stream().map(n -> n.id()).toList();
            long bytes = 0;
            for (var dirs : admin.describeLogDirs(brokers).allDescriptions().get(60, TimeUnit.SECONDS).values()) {
                for (var dir : dirs.values()) {
                    for (var e : dir.replicaInfos().entrySet()) {
                        if (e.getKey().topic().equals(topic)) {
                            bytes += e.getValue().size();
                        }
                    }
                }
            }
            return bytes;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the log size of " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until consumer group {@code groupId} (a Kafka Streams application id) has caught up with the committed end
     * of every topic it reads, internal ones included, polling every 100 ms.
     *
     * @return the milliseconds waited, or -1 when the group was still behind after {@code timeout}
     */
    public long awaitDrained(String groupId, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long lag;
        // the rig's own admin client: this polls ten times a second
        while ((lag = GroupLag.perPartition(admin, groupId, Duration.ofSeconds(30)).values().stream().mapToLong(Long::longValue).sum()) > 0) {
            if (System.nanoTime() > deadline) {
                LOG.warn("group {} still {} records behind after {}", groupId, lag, timeout);
                return -1;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for group " + groupId, e);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Creates one plain topic. */
    public void createTopic(String name, int partitions) {
        try {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topic " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        stack.close();
    }
}
