package io.newspulse.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newspulse.avro.CompanySignal;

/**
 * Which signals an export keeps, and "what was known at T": per (company, window size, window start), the value
 * with the latest {@link #knownAt known time} not after {@code asOf} (a closed window's final value wins a tie).
 * Without {@code asOf}, the latest value of each window.
 *
 * @param companies company ids to keep; empty = every company
 * @param window    window label ({@code 1m}, {@code 1h}, {@code 1d}); null = every size
 * @param from      inclusive lower bound of window_start; null = none
 * @param to        exclusive upper bound of window_start; null = none
 * @param asOf      knowledge time; null = now (everything)
 */
public record SignalQuery(Set<String> companies, String window, Instant from, Instant to, Instant asOf) {
    public SignalQuery {
        companies = Set.copyOf(companies);
    }

    /**
     * When a value was known: {@code computed_at} (event time, same in a replay as live); records written before
     * that field existed fall back to {@code updated_at} (wall clock).
     */
    public static Instant knownAt(CompanySignal s) {
        Instant computed = s.getComputedAt();
        return computed == null || computed.toEpochMilli() == 0 ? s.getUpdatedAt() : computed;
    }

    public boolean matches(CompanySignal s) {
        return !s.getCompanyId().equals(WindowCloser.WATERMARK_COMPANY)
                && (companies.isEmpty() || companies.contains(s.getCompanyId()))
                && (window == null || window.equals(s.getWindow()))
                && (from == null || !s.getWindowStart().isBefore(from))
                && (to == null || s.getWindowStart().isBefore(to))
                && (asOf == null || !knownAt(s).isAfter(asOf));
    }

    /** The selected values in the order the topics gave them (later wins ties), sorted by company, window size, start. */
    public List<CompanySignal> select(Iterable<CompanySignal> records) {
        Map<String, CompanySignal> best = new LinkedHashMap<>();
        for (CompanySignal s : records) {
            if (!matches(s)) {
                continue;
            }
            String key = s.getCompanyId() + '\u0000' + s.getWindowSizeMs() + '\u0000' + s.getWindowStart().toEpochMilli();
            best.merge(key, s, (old, neu) -> newer(neu, old) ? neu : old);
        }
        List<CompanySignal> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparing(CompanySignal::getCompanyId).thenComparingLong(CompanySignal::getWindowSizeMs)
                .thenComparing(CompanySignal::getWindowStart));
        return out;
    }

    private static boolean newer(CompanySignal candidate, CompanySignal current) {
        int c = knownAt(candidate).compareTo(knownAt(current));
        if (c != 0) {
            return c > 0;
        }
        return candidate.getClosed() || !current.getClosed();
    }
}
