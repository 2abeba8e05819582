package io.newspulse.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.registry.server.SchemaRegistryServer;
import io.newspulse.stack.kafka.EmbeddedKafka;
import io.newspulse.kafka.topics.TopicBootstrapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a one-machine run needs: embedded KRaft Kafka, the schema registry on top of it and every topic
 * of the contract. While it runs, {@code <data-dir>/stack.properties} tells other commands where to connect.
 */
public final class LocalStack implements AutoCloseable {
    /** File in the data dir with the running stack's endpoints, read by other commands as defaults. */
    public static final String ENDPOINTS_FILE = "stack.properties";
    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    private final StackConfig config;
    private final Path dataDir;
    private final Topics topics;
    private EmbeddedKafka kafka;
    private SchemaRegistryServer registry;

    public LocalStack(StackConfig config) {
        this.config = config;
        this.dataDir = Paths.get(config.getString(CommonConfig.DATA_DIR)).toAbsolutePath();
        this.topics = new Topics(config.getString(CommonConfig.TOPIC_PREFIX), config.getInt(CommonConfig.TOPIC_PARTITIONS),
                config.getShort(CommonConfig.TOPIC_REPLICATION_FACTOR));
    }

    /** Starts Kafka, creates the topics, starts the registry; returns when all of them serve requests. */
    public LocalStack start() {
        return start(step -> { });
    }

    /** {@link #start()}, telling {@code progress} each step done (Kafka up, topics, registry). */
    public LocalStack start(java.util.function.Consumer<String> progress) {
        String host = config.getString(StackConfig.HOST);
        SchemaRegistryServer.warmUp(); // the registry's HTTP layer loads while the broker starts
        kafka = new EmbeddedKafka(dataDir.resolve("kafka"), host, config.getInt(StackConfig.KAFKA_PORT), config.brokerOverrides());
        kafka.start();
        progress.accept("Kafka up on " + kafka.bootstrapServers());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            new TopicBootstrapper(admin, 60_000).ensure(topics.all());
        }
        progress.accept("contract topics ready");
        Map<String, Object> registryProps = new HashMap<>();
        registryProps.put(SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        registryProps.put(SchemaRegistryConfig.LISTENERS, "http://" + host + ":" + config.getInt(StackConfig.REGISTRY_PORT));
        registryProps.put(SchemaRegistryConfig.HOST_NAME, host);
        registryProps.put(SchemaRegistryConfig.KAFKASTORE_TOPIC, topics.schemas());
        registry = new SchemaRegistryServer(new SchemaRegistryConfig(registryProps));
        registry.start();
        progress.accept("schema registry up on " + registry.url());
        writeEndpoints();
        LOG.info("Local stack ready: bootstrap={} registry={}", bootstrapServers(), registryUrl());
        return this;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    public Topics topics() {
        return topics;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Reads the endpoints a running stack left in {@code dataDir}, empty when none runs there. */
    public static Map<String, String> runningEndpoints(Path dataDir) {
        Path file = dataDir.resolve(ENDPOINTS_FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties props = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, String> result = new HashMap<>();
        props.stringPropertyNames().forEach(k -> result.put(k, props.getProperty(k)));
        return result;
    }

    private void writeEndpoints() {
        Properties props = new Properties();
        props.setProperty(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers());
        props.setProperty(CommonConfig.SCHEMA_REGISTRY_URL, registryUrl());
        Path file = dataDir.resolve(ENDPOINTS_FILE);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(writer, "endpoints of the running newspulse stack; removed on shutdown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(dataDir.resolve(ENDPOINTS_FILE));
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", ENDPOINTS_FILE, e.getMessage());
        }
        if (registry != null) {
            registry.close();
            registry = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
