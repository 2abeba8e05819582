package io.newspulse.cli;

import io.newspulse.dedup.OfflineDedup;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newspulse dedup}: clusters JSON Lines articles offline (no Kafka) into exact and near duplicates, taking the
 * file order as arrival order, and writes one line per article: {@code {"id","cluster","kind","similarity"}}.
 * Exit 0 on success, 1 on a bad input line or I/O failure, 2 on bad usage.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Finds exact and near-duplicate articles in JSON Lines ({\"id\",\"title\",\"body\",\"lang\"}),",
            "one output line per article in input order: {\"id\",\"cluster\",\"kind\":\"original|exact|near\",\"similarity\"}."})
public final class DedupCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE", defaultValue = "-",
            description = "Articles as JSON Lines; '-' reads stdin (default: ${DEFAULT-VALUE}).")
    String in;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
            description = "Where to write the clusters as JSON Lines; '-' writes stdout (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(names = "--horizon", paramLabel = "DURATION", defaultValue = "7d", converter = DurationConverter.class,
            description = "How far apart (event time, from published_at) two copies may be: e.g. 7d, 36h, 90m, "
                    + "PT12H (default: ${DEFAULT-VALUE}).")
    Duration horizon;

    @Override
    public Integer call() {
        if (!"-".equals(in) && !Files.isRegularFile(Path.of(in))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--in: no such file: " + in);
        }
        if (horizon.isNegative() || horizon.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--horizon must be positive");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Reader reader = openIn(); Writer writer = openOut()) {
            OfflineDedup.Summary s = new OfflineDedup(horizon).run(reader, writer);
            err.println("newspulse dedup: " + s.articles() + " articles, " + s.originals() + " originals, "
                    + s.exact() + " exact and " + s.near() + " near duplicates.");
            err.flush();
            return 0;
        } catch (RuntimeException | IOException e) {
            err.println("newspulse dedup: " + (e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' ')));
            err.flush();
            return 1;
        }
    }

    private Reader openIn() throws IOException {
        if ("-".equals(in)) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
    }

    private Writer openOut() throws IOException {
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

    /** Reads "7d", "36h", "90m", "45s" or an ISO-8601 duration ("PT12H", "P7D"). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("p")) {
                    return Duration.parse(v.toUpperCase(Locale.ROOT));
                }
                if (v.length() < 2) {
                    throw new CommandLine.TypeConversionException("not a duration: '" + value + "'");
                }
                long amount = Long.parseLong(v.substring(0, v.length() - 1));
                return switch (v.charAt(v.length() - 1)) {
                    case 'd' -> Duration.ofDays(amount);
                    case 'h' -> Duration.ofHours(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 's' -> Duration.ofSeconds(amount);
                    default -> throw new CommandLine.TypeConversionException(
                            "not a duration: '" + value + "' (use e.g. 7d, 36h, 90m or PT12H)");
                };
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "not a duration: '" + value + "' (use e.g. 7d, 36h, 90m or PT12H)");
            }
        }
    }
}
