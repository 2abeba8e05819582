package io.newspulse.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalStoreRecoveryTest {
    @TempDir
    Path stateDir;

    @Test
    void shouldRecogniseACorruptedGlobalStoreWrappedByKafkaStreams() {
        Throwable failure = new StreamsException(new TaskCorruptedException(Set.of(new TaskId(-1, -1))));

        assertThat(GlobalStoreRecovery.isCorruptedGlobalStore(failure)).isTrue();
    }

    @Test
    void shouldLeaveCorruptedRegularTasksAndOtherFailuresToKafkaStreams() {
        assertThat(GlobalStoreRecovery.isCorruptedGlobalStore(new TaskCorruptedException(Set.of(new TaskId(0, 1))))).isFalse();
        assertThat(GlobalStoreRecovery.isCorruptedGlobalStore(new StreamsException("broker down"))).isFalse();
        assertThat(GlobalStoreRecovery.isCorruptedGlobalStore(null)).isFalse();
    }

    @Test
    void shouldWipeOnlyTheGlobalStateDirectoryOfTheApplication() throws Exception {
        Path global = GlobalStoreRecovery.globalStateDir(stateDir.toString(), "app");
        Files.createDirectories(global.resolve("rocksdb").resolve("companies-store"));
        Files.writeString(global.resolve("rocksdb").resolve("companies-store").resolve("000001.sst"), "x");
        Path task = Files.createDirectories(stateDir.resolve("app").resolve("0_1"));

        GlobalStoreRecovery.wipe(global);
        GlobalStoreRecovery.wipe(global);

        assertThat(global).doesNotExist();
        assertThat(task).isDirectory();
    }
}
