package io.newspulse.streams.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsAppConfigStartupTest {

    @Test
    void shouldLetTheGlobalConsumerMoveToTheNextCompaniesPartitionWithoutWaitingOutAFullFetch() {
        Map<String, Object> props = new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092",
                CommonConfig.SCHEMA_REGISTRY_URL, "http://unused:8081")).streamsProperties();

        Object wait = props.get(StreamsConfig.globalConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG));
        assertThat(wait).isInstanceOf(Integer.class);
        assertThat((Integer) wait).isLessThan(ConsumerConfig.DEFAULT_FETCH_MAX_WAIT_MS / 2);
    }

    @Test
    void shouldKeepAnExplicitGlobalConsumerFetchWait() {
        String key = StreamsConfig.globalConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG);
        Map<String, Object> props = new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092",
                CommonConfig.SCHEMA_REGISTRY_URL, "http://unused:8081", key, "500")).streamsProperties();

        assertThat(props.get(key)).isEqualTo("500");
    }

    @Test
    void shouldLetTheRestoreConsumerMoveToTheNextTasksChangelogsWithoutWaitingOutAFullFetch() {
        Object wait = defaults().get(StreamsConfig.restoreConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG));

        assertThat(wait).isInstanceOf(Integer.class);
        assertThat((Integer) wait).isLessThan(ConsumerConfig.DEFAULT_FETCH_MAX_WAIT_MS / 2);
    }

    private static Map<String, Object> defaults() {
        return new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092",
                CommonConfig.SCHEMA_REGISTRY_URL, "http://unused:8081")).streamsProperties();
    }
}
