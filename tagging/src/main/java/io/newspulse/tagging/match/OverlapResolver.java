package io.newspulse.tagging.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps non-overlapping spans, leftmost first and, among spans starting at the same place, the longest
 * ("Microsoft Research" over "Microsoft", ソフトバンクグループ over ソフトバンク).
 */
final class OverlapResolver {
    /** A span with its pattern number. */
    record Span(int start, int end, int pattern) {
    }

    private static final Comparator<Span> LEFTMOST_LONGEST =
            Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                    .thenComparingInt(Span::pattern);

    private OverlapResolver() {
    }

    static List<Span> resolve(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(LEFTMOST_LONGEST);
        List<Span> kept = new ArrayList<>();
        int coveredUntil = 0;
        for (Span s : sorted) {
            if (s.start() >= coveredUntil) {
                kept.add(s);
                coveredUntil = s.end();
            }
        }
        return kept;
    }
}
