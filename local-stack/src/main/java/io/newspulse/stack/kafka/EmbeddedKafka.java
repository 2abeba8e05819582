package io.newspulse.stack.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka (broker and controller in one process) whose log lives under a data directory.
 * The directory is formatted on first start and reused afterwards, so topics and offsets survive restarts.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;

    private final Path logDir;
    private final String host;
    private final int requestedPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;
    private int brokerPort;

    /**
     * @param logDir      directory of the Kafka log (created and formatted when empty)
     * @param host        host name to listen on and advertise
     * @param port        client port, 0 to pick a free one
     * @param overrides   broker configs that replace the defaults
     */
    public EmbeddedKafka(Path logDir, String host, int port, Map<String, String> overrides) {
        this.logDir = logDir.toAbsolutePath();
        this.host = host;
        this.requestedPort = port;
        this.overrides = Map.copyOf(overrides);
    }

    /** Formats the log directory if needed, starts the broker and controller, returns once they serve requests. */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        brokerPort = requestedPort == 0 ? freePort() : requestedPort;
        int controllerPort = freePort();
        Map<String, String> props = brokerProperties(brokerPort, controllerPort);
        try {
            Files.createDirectories(logDir);
            formatIfNeeded(props);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka data directory " + logDir, e);
        }
        KafkaConfig config = new KafkaConfig(props, false);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        long start = System.nanoTime();
        server.startup();
        LOG.info("Embedded Kafka listening on {} with data in {} (broker up in {} ms)", bootstrapServers(), logDir,
                (System.nanoTime() - start) / 1_000_000);
        warmCoordinators();
    }

    /**
     * Has the broker create and load its group and transaction coordinators now, on a thread of their own: it does so
     * on the first request that needs one, which on a first start came while thousands of per-company topics were
     * being created, and the apps' first transaction and group join then waited 10-20 s for them (issue 23). Asking
     * for the coordinator of a group and of a transactional id that do not exist is enough; the answers are ignored.
     * Nobody waits for it: on a restart, loading the coordinators' state overlaps with the rest of the start.
     */
    private void warmCoordinators() {
        String bootstrap = bootstrapServers();
        Thread warm = new Thread(() -> {
            long start = System.nanoTime();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                var group = admin.describeConsumerGroups(List.of("newspulse-coordinator-warm-up")).all();
                var transaction = admin.describeTransactions(List.of("newspulse-coordinator-warm-up")).all();
                for (KafkaFuture<?> answer : List.of(group, transaction)) {
                    try {
                        answer.get(60, TimeUnit.SECONDS);
                    } catch (ExecutionException expected) {
                        // e.g. TransactionalIdNotFoundException: the coordinator answered, so it is up
                    }
                }
                LOG.info("Group and transaction coordinators ready {} ms after the broker",
                        (System.nanoTime() - start) / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException | RuntimeException e) {
                LOG.debug("Coordinator warm-up gave up: {}", e.toString());
            }
        }, "kafka-coordinator-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /** host:port of the broker's client listener. */
    public String bootstrapServers() {
        return host + ":" + brokerPort;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        stopping.shutdown();
        stopping.awaitShutdown();
        LOG.info("Embedded Kafka stopped");
    }

    private Map<String, String> brokerProperties(int port, int controllerPort) {
        Map<String, String> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("add.partitions.to.txn.retry.backoff.max.ms", "10000");
        p.put("add.partitions.to.txn.retry.backoff.ms", "10");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.put("message.max.bytes", String.valueOf(16 * 1024 * 1024));
        p.putAll(overrides);
        return p;
    }

    private void formatIfNeeded(Map<String, String> props) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            LOG.info("Reusing formatted Kafka data directory {}", logDir);
            return;
        }
        Path configFile = Files.createTempFile(logDir, "format-", ".properties");
        try {
            Properties properties = new Properties();
            properties.putAll(props);
            try (Writer writer = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                properties.store(writer, "newspulse embedded Kafka");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc = StorageTool.execute(new String[] {
                "format", "--config", configFile.toString(), "--cluster-id", Uuid.randomUuid().toString(), "--ignore-formatted"
            }, new PrintStream(out, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("formatting " + logDir + " failed: " + out.toString(StandardCharsets.UTF_8));
            }
            LOG.info("Formatted Kafka data directory {}", logDir);
        } finally {
            Files.deleteIfExists(configFile);
        }
    }

    private int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }
}
