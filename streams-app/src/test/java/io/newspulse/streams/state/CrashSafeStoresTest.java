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

    /** Crash images: copies of a store's files taken while it is open. */
    @TempDir
    File crashImageDir;

    @TempDir
    File secondCrashImageDir;

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
    void shouldRestoreAClosedWindowStoreFromItsSegmentsOwnOffsetsAfterAStopThatWasNotClean() throws Exception {
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
            assertThat(afterCrash.committedOffset(CHANGELOG)).as("its one segment flushed at offset 5").isEqualTo(5L);
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
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be no smaller than its window size");
    }

    /** Memtables small enough that a few hundred kilobytes of windows flush a segment, as days of windows do live. */
    public static final class SmallMemtables implements org.apache.kafka.streams.state.RocksDBConfigSetter {
        @Override
        public void setConfig(String storeName, org.rocksdb.Options options, Map<String, Object> configs) {
            options.setWriteBufferSize(64 * 1024);
        }

        @Override
        public void close(String storeName, org.rocksdb.Options options) {
        }
    }

    /**
     * Why the closed-window stores replay their whole changelog after a crash: a kill -9 leaves on disk what each
     * segment's RocksDB flushed (no write-ahead log). Copying the files of an open store is that image. A window of
     * an older segment, written before a commit, is missing from it, while Kafka Streams' own store answers the offset a
     * newer segment flushed after that commit, so a restore from that offset would never bring the window back.
     */
    @Test
    void shouldNotTrustTheNewestSegmentsOffsetAfterACrashThatLostAnOlderSegmentsWrites() throws Exception {
        long day = Duration.ofDays(1).toMillis();
        Bytes early = Bytes.wrap(new byte[] {0});
        org.apache.kafka.streams.state.WindowBytesStoreSupplier kafkas = new org.apache.kafka.streams.state.internals.RocksDbWindowBytesStoreSupplier("w",
                Duration.ofMinutes(200).toMillis(), day, Duration.ofMinutes(1).toMillis(), false,
                org.apache.kafka.streams.state.internals.RocksDbWindowBytesStoreSupplier.WindowStoreTypes.TIMESTAMPED_WINDOW_STORE);
        WindowStore<Bytes, byte[]> store = kafkas.get();
        init(store, stateDir, SmallMemtables.class);
        java.nio.file.Path crashImage = crashImageDir.toPath();
        try {
            store.put(early, new byte[] {1}, day - 60_000L); // the last window of the older segment
            store.commit(Map.of(CHANGELOG, 10L));
            byte[] window = new byte[1024];
            for (int i = 0; i < 1_500; i++) { // the newer segment: enough to flush its memtable many times
                store.put(Bytes.wrap(java.nio.ByteBuffer.allocate(4).putInt(i + 1).array()), window, day + i * 1_000L);
                if (i % 100 == 99) {
                    store.commit(Map.of(CHANGELOG, 11L + i / 100));
                }
            }
            java.nio.file.Path newer = stateDir.toPath().resolve("w").resolve("w." + day);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> sstFiles(newer) >= 2);
            assertThat(store.fetch(early, day - 60_000L)).as("there before the crash").isEqualTo(new byte[] {1});
            copy(stateDir.toPath(), crashImage);
        } finally {
            store.close();
        }
        WindowStore<Bytes, byte[]> afterCrash = kafkas.get();
        init(afterCrash, crashImage.toFile(), SmallMemtables.class);
        try {
            assertThat(afterCrash.committedOffset(CHANGELOG)).as("Kafka Streams' offset: the newer segment's").isGreaterThan(10L);
            assertThat(afterCrash.fetch(early, day - 60_000L)).as("written before offset 10, gone").isNull();
        } finally {
            afterCrash.close();
        }
        copy(crashImage, secondCrashImageDir.toPath());
        WindowStore<Bytes, byte[]> ours = CrashSafeStores.timestampedWindow("w", Duration.ofMinutes(200), Duration.ofMinutes(1)).get();
        init(ours, secondCrashImageDir, SmallMemtables.class);
        try {
            assertThat(ours.committedOffset(CHANGELOG)).as("ours: the older segment never flushed, so the whole changelog")
                    .isEqualTo(CrashSafeStores.OFFSET_UNKNOWN);
        } finally {
            ours.close();
        }
    }

    /**
     * The same crash when the older segment had flushed before: it holds the offset of its last flush, older than the
     * lost window's write, and our store answers that smallest offset, so the restore brings the window back without
     * replaying the whole changelog.
     */
    @Test
    void shouldRestoreFromTheSmallestSegmentOffsetAfterACrashThatLostAnOlderSegmentsLastWrites() throws Exception {
        long day = Duration.ofDays(1).toMillis();
        Bytes early = Bytes.wrap(new byte[] {0});
        byte[] window = new byte[1024];
        WindowStore<Bytes, byte[]> store = CrashSafeStores.timestampedWindow("w", Duration.ofMinutes(200), Duration.ofMinutes(1)).get();
        init(store, stateDir, SmallMemtables.class);
        long offset = 0;
        try {
            for (int i = 0; i < 1_500; i++) { // the older segment: enough to flush its memtable many times
                store.put(Bytes.wrap(java.nio.ByteBuffer.allocate(4).putInt(-i - 1).array()), window, i * 1_000L);
                if (i % 100 == 99) {
                    store.commit(Map.of(CHANGELOG, ++offset));
                }
            }
            long olderCommitted = offset;
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> sstFiles(stateDir.toPath().resolve("w").resolve("w.0")) >= 2);
            store.put(early, new byte[] {1}, day - 60_000L); // the older segment's last window, after its last flush
            store.commit(Map.of(CHANGELOG, ++offset));
            for (int i = 0; i < 1_500; i++) { // the newer segment flushes many times after that commit
                store.put(Bytes.wrap(java.nio.ByteBuffer.allocate(4).putInt(i + 1).array()), window, day + i * 1_000L);
                if (i % 100 == 99) {
                    store.commit(Map.of(CHANGELOG, ++offset));
                }
            }
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> sstFiles(stateDir.toPath().resolve("w").resolve("w." + day)) >= 2);
            copy(stateDir.toPath(), crashImageDir.toPath());
            assertThat(olderCommitted).isLessThan(offset);
        } finally {
            store.close();
        }
        WindowStore<Bytes, byte[]> afterCrash = CrashSafeStores.timestampedWindow("w", Duration.ofMinutes(200), Duration.ofMinutes(1)).get();
        init(afterCrash, crashImageDir, SmallMemtables.class);
        try {
            assertThat(afterCrash.fetch(early, day - 60_000L)).as("written after the older segment's last flush, gone").isNull();
            Long safe = afterCrash.committedOffset(CHANGELOG);
            assertThat(safe).as("the older segment's own offset: before the lost write (offset 16), not the whole changelog")
                    .isBetween(1L, 15L);
        } finally {
            afterCrash.close();
        }
    }

    private static long sstFiles(java.nio.file.Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".sst")).count();
        }
    }

    private static void copy(java.nio.file.Path from, java.nio.file.Path to) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) paths::iterator) {
                java.nio.file.Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("LOCK")) {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
    }

    private void init(StateStore store) {
        init(store, stateDir, null);
    }

    /** Opens {@code store} in state directory {@code dir}, with RocksDB settings from {@code configSetter} if not null. */
    private static void init(StateStore store, File dir, Class<?> configSetter) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "crash-safe-stores-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.getAbsolutePath());
        if (configSetter != null) {
            props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, configSetter);
        }
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0), dir);
        store.init(context.getStateStoreContext(), store);
    }
}
