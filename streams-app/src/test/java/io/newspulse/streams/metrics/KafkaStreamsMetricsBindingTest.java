package io.newspulse.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka Streams names the store of a state metric with a tag key of its store type ({@code rocksdb-state-id},
 * {@code in-memory-state-id}, {@code rocksdb-window-state-id}...), so one metric name comes with several tag key
 * sets, which Prometheus refuses. Bound through {@link PipelineMetrics}, every metric is exported with one key set.
 */
class KafkaStreamsMetricsBindingTest {
    private static final List<String> STORES = List.of("kv-rocks", "kv-memory", "window-rocks", "session-rocks", "window-memory");

    private static StreamsBuilder topologyWithStoresOfEveryKind() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("kv-rocks"), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("kv-memory"), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore("window-rocks", Duration.ofHours(1), Duration.ofMinutes(5), false),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.sessionStoreBuilder(Stores.persistentSessionStore("session-rocks", Duration.ofHours(1)), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.windowStoreBuilder(Stores.inMemoryWindowStore("window-memory", Duration.ofHours(1), Duration.ofMinutes(5), false),
                Serdes.String(), Serdes.String()));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).process(() -> new Processor<String, String, Void, Void>() {
            private KeyValueStore<String, String> rocks;
            private KeyValueStore<String, String> memory;
            private WindowStore<String, String> window;

            @Override
            public void init(ProcessorContext<Void, Void> context) {
                rocks = context.getStateStore("kv-rocks");
                memory = context.getStateStore("kv-memory");
                window = context.getStateStore("window-rocks");
            }

            @Override
            public void process(Record<String, String> record) {
                rocks.put(record.key(), record.value());
                memory.put(record.key(), record.value());
                window.put(record.key(), record.value(), record.timestamp());
                try (var all = rocks.all()) {
                    all.forEachRemaining(kv -> { });
                }
            }
        }, STORES.toArray(String[]::new));
        return builder;
    }

    @Test
    void shouldExportEveryKafkaStreamsStateMetricOnceWithTheSameTagKeysOnPrometheus(@TempDir Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-binding-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(topologyWithStoresOfEveryKind().build(), props)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            in.pipeInput("k", "v", Instant.parse("2026-12-04T10:00:00Z"));

            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            List<String> failures = new ArrayList<>();
            registry.config().onMeterRegistrationFailed((id, reason) -> failures.add(id.getName() + " " + id.getTags() + ": " + reason));
            PipelineMetrics metrics = new PipelineMetrics(registry);
            // the same binder KafkaStreamsMetrics uses, fed with the driver's Kafka Streams metrics
            MockConsumer<String, String> metricsSource = new MockConsumer<>("earliest") {
                @Override
                public synchronized Map<MetricName, ? extends Metric> metrics() {
                    return driver.metrics();
                }
            };
            try (KafkaClientMetrics binder = new KafkaClientMetrics(metricsSource)) {
                binder.bindTo(metrics.registry());

                assertThat(failures).as("meters Prometheus refused").isEmpty();
                java.util.Collection<Meter> iterators = registry.find("kafka.stream.state.num.open.iterators").meters();
                assertThat(iterators).extracting(m -> m.getId().getTag("state.id")).containsExactlyInAnyOrderElementsOf(STORES);
                Set<Set<String>> keySets = iterators.stream()
                        .map(m -> m.getId().getTags().stream().map(t -> t.getKey()).collect(Collectors.toSet())).collect(Collectors.toSet());
                assertThat(keySets).as("one tag key set per name").hasSize(1);
                assertThat(registry.scrape().lines().filter(l -> l.startsWith("kafka_stream_state_num_open_iterators{"))).hasSize(STORES.size());
                Map<String, Set<Set<String>>> keySetsByName = registry.getMeters().stream().collect(Collectors.groupingBy(m -> m.getId().getName(),
                        Collectors.mapping(m -> m.getId().getTags().stream().map(t -> t.getKey()).collect(Collectors.toSet()), Collectors.toSet())));
                assertThat(keySetsByName).allSatisfy((name, sets) -> assertThat(sets).as(name).hasSize(1));
            }
        }
    }
}
