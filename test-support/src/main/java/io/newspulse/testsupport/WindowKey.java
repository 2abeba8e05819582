package io.newspulse.testsupport;

/** One signal window of one company: company id, window size label ({@code 1m}, {@code 1h}) and start (epoch ms). */
public record WindowKey(String company, String window, long start) implements Comparable<WindowKey> {
    @Override
    public int compareTo(WindowKey o) {
        int c = company.compareTo(o.company);
        if (c == 0) {
            c = window.compareTo(o.window);
        }
        return c != 0 ? c : Long.compare(start, o.start);
    }

    @Override
    public String toString() {
        return company + "/" + window + "@" + java.time.Instant.ofEpochMilli(start);
    }
}
