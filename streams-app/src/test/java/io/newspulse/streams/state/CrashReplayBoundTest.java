package io.newspulse.streams.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.newspulse.streams.StoreNames;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;

class CrashReplayBoundTest {
    @Test
    void shouldBoundTheMemtableOfStoresWithManyUpdatesPerKey() {
        try (Options options = new Options()) {
            long rocksDbDefault = options.writeBufferSize();

            new CrashReplayBound().setConfig("spike-baseline-1d-store", options, Map.of());

            assertThat(options.writeBufferSize()).isEqualTo(CrashReplayBound.WRITE_BUFFER_BYTES).isLessThan(rocksDbDefault);
        }
    }

    @Test
    void shouldLeaveTheWriteOnceDedupIndexAndItsSegmentsAlone() {
        try (Options options = new Options()) {
            long before = options.writeBufferSize();

            new CrashReplayBound().setConfig(StoreNames.DEDUP_INDEX + ".1764892800000", options, Map.of());

            assertThat(options.writeBufferSize()).isEqualTo(before);
        }
    }
}
