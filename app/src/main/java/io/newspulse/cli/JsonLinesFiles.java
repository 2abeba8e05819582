package io.newspulse.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --in} / {@code --out} JSON Lines options of the offline commands ({@code tag}, {@code dedup}); '-' is stdin/stdout. */
final class JsonLinesFiles {
    @Option(names = "--in", paramLabel = "FILE", defaultValue = "-",
            description = "Articles as JSON Lines; '-' reads stdin (default: ${DEFAULT-VALUE}).")
    String in;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
            description = "Where to write the results as JSON Lines; '-' writes stdout (default: ${DEFAULT-VALUE}).")
    String out;

    /** A usage error (exit 2) when --in names a file that does not exist. */
    void checkInput(CommandLine commandLine) {
        if (!"-".equals(in) && !Files.isRegularFile(Path.of(in))) {
            throw new CommandLine.ParameterException(commandLine, "--in: no such file: " + in);
        }
    }

    Reader openIn() throws IOException {
        if ("-".equals(in)) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
    }

    Writer openOut() throws IOException {
        if ("-".equals(out)) {
            // Do not close System.out with the writer.
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
    }
}
