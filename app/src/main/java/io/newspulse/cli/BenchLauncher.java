package io.newspulse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newspulse bench}: checks the options ({@link BenchOptions}, shared with the harness) and starts the
 * benchmark harness from its own jar in a child JVM with them (the application does not depend on the {@code bench}
 * module, so the shipped jar carries neither JMH nor the harness); the harness's exit code is this command's.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks newspulse on an embedded stack: producer alone, exactly-once pass-through baseline, full pipeline",
            "throughput and latency, scale-out, memory and state, JMH tagger and dedup. Writes <out-dir>/latest.json and the",
            "report (--docs). Exits 1 when the pipeline lost or duplicated a record. Runs bench/target/newspulse-bench.jar",
            "(built by the newspulse launcher) or the jar named by NEWSPULSE_BENCH_JAR, in its own JVM."})
public final class BenchLauncher implements Callable<Integer> {
    /** Environment variable naming the bench jar, for installs where it is not next to the sources. */
    static final String JAR_ENV = "NEWSPULSE_BENCH_JAR";

    @Mixin
    BenchOptions options;

    @Override
    public Integer call() throws Exception {
        String problem = options.problem();
        if (problem != null) {
            throw new UsageException(problem);
        }
        Path jar = locate();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms1g");
        command.add("-Xmx4g");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(options.toArgs());
        Process process = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return process.waitFor();
    }

    /** The bench jar: {@value #JAR_ENV}, else {@code bench/target/newspulse-bench.jar} beside the application jar's module. */
    static Path locate() {
        String named = System.getenv(JAR_ENV);
        if (named != null && !named.isBlank()) {
            Path jar = Path.of(named);
            if (!Files.isRegularFile(jar)) {
                throw new UsageException(JAR_ENV + " names " + jar + ", which is not a file");
            }
            return jar;
        }
        try {
            Path appJar = Path.of(BenchLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // app/target/newspulse.jar -> <root>/bench/target/newspulse-bench.jar
            Path root = appJar.getParent() == null || appJar.getParent().getParent() == null ? null
                    : appJar.getParent().getParent().getParent();
            if (root != null) {
                Path jar = root.resolve("bench").resolve("target").resolve("newspulse-bench.jar");
                if (Files.isRegularFile(jar)) {
                    return jar;
                }
            }
        } catch (Exception e) {
            // fall through to the error below
        }
        throw new IllegalStateException("the benchmark harness is not built: run ./newspulse bench from the source tree"
                + " (it builds bench/target/newspulse-bench.jar), or build it with ./mvnw -pl bench -am package -DskipTests"
                + " and set " + JAR_ENV);
    }
}
