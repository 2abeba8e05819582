package io.newspulse.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsAppConfigLatencyTest {

    @Test
    void shouldCommitMoreOftenThanKafkaStreamsDoesUnderExactlyOnceByDefault() {
        Object interval = streams(Map.of()).get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);

        assertThat(interval).isEqualTo(StreamsAppConfig.DEFAULT_COMMIT_INTERVAL_MS);
        assertThat((Long) interval).isLessThan(100L);
    }

    @Test
    void shouldSendTheStreamThreadsBatchesBeforeTheCommitByDefault() {
        Object linger = streams(Map.of()).get(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG));

        assertThat(linger).isEqualTo(StreamsAppConfig.DEFAULT_PRODUCER_LINGER_MS);
        assertThat((Integer) linger).isLessThan((int) StreamsAppConfig.DEFAULT_COMMIT_INTERVAL_MS);
    }

    @Test
    void shouldPassAGivenCommitIntervalAndLingerToKafkaStreamsTyped() {
        Map<String, Object> props = streams(Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "2000",
                StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "1000"));

        assertThat(props).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 2_000L)
                .containsEntry(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 1_000);
    }

    @Test
    void shouldRejectACommitIntervalOfZero() {
        assertThatThrownBy(() -> streams(Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
    }

    private static Map<String, Object> streams(Map<String, Object> given) {
        Map<String, Object> props = new HashMap<>(given);
        props.put(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092");
        props.put(CommonConfig.SCHEMA_REGISTRY_URL, "http://unused:8081");
        return new StreamsAppConfig(props).streamsProperties();
    }
}
