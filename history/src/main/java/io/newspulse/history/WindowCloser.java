package io.newspulse.history;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.Mention;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.serde.SpecificAvroSerde;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Closes the windows an archive ends in. Kafka Streams closes a window when stream time passes its end plus grace,
 * and stream time only moves with new records: after the last article of an archive nothing would close its last
 * windows. The closer appends one watermark mention per partition of the mentions topic, stamped just past the
 * last window's close, for the reserved company {@value #WATERMARK_COMPANY}; its own windows stay open, and
 * {@code export} leaves that company out.
 */
public final class WindowCloser {
    /** The reserved company id of watermark mentions (never a knowledge-base id: those start with a letter or digit). */
    public static final String WATERMARK_COMPANY = "_watermark";

    private WindowCloser() {
    }

    /** The earliest event time at which every window (of every size) that contains {@code last} is closed. */
    public static Instant closingTime(Instant last, List<Duration> windows, Duration grace) {
        long t = last.toEpochMilli();
        long closing = t;
        for (Duration size : windows) {
            long ms = size.toMillis();
            long end = Math.floorDiv(t, ms) * ms + ms;
            closing = Math.max(closing, end + grace.toMillis());
        }
        return Instant.ofEpochMilli(closing);
    }

    /** Appends one watermark mention stamped {@code at} to every partition of {@code mentionsTopic}. */
    public static int advance(Map<String, Object> settings, String mentionsTopic, Instant at) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.get(CommonConfig.BOOTSTRAP_SERVERS).toString());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        SpecificAvroSerde<Mention> serde = SpecificAvroSerde.forClass(Mention.class,
                Map.of(CommonConfig.SCHEMA_REGISTRY_URL, settings.get(CommonConfig.SCHEMA_REGISTRY_URL).toString()), false);
        try (KafkaProducer<String, Mention> producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer())) {
            List<PartitionInfo> partitions = producer.partitionsFor(mentionsTopic);
            for (PartitionInfo p : partitions) {
                producer.send(new ProducerRecord<>(mentionsTopic, p.partition(), at.toEpochMilli(), WATERMARK_COMPANY, watermark(at, p.partition())));
            }
            producer.flush();
            return partitions.size();
        }
    }

    static Mention watermark(Instant at, int partition) {
        return Mention.newBuilder()
                .setArticleId(WATERMARK_COMPANY + "-" + at.toEpochMilli() + "-" + partition)
                .setCompanyId(WATERMARK_COMPANY)
                .setCompanyName("")
                .setCount(0)
                .setRelevance(0.0)
                .setNovel(false)
                .setPublishedAt(at)
                .setIngestedAt(at)
                .build();
    }
}
