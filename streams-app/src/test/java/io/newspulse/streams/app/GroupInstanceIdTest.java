package io.newspulse.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupInstanceIdTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldJoinWithTheSameInstanceIdAfterARestart() {
        String first = GroupInstanceId.resolve("", dataDir);
        String second = GroupInstanceId.resolve("", dataDir);

        assertThat(first).startsWith("newspulse-").isEqualTo(second);
        assertThat(dataDir.resolve("state").resolve("group-instance-id")).exists();
    }

    @Test
    void shouldGiveInstancesWithTheirOwnDataDirsDistinctIds(@TempDir Path other) {
        assertThat(GroupInstanceId.resolve("", dataDir)).isNotEqualTo(GroupInstanceId.resolve("", other));
    }

    @Test
    void shouldUseTheConfiguredIdAndWriteNoFile() {
        assertThat(GroupInstanceId.resolve("stream-0", dataDir)).isEqualTo("stream-0");
        assertThat(dataDir.resolve("state")).doesNotExist();
    }

    @Test
    void shouldJoinDynamicallyWhenTheConfigSaysNone() {
        Map<Object, Object> props = new HashMap<>(Map.of(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "stale"));
        StreamsAppConfig config = new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "broker:9092", CommonConfig.SCHEMA_REGISTRY_URL, "http://registry:8081", CommonConfig.DATA_DIR, dataDir.toString(),
                StreamsAppConfig.GROUP_INSTANCE_ID, "none"));

        GroupInstanceId.apply(props, config);

        assertThat(props).doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }

    @Test
    void shouldGiveKafkaStreamsTheKeptIdByDefault() {
        Map<Object, Object> props = new HashMap<>();

        GroupInstanceId.apply(props, new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "broker:9092",
                CommonConfig.SCHEMA_REGISTRY_URL, "http://registry:8081", CommonConfig.DATA_DIR, dataDir.toString())));

        assertThat(props).containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, GroupInstanceId.resolve("", dataDir));
    }

    @Test
    void shouldReplaceAnUnreadableKeptIdWithANewOne() throws Exception {
        Path file = dataDir.resolve("state").resolve("group-instance-id");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not an id\n", StandardCharsets.UTF_8);

        String id = GroupInstanceId.resolve("", dataDir);

        assertThat(id).startsWith("newspulse-");
        assertThat(Files.readString(file, StandardCharsets.UTF_8).trim()).isEqualTo(id);
    }
}
