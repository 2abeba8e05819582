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

    @Test
    void shouldReplayTheWholeChangelogOfAClosedWindowStoreAfterAStopThatWasNotClean() throws Exception {
        byte[] value = {2};
        WindowStore<Bytes, byte[]> first = CrashSafeStores.timestampedWindow("signals-1m-store", Duration.ofMinutes(200), Duration.ofMinutes(1)).get();
        init(first);
        try {
            assertThat(first.committedOffset(CHANGELOG)).as("first start: nothing to trust").isEqualTo(CrashSafeStores.OFFSET_UNKNOWN);
            first.put(Bytes.wrap(new byte[] {1}), value, 60_000L);
            first.commit(Map.of(CHANGELOG, 5L));
            assertThat(first.committedOffset(CHANGELOG)).isEqualTo(5L);
        } finally {
            first.close();
        }

        WindowStore<Bytes, byte[]> afterCleanStop = CrashSafeStores.timestampedWindow("signals-1m-store", Duration.ofMinutes(200), Duration.ofMinutes(1)).get();
        init(afterCleanStop);
        try {
            assertThat(afterCleanStop.committedOffset(CHANGELOG)).isEqualTo(5L);
        } finally {
            afterCleanStop.close();
        }

        java.nio.file.Files.delete(CrashSafeWindowStore.marker(stateDir.toPath(), "signals-1m-store")); // as a kill -9 leaves it
        WindowStore<Bytes, byte[]> afterCrash = CrashSafeStores.timestampedWindow("signals-1m-store", Duration.ofMinutes(200), Duration.ofMinutes(1)).get();
        init(afterCrash);
        try {
            assertThat(afterCrash.fetch(Bytes.wrap(new byte[] {1}), 60_000L)).as("data on disk").isEqualTo(value);
            assertThat(afterCrash.committedOffset(CHANGELOG)).as("whole changelog, data or not").isEqualTo(CrashSafeStores.OFFSET_UNKNOWN);
        } finally {
            afterCrash.close();
        }
    }

    @Test
    void shouldKeepTrustingTheOffsetOfADedupWindowStoreWithDataAfterAnyStop() {
        WindowStore<Bytes, byte[]> store = CrashSafeStores.window("dedup-store", Duration.ofHours(2), Duration.ofMillis(1), false).get();
        init(store);
        try {
            store.put(Bytes.wrap(new byte[] {1}), new byte[] {2}, 60_000L);
            store.commit(Map.of(CHANGELOG, 9L));
        } finally {
            store.close();
        }
        WindowStore<Bytes, byte[]> again = CrashSafeStores.window("dedup-store", Duration.ofHours(2), Duration.ofMillis(1), false).get();
        init(again);
        try {
            assertThat(again.committedOffset(CHANGELOG)).isEqualTo(9L);
            assertThat(stateDir.toPath().resolve(".dedup-store.stopped-cleanly")).doesNotExist();
        } finally {
            again.close();
        }
    }

    @Test
    void shouldGiveClosedWindowStoresSegmentsOfAtLeastADay() {
        assertThat(CrashSafeStores.timestampedWindow("signals-1m-store", Duration.ofMinutes(200), Duration.ofMinutes(1)).segmentIntervalMs())
                .isEqualTo(Duration.ofDays(1).toMillis());
        assertThat(CrashSafeStores.timestampedWindow("signals-1h-store", Duration.ofHours(200), Duration.ofHours(1)).segmentIntervalMs())
                .isEqualTo(Duration.ofHours(100).toMillis());
        assertThat(CrashSafeStores.window("dedup", Duration.ofMinutes(200), Duration.ofMillis(1), false).segmentIntervalMs())
                .as("Kafka Streams' default for the other window stores").isEqualTo(Duration.ofMinutes(100).toMillis());
    }

    @Test
    void shouldRefuseAClosedWindowStoreThatCannotHoldOneWindow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CrashSafeStores.timestampedWindow("w", Duration.ofSeconds(30), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be shorter");
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
