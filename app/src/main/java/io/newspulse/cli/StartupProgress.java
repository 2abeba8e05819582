package io.newspulse.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Startup steps printed to stderr with the time since the JVM started ({@code newspulse demo: [  4.2 s] stack up}),
 * so a start is never a silent minute; stdout keeps only the READY line.
 */
final class StartupProgress {
    private final String command;
    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final PrintStream err = System.err;

    StartupProgress(String command) {
        this.command = command;
    }

    /** Seconds since the JVM started. */
    double elapsedSeconds() {
        return (System.currentTimeMillis() - jvmStartMillis) / 1000.0;
    }

    synchronized void step(String what) {
        err.println(String.format(Locale.ROOT, "newspulse %s: [%6.1f s] %s", command, elapsedSeconds(), what));
        err.flush();
    }
}
