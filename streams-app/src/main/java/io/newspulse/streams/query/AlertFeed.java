package io.newspulse.streams.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.newspulse.avro.Alert;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest alerts of {@code company.alerts}, kept in memory. Every instance reads every partition (no consumer
 * group, committed records only), starting a little before the end of each partition, so any instance can
 * answer {@code /api/alerts} on its own. Alerts are numbered in arrival order for "what is new since".
 */
public final class AlertFeed implements AutoCloseable {
    /** Alerts kept (oldest dropped first). */
    public static final int CAPACITY = 200;
    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);

    private final KafkaConsumer<String, Alert> consumer;
    private final String topic;
    private final Deque<AlertView> alerts = new ArrayDeque<>();
    private final Thread thread;
    private long sequence;
    private volatile boolean running = true;

    /** An alert as the API shows it, with its arrival number. */
    public record AlertView(long seq, String companyId, String companyName, String window, String windowStart, String windowEnd,
                            double spikeScore, double threshold, long articleCount, double baselineMean, double baselineStddev,
                            String raisedAt, String message, String reason, double sentiment, String event, String articleId) {
        static AlertView of(long seq, Alert a) {
            return new AlertView(seq, a.getCompanyId(), a.getCompanyName(), a.getWindow(), a.getWindowStart().toString(),
                    a.getWindowEnd().toString(), a.getSpikeScore(), a.getThreshold(), a.getArticleCount(), a.getBaselineMean(),
                    a.getBaselineStddev(), a.getRaisedAt().toString(), a.getMessage(), a.getReason().name(), a.getSentiment(),
                    a.getEvent() == null ? null : a.getEvent().name(), a.getArticleId());
        }
    }

    public AlertFeed(String bootstrapServers, String topic, Deserializer<Alert> deserializer) {
        this.topic = topic;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newspulse-alert-feed-" + Long.toHexString(System.nanoTime()));
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer);
        thread = new Thread(this::run, "newspulse-alert-feed");
        thread.setDaemon(true);
    }

    public AlertFeed start() {
        thread.start();
        return this;
    }

    /** Newest first, at most {@code limit}, only {@code companyId}'s when not null. */
    public synchronized List<AlertView> recent(int limit, String companyId) {
        List<AlertView> result = new ArrayList<>();
        for (AlertView a : alerts) {
            if (result.size() >= limit) {
                break;
            }
            if (companyId == null || companyId.equals(a.companyId())) {
                result.add(a);
            }
        }
        return result;
    }

    /** Alerts that arrived after {@code seq}, oldest first. */
    public synchronized List<AlertView> since(long seq) {
        List<AlertView> result = new ArrayList<>();
        alerts.descendingIterator().forEachRemaining(a -> {
            if (a.seq() > seq) {
                result.add(a);
            }
        });
        return result;
    }

    /** Number of the newest alert (0 before the first). */
    public synchronized long lastSequence() {
        return sequence;
    }

    synchronized void add(Alert alert) {
        alerts.addFirst(AlertView.of(++sequence, alert));
        while (alerts.size() > CAPACITY) {
            alerts.removeLast();
        }
    }

    private void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> starts = new HashMap<>();
            ends.forEach((tp, end) -> starts.put(tp, Math.max(begins.getOrDefault(tp, 0L), end - CAPACITY)));
            starts.forEach(consumer::seek);
            while (running) {
                List<ConsumerRecord<String, Alert>> batch = new ArrayList<>();
                try {
                    consumer.poll(Duration.ofMillis(500)).forEach(batch::add);
                } catch (RecordDeserializationException e) {
                    LOG.warn("Skipping undecodable alert at {} offset {}: {}", e.topicPartition(), e.offset(), e.getMessage());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                }
                batch.sort(java.util.Comparator.comparing((ConsumerRecord<String, Alert> r) ->
                        r.value() == null ? Instant.EPOCH : r.value().getRaisedAt()));
                for (ConsumerRecord<String, Alert> r : batch) {
                    if (r.value() != null) {
                        add(r.value());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (running) {
                LOG.error("Alert feed stopped: {}", e.toString());
            }
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
