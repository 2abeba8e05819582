package io.newspulse.streams.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.processor.TaskId;

/**
 * The one recovery Kafka Streams 4.4 lacks at start-up: under exactly-once, a global store (here the companies
 * store) left by a stop that did not finish closing it (the JVM exited while Kafka Streams was still closing, e.g.
 * on a loaded machine, or a SIGKILL) is reported as a corrupted task {@code -1_-1}; the global thread dies and, since
 * nothing wipes the store, every following start dies the same way (upstream KAFKA-21034, open). Regular tasks are
 * wiped and restored by Kafka Streams itself. The global store is a copy of the compacted {@code companies} topic,
 * so wiping its directory and starting again loses nothing.
 */
final class GlobalStoreRecovery {
    /** The task id Kafka Streams gives the global stores. */
    private static final TaskId GLOBAL_TASK = new TaskId(-1, -1);

    private GlobalStoreRecovery() {
    }

    /** True when {@code failure} (or a cause of it) is the corrupted-global-store error. */
    static boolean isCorruptedGlobalStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TaskCorruptedException corrupted && corrupted.corruptedTasks().contains(GLOBAL_TASK)) {
                return true;
            }
        }
        return false;
    }

    /** The global state directory of an application: {@code <state.dir>/<application.id>/global}. */
    static Path globalStateDir(String stateDir, String applicationId) {
        return Paths.get(stateDir, applicationId, "global");
    }

    /** Deletes the global state directory (nothing when it is absent). */
    static void wipe(Path globalStateDir) {
        try {
            Utils.delete(new File(globalStateDir.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + globalStateDir, e);
        }
    }
}
