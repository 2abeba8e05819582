package io.newspulse.streams.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedBytesStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.internals.WithRetentionPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSafeStoresTest {
    private static final TopicPartition CHANGELOG = new TopicPartition("app-store-changelog", 0);

    @TempDir
    File stateDir;

    @Test
    void shouldKeepTheStoresOwnOffsetWhenItHasOne() {
        assertThat(CrashSafeStores.committedOffset(41L, () -> false)).isEqualTo(41L);
        assertThat(CrashSafeStores.committedOffset(41L, () -> true)).isEqualTo(41L);
    }

    @Test
    void shouldRestoreAnEmptyStoreWithoutOffsetFromTheStartOfItsChangelogInsteadOfWipingItsTask() {
        assertThat(CrashSafeStores.committedOffset(null, () -> true)).isEqualTo(CrashSafeStores.OFFSET_UNKNOWN);
    }

    @Test
    void shouldLeaveAStoreWithDataButNoOffsetToKafkaStreamsCorruptionHandling() {
        assertThat(CrashSafeStores.committedOffset(null, () -> false)).isNull();
    }

    @Test
    void shouldAnswerOffsetUnknownForAnEmptyRocksDbKeyValueStoreAndNoneOnceItHoldsUncommittedData() {
        KeyValueStore<Bytes, byte[]> store = CrashSafeStores.keyValue("kv-store").get();
        init(store);
        try {
            assertThat(store.managesOffsets()).isTrue();
            assertThat(store.committedOffset(CHANGELOG)).isEqualTo(CrashSafeStores.OFFSET_UNKNOWN);

            store.put(Bytes.wrap(new byte[] {1}), new byte[] {2});

            assertThat(store.committedOffset(CHANGELOG)).isNull();

            store.commit(Map.of(CHANGELOG, 7L));

            assertThat(store.committedOffset(CHANGELOG)).isEqualTo(7L);
        } finally {
            store.close();
        }
    }

    @Test
    void shouldAnswerOffsetUnknownForAWindowStoreWithoutSegments() {
        WindowStore<Bytes, byte[]> store = CrashSafeStores.window("window-store", Duration.ofHours(1), Duration.ofMinutes(1), false).get();
        init(store);
        try {
            assertThat(store.committedOffset(CHANGELOG)).isEqualTo(CrashSafeStores.OFFSET_UNKNOWN);

            store.put(Bytes.wrap(new byte[] {1}), new byte[] {2}, 60_000L);
            store.commit(Map.of(CHANGELOG, 3L));

            assertThat(store.committedOffset(CHANGELOG)).isEqualTo(3L);
        } finally {
            store.close();
        }
    }

    @Test
    void shouldLetKafkaStreamsSeeTheWindowRetentionSoThatARestoreSkipsExpiredRecords() {
        WindowStore<Bytes, byte[]> store = CrashSafeStores.window("window-store", Duration.ofHours(2), Duration.ofMinutes(1), false).get();

        assertThat(WithRetentionPeriod.resolveRetentionPeriod(store)).isEqualTo(Duration.ofHours(2).toMillis());
    }

    @Test
    void shouldKeepTheTimestampedFormatOfTheDslWindowStores() {
        assertThat(CrashSafeStores.timestampedWindow("signals", Duration.ofHours(1), Duration.ofMinutes(1)).get())
                .isInstanceOf(TimestampedBytesStore.class);
        assertThat(CrashSafeStores.window("plain", Duration.ofHours(1), Duration.ofMinutes(1), false).get())
                .isNotInstanceOf(TimestampedBytesStore.class);
    }

    private void init(StateStore store) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "crash-safe-stores-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.getAbsolutePath());
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir);
        store.init(context.getStateStoreContext(), store);
    }
}
