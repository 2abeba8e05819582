package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build's rehearsal of the stream start (StartRehearsal, the training run of the class archive made at package
 * time): it needs no broker or registry, and leaves nothing in the data directory.
 */
class StreamRehearsalTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldRehearseTheStreamStartWithoutABrokerAndLeaveNothingBehind() throws Exception {
        assertThat(Newspulse.execute("stream", "--rehearse-start", "--data-dir", dataDir.toString(),
                "--bootstrap", "127.0.0.1:1", "--registry", "http://127.0.0.1:1")).isZero();
        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void shouldKeepTheRehearsalOutOfTheStreamHelp() {
        StringWriter out = new StringWriter();
        CommandLine cli = Newspulse.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("stream", "--help")).isZero();
        assertThat(out.toString()).contains("--http-port").doesNotContain("rehearse");
    }
}
