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
    private final String logName;
    private final ProcessBuilder builder;
    private Process process;

    StreamProcess(String bootstrap, String registry, Path dataDir, Map<String, Object> config) {
        this(dataDir, "stream", List.of("stream", "--bootstrap", bootstrap, "--registry", registry, "--data-dir", dataDir.toString(),
                "--config", writeConfig(dataDir, config).toString()));
    }

    /** Any command of the jar, output in {@code <dataDir>/<name>.log}. */
    StreamProcess(Path dataDir, String name, List<String> args) {
        this.dataDir = dataDir;
        this.logName = name + ".log";
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classpath(), "io.newspulse.cli.Newspulse"));
        cmd.addAll(args);
        builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve(logName).toFile()));
    }

    /** The {@code stack} command on fixed ports (so clients find it again after a restart). */
    static StreamProcess stack(Path dataDir, String name, int kafkaPort, int registryPort) {
        Path config = dataDir.resolveSibling(name + ".properties");
        writeProperties(config, Map.<String, Object>of("topic.partitions", Pipeline.PARTITIONS));
        return new StreamProcess(dataDir, name, List.of("stack", "--data-dir", dataDir.toString(), "--config", config.toString(),
                "--kafka-port", Integer.toString(kafkaPort), "--registry-port", Integer.toString(registryPort)));
    }

    private static Path writeConfig(Path dataDir, Map<String, Object> config) {
        return writeProperties(dataDir.resolve("stream.properties"), config);
    }

    private static Path writeProperties(Path configFile, Map<String, Object> config) {
        try {
            Files.createDirectories(configFile.getParent());
            Properties props = new Properties();
            config.forEach((k, v) -> props.setProperty(k, String.valueOf(v)));
            try (Writer w = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                props.store(w, "system test");
            }
            return configFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test JVM's classpath (the freshly built modules) followed by the runnable jar, which adds the CLI. In a
     * full build both hold the same code; in a module-only build the installed modules win over an older jar.
     */
    private static String classpath() {
        return System.getProperty("java.class.path") + java.io.File.pathSeparator + jar();
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

    /** True once the log contains {@code text} (e.g. the stack's READY line). */
    boolean logContains(String text) {
        try {
            return Files.exists(log()) && Files.readString(log(), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
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
        return dataDir.resolve(logName);
    }

    /** Asks for a clean stop (SIGTERM, shutdown hook), killing after 30 s. */
    @Override
    public void close() throws InterruptedException {
        stop(java.time.Duration.ofSeconds(30));
    }

    /** Asks for a clean stop (SIGTERM, shutdown hook), killing after {@code grace}; true when it exited by itself. */
    boolean stop(java.time.Duration grace) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                return false;
            }
        }
        return true;
    }
}
