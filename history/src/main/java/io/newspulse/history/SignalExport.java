package io.newspulse.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.CompanySignal;
import io.newspulse.kafka.topics.Topics;

/** {@code export}: signals of one deployment or backfill, selected by a {@link SignalQuery}, written to a file. */
public final class SignalExport {
    /** Which signal topics to read. */
    public enum Source {
        /** {@code company.signals.final}: one value per closed window. */
        FINAL,
        /** {@code company.signals}: every update, including windows still open. */
        UPDATES,
        /** Both: a closed window's final value, else its latest update (as of T). */
        BOTH
    }

    private SignalExport() {
    }

    /** Topics to read for the source, in the order their records are merged (finals last: they win ties). */
    public static List<String> topicsOf(Topics topics, Source source) {
        return switch (source) {
            case FINAL -> List.of(topics.signalsFinal());
            case UPDATES -> List.of(topics.signals());
            case BOTH -> List.of(topics.signals(), topics.signalsFinal());
        };
    }

    /** Reads, selects and writes; returns the number of signals written. */
    public static int export(Map<String, Object> settings, Topics topics, Source source, SignalQuery query, ExportFormat format, Path out)
            throws IOException {
        List<CompanySignal> all = new ArrayList<>();
        for (String topic : topicsOf(topics, source)) {
            all.addAll(SignalReader.readAll(settings, topic));
        }
        List<CompanySignal> selected = query.select(all);
        format.write(selected, out);
        return selected.size();
    }
}
