package io.newspulse.cli;

import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.OfflineDedup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    JsonLinesFiles files;

    @Option(names = "--horizon", paramLabel = "DURATION", defaultValue = "7d", converter = DurationConverter.class,
            description = "How far apart (event time, from published_at) two copies may be: e.g. 7d, 36h, 90m, "
                    + "PT12H (default: ${DEFAULT-VALUE}).")
    Duration horizon;

    @Option(names = "--max-entries-per-key", paramLabel = "N", defaultValue = "" + DedupPolicy.DEFAULT_MAX_ENTRIES_PER_KEY,
            description = "Most articles indexed under one candidate key within the horizon, as the stream's "
                    + "dedup.max.entries.per.key (default: ${DEFAULT-VALUE}).")
    int maxEntriesPerKey;

    @Override
    public Integer call() {
        files.checkInput(spec.commandLine());
        if (horizon.isNegative() || horizon.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--horizon must be positive");
        }
        if (maxEntriesPerKey < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-entries-per-key must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Reader reader = files.openIn(); Writer writer = files.openOut()) {
            OfflineDedup.Summary s = new OfflineDedup(DedupPolicy.defaults().withHorizon(horizon).withMaxEntriesPerKey(maxEntriesPerKey)).run(reader, writer);
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

    /** Reads "7d", "36h", "90m", "45s" or an ISO-8601 duration ("PT12H", "P7D") with the apps' own parser. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return io.newspulse.streams.config.Durations.parse(value);
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("not a duration: '" + value + "' (use e.g. 7d, 36h, 90m or PT12H)");
            }
        }
    }
}
