package io.newspulse.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code newspulse stream} in a JVM of its own, started from the bench jar (which holds the CLI), its output in a log
 * file. {@link #kill()} is SIGKILL: no shutdown hook, nothing flushed or committed, as in a crash.
 */
final class StreamChild implements AutoCloseable {
    private static final Pattern RUNNING = Pattern.compile("RUNNING ([0-9.]+) s after launch");

    private final Path log;
    private final Process process;
    private final long launchedNanos;

    private StreamChild(Path log, Process process, long launchedNanos) {
        this.log = log;
        this.process = process;
        this.launchedNanos = launchedNanos;
    }

    /**
     * Launches {@code stream} with {@code settings} as its properties file (written next to the log).
     *
     * @param maxHeap the child's {@code -Xmx}, e.g. {@code 3g}
     */
    static StreamChild launch(Path dir, String name, Map<String, Object> settings, String maxHeap) {
        try {
            Files.createDirectories(dir);
            Path config = dir.resolve(name + ".properties");
            Properties props = new Properties();
            settings.forEach((k, v) -> props.setProperty(k, String.valueOf(v)));
            try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                props.store(w, "newspulse bench: " + name);
            }
            Path log = dir.resolve(name + ".log");
            List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms512m", "-Xmx" + maxHeap, "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"),
                    "io.newspulse.cli.Newspulse", "stream", "--config", config.toString()));
            long launched = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new StreamChild(log, p, launched);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch the stream app: " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the app's own "RUNNING x s after launch" line.
     *
     * @return the seconds it reports (its clock starts in its main method), with the wall-clock seconds since launch
     */
    double[] awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = RUNNING.matcher(logText());
            if (m.find()) {
                return new double[] {Double.parseDouble(m.group(1)), (System.nanoTime() - launchedNanos) / 1e9};
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the stream app exited with " + process.exitValue() + " before RUNNING; see " + log);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the stream app was not RUNNING after " + timeout + "; see " + log);
    }

    /** Seconds since launch. */
    double secondsSinceLaunch() {
        return (System.nanoTime() - launchedNanos) / 1e9;
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path log() {
        return log;
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM (the app's shutdown hook closes Kafka Streams), SIGKILL after 60 s; then the log is copied to
     * {@code keepLogIn} (when not null), since the run's scratch directory is deleted.
     */
    void stop(Path keepLogIn) throws InterruptedException {
        try {
            close();
        } finally {
            if (keepLogIn != null && Files.exists(log)) {
                try {
                    Files.createDirectories(keepLogIn);
                    Files.copy(log, keepLogIn.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot keep " + log + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** SIGTERM (the app's shutdown hook closes Kafka Streams), SIGKILL after 60 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
