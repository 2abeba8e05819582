package io.newspulse.core.concurrent;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads for the one-off and background steps of the apps (start-up steps run side by side, feeds,
 * watchers): a daemon never keeps a stopping JVM alive, and a name says in a thread dump what the thread is for.
 */
public final class Daemons {
    private Daemons() {
    }

    /** Starts {@code task} on a new daemon thread called {@code name} and returns the thread. */
    public static Thread start(String name, Runnable task) {
        Thread t = new Thread(Objects.requireNonNull(task), Objects.requireNonNull(name));
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Runs each task given to it on a new daemon thread called {@code name} (for {@code CompletableFuture}'s async steps). */
    public static Executor executor(String name) {
        Objects.requireNonNull(name);
        return task -> start(name, task);
    }

    /** Makes daemon threads called {@code prefix-1}, {@code prefix-2}, ... (for pools). */
    public static ThreadFactory factory(String prefix) {
        Objects.requireNonNull(prefix);
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
