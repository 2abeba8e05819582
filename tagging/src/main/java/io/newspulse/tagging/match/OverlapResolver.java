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

    /** Offsets and pattern numbers below this bound are sorted as packed {@code long} keys. */
    private static final int PACKED_LIMIT = 1 << 21;
    private static final long MASK = PACKED_LIMIT - 1;

    static List<Span> resolve(List<Span> spans) {
        int n = spans.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Span s = spans.get(i);
            if (s.start() >= PACKED_LIMIT || s.end() >= PACKED_LIMIT || s.pattern() >= PACKED_LIMIT) {
                return resolveBoxed(spans);
            }
            // start ascending, then end descending, then pattern ascending: the order of LEFTMOST_LONGEST
            keys[i] = ((long) s.start() << 42) | ((MASK - s.end()) << 21) | s.pattern();
        }
        java.util.Arrays.sort(keys);
        List<Span> kept = new ArrayList<>();
        int coveredUntil = 0;
        for (long key : keys) {
            int start = (int) (key >>> 42);
            if (start >= coveredUntil) {
                int end = (int) (MASK - ((key >>> 21) & MASK));
                kept.add(new Span(start, end, (int) (key & MASK)));
                coveredUntil = end;
            }
        }
        return kept;
    }

    private static List<Span> resolveBoxed(List<Span> spans) {
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
