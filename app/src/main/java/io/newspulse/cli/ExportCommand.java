package io.newspulse.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.history.Backfill;
import io.newspulse.history.ExportFormat;
import io.newspulse.history.SignalExport;
import io.newspulse.history.SignalQuery;
import io.newspulse.history.TimeArg;
import io.newspulse.streams.config.StreamsAppConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newspulse export}: signals out of Kafka into CSV, JSON Lines or Parquet, point in time (docs/history.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes per-company window signals of the live topics, or of a backfill",
            "(--backfill NAME), to CSV, JSON Lines or Parquet. --as-of T gives what was known",
            "at T: per window, the last value whose computed_at (event time) is <= T, so a",
            "backtest sees no look-ahead. Columns: every CompanySignal field. See docs/history.md."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--company", paramLabel = "ID", split = ",", description = "Company ids (repeatable or comma-separated; default every company).")
    List<String> companies = new ArrayList<>();

    @Option(names = "--window", paramLabel = "1m|1h|1d", description = "Window size (default 1d).")
    String window = "1d";

    @Option(names = "--from", paramLabel = "TIME", description = "Windows starting at or after TIME (2005-01-01, ISO-8601 or epoch ms).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Windows starting before TIME.")
    String to;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Knowledge time: only values known (computed_at) at or before TIME.")
    String asOf;

    @Option(names = "--format", paramLabel = "csv|jsonl|parquet", description = "Output format (default csv).")
    String format = "csv";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (replaced).")
    Path out;

    @Option(names = "--backfill", paramLabel = "NAME", description = "Read the backfill's topics (backfill.NAME.*) instead of the live ones.")
    String backfillName;

    @Option(names = "--source", paramLabel = "final|updates|both",
            description = "final: closed windows (company.signals.final, default); updates: every update (company.signals); both: finals, else latest update.")
    String source = "final";

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt;
        SignalExport.Source src;
        SignalQuery query;
        Topics topics;
        Map<String, Object> props;
        try {
            fmt = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
            src = SignalExport.Source.valueOf(source.toUpperCase(Locale.ROOT));
            Instant f = from == null ? null : TimeArg.parse(from);
            Instant t = to == null ? null : TimeArg.parse(to);
            Instant a = asOf == null ? null : TimeArg.parse(asOf);
            query = new SignalQuery(new HashSet<>(companies), window, f, t, a);
            connection.require(CommonConfig.BOOTSTRAP_SERVERS, "--bootstrap");
            connection.require(CommonConfig.SCHEMA_REGISTRY_URL, "--registry");
            props = connection.merged();
            Topics live = CommonConfig.topics(new StreamsAppConfig(props));
            topics = backfillName == null ? live : new Backfill(backfillName).topics(live);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("No enum constant")
                    ? "--format is csv, jsonl or parquet; --source is final, updates or both" : e.getMessage());
        }
        int n = SignalExport.export(props, topics, src, query, fmt, out);
        System.err.println("newspulse export: " + n + " signals (" + window + ", " + src.name().toLowerCase(Locale.ROOT)
                + (asOf == null ? "" : ", as of " + query.asOf()) + ") from " + topics.prefix() + "* to " + out);
        return 0;
    }
}
