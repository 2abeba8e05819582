package io.newspulse.bench.harness;

import java.util.List;
import java.util.Locale;

/** Small Markdown table builder for the report. */
public final class Tables {
    private final StringBuilder sb = new StringBuilder();

    public Tables(String... headers) {
        sb.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        for (int i = 0; i < headers.length; i++) {
            sb.append(i == 0 ? "---|" : "---:|");
        }
        sb.append('\n');
    }

    public Tables row(Object... cells) {
        sb.append("| ").append(String.join(" | ", List.of(cells).stream().map(String::valueOf).toList())).append(" |\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** Integer-ish formatting with thousands separators. */
    public static String n(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    public static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
}
