package io.newspulse.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.TopicSpec;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.config.StreamsAppConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class BackfillSettingsTest {
    private static Map<String, Object> live(int partitions) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonConfig.BOOTSTRAP_SERVERS, "localhost:9092");
        props.put(CommonConfig.SCHEMA_REGISTRY_URL, "http://localhost:8081");
        props.put(CommonConfig.TOPIC_PARTITIONS, partitions);
        return props;
    }

    private static Topics topicsOf(Map<String, Object> settings) {
        return CommonConfig.topics(new StreamsAppConfig(settings));
    }

    @Test
    void shouldGiveTheArticlesTopicOnePartitionAndEveryOtherTopicTheBackfillsPartitions() {
        Map<String, Object> settings = new BackfillRun(live(3), new Backfill("x"), false).withPartitions(4).backfillSettings();
        Topics topics = topicsOf(settings);

        assertThat(BackfillRun.keptForever(topics)).allSatisfy(spec -> {
            int expected = spec.name().equals(topics.articles()) ? 1 : 4;
            assertThat(spec.partitions()).as(spec.name()).isEqualTo(expected);
        });
        assertThat(BackfillRun.keptForever(topics)).extracting(TopicSpec::name).contains(topics.mentions(), topics.signalsFinal());
    }

    @Test
    void shouldTakeTheDeploymentsPartitionsByDefault() {
        BackfillRun run = new BackfillRun(live(6), new Backfill("x"), false);

        assertThat(run.partitions()).isEqualTo(6);
        assertThat(run.backfillSettings()).containsEntry(CommonConfig.TOPIC_PARTITIONS, 6);
    }

    @Test
    void shouldRunOneThreadPerTaskAndCommitLessOftenThanLive() {
        Map<String, Object> settings = new BackfillRun(live(3), new Backfill("x"), false).backfillSettings();

        assertThat(settings).containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 3 + BackfillRun.SERIAL_TASKS)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 2_000);
        assertThat(new StreamsAppConfig(settings).streamsProperties())
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 2_000L)
                .containsEntry(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 64L * 1024 * 1024)
                .containsEntry("producer.transaction.timeout.ms", 60_000);
    }

    @Test
    void shouldKeepTheStreamsSettingsTheDeploymentGives() {
        Map<String, Object> given = live(3);
        given.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        given.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);

        Map<String, Object> settings = new BackfillRun(given, new Backfill("x"), false).backfillSettings();

        assertThat(settings).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    }

    @Test
    void shouldRefuseABackfillWithoutPartitions() {
        BackfillRun run = new BackfillRun(live(3), new Backfill("x"), false);

        assertThatThrownBy(() -> run.withPartitions(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backfill("x").topics(Topics.defaults(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
