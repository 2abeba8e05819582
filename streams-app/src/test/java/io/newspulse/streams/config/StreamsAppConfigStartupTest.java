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

    @Test
    void shouldLetTheGlobalConsumerTakeAWholeCompaniesPartitionPerPoll() {
        Map<String, Object> props = defaults();

        // a partition of the built-in knowledge base: about 13,900 records, 1.6 MB
        assertThat((Integer) props.get(StreamsConfig.globalConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)))
                .isGreaterThan(14_000);
        assertThat((Integer) props.get(StreamsConfig.globalConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG)))
                .isGreaterThan(2 * 1024 * 1024);
    }

    private static Map<String, Object> defaults() {
        return new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092",
                CommonConfig.SCHEMA_REGISTRY_URL, "http://unused:8081")).streamsProperties();
    }
}
