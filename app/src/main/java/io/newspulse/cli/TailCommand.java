package io.newspulse.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.newspulse.core.config.CommonConfig;
import io.newspulse.tail.RecordRenderer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newspulse tail TOPIC}: decoded records of any topic as JSON lines on stdout. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Prints the records of a topic as JSON lines (Avro values decoded through the registry,",
            "other values as UTF-8 text or base64), with key, partition, offset, timestamp and headers."})
public final class TailCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic to read, e.g. news.mentions or signals.microsoft.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the earliest offset instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records (default: run until Ctrl-C).")
    Long max;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", description = "Stop after this long without records, e.g. 10s (default: never).")
    Duration idleTimeout;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        if (max != null && max < 1) {
            throw new UsageException("--max must be at least 1");
        }
        String bootstrap = connection.require(CommonConfig.BOOTSTRAP_SERVERS, "--bootstrap");
        Object registry = connection.merged().get(CommonConfig.SCHEMA_REGISTRY_URL);
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "newspulse-tail-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             RecordRenderer renderer = new RecordRenderer(registry == null ? null : registry.toString())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalArgumentException("topic '" + topic + "' does not exist on " + bootstrap);
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            if (fromBeginning) {
                consumer.seekToBeginning(assigned);
            } else {
                consumer.seekToEnd(assigned);
            }
            long printed = 0;
            long lastRecordAt = System.nanoTime();
            while (max == null || printed < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    if (idleTimeout != null && System.nanoTime() - lastRecordAt > idleTimeout.toNanos()) {
                        break;
                    }
                    continue;
                }
                lastRecordAt = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    out.println(renderer.render(record));
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
            }
        }
        return 0;
    }
}
