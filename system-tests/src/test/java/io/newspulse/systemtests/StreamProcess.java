package io.newspulse.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The {@code stream} command of the runnable jar in its own JVM ({@code java -cp newspulse.jar
 * io.newspulse.cli.Newspulse stream ...}), output in {@code <dataDir>/stream.log}. {@link #kill()} is SIGKILL:
 * no shutdown hook runs, nothing is flushed or committed.
 */
final class StreamProcess implements AutoCloseable {
    private final Path dataDir;
    private final ProcessBuilder builder;
    private Process process;

    StreamProcess(String bootstrap, String registry, Path dataDir, Map<String, Object> config) {
        this.dataDir = dataDir;
        try {
            Files.createDirectories(dataDir);
            Path configFile = dataDir.resolve("stream.properties");
            Properties props = new Properties();
            config.forEach((k, v) -> props.setProperty(k, String.valueOf(v)));
            try (Writer w = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                props.store(w, "system test");
            }
            List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", jar().toString(), "io.newspulse.cli.Newspulse", "stream",
                    "--bootstrap", bootstrap, "--registry", registry, "--data-dir", dataDir.toString(), "--config", configFile.toString()));
            builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("stream.log").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runnable jar (system property {@code newspulse.jar}, set by the pom). */
    static Path jar() {
        Path jar = Paths.get(System.getProperty("newspulse.jar", "../app/target/newspulse.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn -pl app package -DskipTests` first");
        }
        return jar;
    }

    StreamProcess start() {
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the stream JVM", e);
        }
        return this;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL and wait for the JVM to be gone. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    Path log() {
        return dataDir.resolve("stream.log");
    }

    /** Asks for a clean stop (SIGTERM, shutdown hook), killing after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
