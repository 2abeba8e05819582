package io.newspulse.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.newspulse.kafka.config.CommonConfig;
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

/**
 * {@code newspulse tail TOPIC}: decoded records of any topic as JSON lines on stdout. Stops at {@code --max}
 * records, after {@code --timeout}, after {@code --idle-timeout} without records, or with {@code --until-end} at the
 * end offsets the topic had when tail started, whichever comes first; else runs until Ctrl-C.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Prints the records of a topic as JSON lines (Avro values decoded through the registry,",
            "other values as UTF-8 text or base64), with key, partition, offset, timestamp and headers.",
            "Stops at the first of --max, --timeout, --idle-timeout and --until-end; without them, runs until Ctrl-C.",
            "To read a whole topic and exit: --from-beginning --until-end."})
public final class TailCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic to read, e.g. news.mentions or signals.microsoft.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the earliest offset instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N",
            description = "Stop after N records (default: no limit). Waits for them unless --timeout or --until-end is given.")
    Long max;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long in total, records or not, e.g. 10s, 2m, PT30S (default: never).")
    Duration timeout;

    @Option(names = "--until-end", description = "Stop at the end offsets the topic had when tail started "
            + "(with --from-beginning: print what the topic holds, then exit).")
    boolean untilEnd;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long without records, e.g. 10s (default: never).")
    Duration idleTimeout;

    /** Where records are printed (tests replace it). */
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        if (max != null && max < 1) {
            throw new UsageException("--max must be at least 1");
        }
        if (timeout != null && timeout.isZero()) {
            throw new UsageException("--timeout must be longer than 0");
        }
        String bootstrap = connection.require(CommonConfig.BOOTSTRAP_SERVERS, "--bootstrap");
        Object registry = connection.merged().get(CommonConfig.SCHEMA_REGISTRY_URL);
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "newspulse-tail-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
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
            Map<TopicPartition, Long> end = untilEnd ? consumer.endOffsets(assigned) : Map.of();
            long started = System.nanoTime();
            long printed = 0;
            long lastRecordAt = started;
            while ((max == null || printed < max) && !(untilEnd && reached(consumer, end))) {
                if (timeout != null && System.nanoTime() - started >= timeout.toNanos()) {
                    break;
                }
                Duration wait = Duration.ofMillis(500);
                if (timeout != null) {
                    Duration left = timeout.minusNanos(System.nanoTime() - started);
                    wait = left.compareTo(wait) < 0 ? left : wait;
                }
                var records = consumer.poll(wait.isNegative() ? Duration.ZERO : wait);
                if (records.isEmpty()) {
                    if (idleTimeout != null && System.nanoTime() - lastRecordAt > idleTimeout.toNanos()) {
                        break;
                    }
                    continue;
                }
                lastRecordAt = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (untilEnd && record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()), Long.MAX_VALUE)) {
                        continue;
                    }
                    out.println(renderer.render(record));
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
            }
            out.flush();
        }
        return 0;
    }

    /** Every partition's position is at or past the end offset it had at the start. */
    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
