package io.newspulse.cli;

import java.util.Locale;

/** The parts of {@code newspulse bench} that {@code --sections} can select. */
public enum BenchSection {
    JMH, PRODUCER, BASELINE, PIPELINE, ANALYSIS_COST, SCALE_OUT, MEMORY, REPLAY, RESTORE;

    /** The name on the command line: lower case, '-' for '_' ({@code scale-out}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a command-line name ({@code replay}, {@code scale-out}); case-insensitive, '_' accepted for '-'. */
    public static BenchSection parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (BenchSection s : values()) {
            if (s.name().equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown section '" + text + "'");
    }
}
