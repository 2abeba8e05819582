package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher's contract: --help everywhere, exit code 2 for bad usage with one clear sentence on stderr. */
class NewspulseCliTest {
    @Test
    void shouldOfferHelpOnEveryCommandOfTheContract() {
        CommandLine cli = Newspulse.commandLine();
        assertThat(cli.getSubcommands().keySet()).contains("demo", "stack", "registry", "produce", "generate", "stream",
                "companies", "tag", "dedup", "tail", "replay", "export");
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue;
            }
            assertThat(sub.getCommandSpec().mixinStandardHelpOptions()).as(sub.getCommandName()).isTrue();
            assertThat(sub.getCommandSpec().usageMessage().description()).as(sub.getCommandName()).isNotEmpty();
        }
    }

    @Test
    void shouldExitWithTwoOnAnUnknownOption() {
        StringWriter err = new StringWriter();
        CommandLine cli = Newspulse.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("tail", "--no-such-flag", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-flag").contains("--help");
    }

    @Test
    void shouldExitWithTwoWhenTailHasNoBrokerToTalkTo() {
        StringWriter err = new StringWriter();
        CommandLine cli = Newspulse.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("tail", "news.articles", "--data-dir", "target/no-stack-here")).isEqualTo(2);
        assertThat(err.toString()).contains("bootstrap.servers").doesNotContain("Exception");
    }

    @Test
    void shouldExitWithTwoWhenAReplayHasNoArchiveOrAnIllegalName() {
        StringWriter err = new StringWriter();
        CommandLine cli = Newspulse.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("replay", "--name", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--jsonl");
        assertThat(cli.execute("replay", "--name", "Not A Name", "--jsonl", "a.jsonl", "--data-dir", "target/no-stack-here")).isEqualTo(2);
        assertThat(err.toString()).contains("backfill name");
    }

    @Test
    void shouldExitWithTwoOnAnUnknownExportFormat() {
        StringWriter err = new StringWriter();
        CommandLine cli = Newspulse.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("export", "--format", "xlsx", "--out", "target/x", "--data-dir", "target/no-stack-here")).isEqualTo(2);
        assertThat(err.toString()).contains("csv, jsonl or parquet");
    }

    @Test
    void shouldExitWithTwoWithoutACommand() {
        CommandLine cli = Newspulse.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute()).isEqualTo(2);
    }

    @Test
    void shouldSayInTailsHelpHowItStopsWhenTheTopicHoldsFewerThanMaxRecords() {
        StringWriter out = new StringWriter();
        CommandLine cli = Newspulse.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("tail", "--help")).isZero();
        assertThat(out.toString()).contains("--until-end").contains("--timeout=DURATION").contains("end offsets");
    }

    @Test
    void shouldDescribeEncodingAndCompressionInProduceHelp() {
        StringWriter out = new StringWriter();
        CommandLine cli = Newspulse.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("produce", "--help")).isZero();
        assertThat(out.toString()).contains("--encoding=CHARSET").contains("--compression=TYPE").contains("lz4");
    }
}
