package io.newspulse.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newspulse} launcher: one executable, one sub-command per deployable or tool.
 * Exit codes: 0 success, 1 failure, 2 bad usage. Errors go to stderr as one sentence.
 */
@Command(name = "newspulse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns news into per-company signals on Kafka Streams.",
        subcommands = {
            DemoCommand.class,
            StackCommand.class,
            RegistryCommand.class,
            ProduceCommand.class,
            GenerateCommand.class,
            StreamCommand.class,
            CompaniesCommand.class,
            TagCommand.class,
            DedupCommand.class,
            TailCommand.class,
            BenchLauncher.class,
            ReplayCommand.class,
            ExportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Newspulse implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (used by tests and {@link #main}). */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newspulse());
        cli.setExecutionExceptionHandler(Newspulse::onExecutionError);
        cli.setParameterExceptionHandler(Newspulse::onUsageError);
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    private static int onExecutionError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("newspulse " + commandLine.getCommandName() + ": " + Errors.oneSentence(e));
        if (Boolean.getBoolean("newspulse.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof UsageException ? 2 : 1;
    }

    private static int onUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("newspulse: " + e.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return 2;
    }
}
