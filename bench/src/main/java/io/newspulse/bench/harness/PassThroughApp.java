package io.newspulse.bench.harness;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline: a Kafka Streams app that copies {@code news.articles} as opaque bytes to another topic, with the
 * same Kafka Streams settings as the real app (exactly-once v2, commit interval, cache, compression): the ceiling
 * the broker and the exactly-once machinery allow on this machine.
 */
public final class PassThroughApp implements AutoCloseable {
    private final KafkaStreams streams;

    private PassThroughApp(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Starts the copy and returns once it is RUNNING. */
    public static PassThroughApp start(Map<String, Object> streamsProperties, String from, String to, Duration timeout)
            throws InterruptedException {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(from, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("copy-source"))
                .to(to, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("copy-sink"));
        Properties props = new Properties();
        props.putAll(streamsProperties);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, streamsProperties.get(StreamsConfig.APPLICATION_ID_CONFIG) + "-passthrough");
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            streams.close(Duration.ofSeconds(10));
            throw new IllegalStateException("pass-through did not reach RUNNING within " + timeout);
        }
        return new PassThroughApp(streams);
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
