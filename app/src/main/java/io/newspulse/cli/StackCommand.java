package io.newspulse.cli;

import java.util.concurrent.Callable;

import io.newspulse.stack.LocalStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newspulse stack}: embedded KRaft Kafka + schema registry with every topic, until Ctrl-C. */
@Command(name = "stack", mixinStandardHelpOptions = true,
        description = {"Runs embedded Kafka (KRaft) and the schema registry and creates all topics.",
            "Prints 'READY bootstrap=HOST:PORT registry=URL' on stdout once ready; Ctrl-C stops it cleanly."})
public final class StackCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Option(names = "--http-port", paramLabel = "P", hidden = true,
            description = "Accepted for symmetry with demo; the stack serves no dashboard.")
    Integer httpPort;

    @Override
    public Integer call() throws Exception {
        Shutdown shutdown = Shutdown.onSignal();
        StartupProgress progress = new StartupProgress("stack");
        try (LocalStack stack = new LocalStack(options.stackConfig())) {
            stack.start(progress::step);
            Console.ready(stack.bootstrapServers(), stack.registryUrl(), null);
            progress.step(String.format(java.util.Locale.ROOT, "READY %.1f s after launch", progress.elapsedSeconds()));
            shutdown.await();
        } finally {
            shutdown.done();
        }
        return 0;
    }
}
