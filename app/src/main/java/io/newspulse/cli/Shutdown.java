package io.newspulse.cli;

import java.util.concurrent.CountDownLatch;

/** Blocks a long-running command until Ctrl-C (SIGINT/SIGTERM), then lets it close its resources in order. */
final class Shutdown {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    static Shutdown onSignal() {
        return onSignal(() -> { });
    }

    /**
     * Like {@link #onSignal()}, and runs {@code onStop} on the signal first (e.g. asking a producer run to stop);
     * the JVM exits once {@link #done()} is called.
     */
    static Shutdown onSignal(Runnable onStop) {
        Shutdown shutdown = new Shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            onStop.run();
            shutdown.stop.countDown();
            try {
                shutdown.closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newspulse-shutdown"));
        return shutdown;
    }

    /** Waits for the signal. */
    void await() throws InterruptedException {
        stop.await();
    }

    /** True once Ctrl-C was pressed (or a stop requested). */
    boolean requested() {
        return stop.getCount() == 0;
    }

    /** Asks for a stop from inside the process (e.g. when a component died). */
    void request() {
        stop.countDown();
    }

    /** Tells the shutdown hook that resources are closed and the JVM may exit. */
    void done() {
        closed.countDown();
    }
}
