package io.newspulse.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsAppConfigLatencyTest {

    @Test
    void shouldCommitAsOftenAsKafkaStreamsDoesUnderExactlyOnceByDefault() {
        assertThat(streams(Map.of())).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, StreamsAppConfig.DEFAULT_COMMIT_INTERVAL_MS)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100L);
    }

    @Test
    void shouldPassAGivenCommitIntervalToKafkaStreamsTyped() {
        assertThat(streams(Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "50")))
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50L);
        assertThat(streams(Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 2_000)))
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 2_000L);
    }

    @Test
    void shouldRejectACommitIntervalOfZero() {
        assertThatThrownBy(() -> streams(Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
    }

    @Test
    void shouldGiveTransactionsTimeToOutlastASlowTaskStartButLetAUserChooseAnother() {
        assertThat(streams(Map.of())).containsEntry("producer.transaction.timeout.ms", 30_000);
        assertThat(streams(Map.of("producer.transaction.timeout.ms", "10000"))).containsEntry("producer.transaction.timeout.ms", "10000");
    }

    private static Map<String, Object> streams(Map<String, Object> given) {
        Map<String, Object> props = new HashMap<>(given);
        props.put(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092");
        props.put(CommonConfig.SCHEMA_REGISTRY_URL, "http://unused:8081");
        return new StreamsAppConfig(props).streamsProperties();
    }
}
