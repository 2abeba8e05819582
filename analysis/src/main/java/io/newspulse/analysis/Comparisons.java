package io.newspulse.analysis;

/**
 * Figures compared without a direction word: "operating cash flow totalled EUR 61.3 mn compared to EUR 75.3 mn",
 * "EBIT margin was 13.6 %, compared with 14.3 %". The number right before "compared to" / "compared with" /
 * "versus" against the number right after it gives the direction (lower: down, higher: up), which
 * {@link ClauseScorer} then pairs with the clause's quantity like a direction word.
 */
final class Comparisons {
    private static final char[][] MARKERS = {"compared to ".toCharArray(), "compared with ".toCharArray(),
        "versus ".toCharArray(), "against ".toCharArray()};
    /** How far (chars) the two numbers may stand from the marker. */
    static final int REACH = 24;
    /** A relative change smaller than this is no news ("EUR 50.1 million, compared with EUR 50.3 million"). */
    static final double MIN_CHANGE = 0.03;

    private Comparisons() {
    }

    /**
     * The first comparison of numbers in folded {@code t[from, to)}: 0 when there is none, else the marker's
     * position + 1, negated when the figure went down ("61.3 compared to 75.3").
     */
    static int find(char[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t[i];
            if (c != 'c' && c != 'v' && c != 'a') {
                continue;
            }
            for (char[] m : MARKERS) {
                if (matches(t, i, to, m) && (i == 0 || !Lexicon.isWordChar(t[i - 1]))) {
                    double before = numberBefore(t, Math.max(from, i - REACH), i);
                    double after = numberAfter(t, i + m.length, Math.min(to, i + m.length + REACH));
                    if (!Double.isNaN(before) && !Double.isNaN(after)
                            && Math.abs(before - after) >= MIN_CHANGE * Math.max(Math.abs(before), Math.abs(after))) {
                        return before < after ? -(i + 1) : i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static boolean matches(char[] t, int i, int to, char[] m) {
        if (i + m.length > to) {
            return false;
        }
        for (int k = 0; k < m.length; k++) {
            if (t[i + k] != m[k]) {
                return false;
            }
        }
        return true;
    }

    /** The last number in {@code t[from, to)}, or NaN. */
    private static double numberBefore(char[] t, int from, int to) {
        int e = to;
        while (e > from && !isDigit(t[e - 1])) {
            e--;
        }
        if (e == from) {
            return Double.NaN;
        }
        int s = e;
        while (s > from && (isDigit(t[s - 1]) || (t[s - 1] == '.' || t[s - 1] == ',') && s - 1 > from
                && isDigit(t[s - 2]))) {
            s--;
        }
        boolean negative = s > from && t[s - 1] == '-';
        return parse(t, s, e, negative);
    }

    /** The first number in {@code t[from, to)}, or NaN. */
    private static double numberAfter(char[] t, int from, int to) {
        int s = from;
        while (s < to && !isDigit(t[s])) {
            s++;
        }
        if (s == to) {
            return Double.NaN;
        }
        boolean negative = s > from && t[s - 1] == '-';
        int e = s;
        while (e < to && (isDigit(t[e]) || (t[e] == '.' || t[e] == ',') && e + 1 < to && isDigit(t[e + 1]))) {
            e++;
        }
        return parse(t, s, e, negative);
    }

    /** Parses digits with '.' or ',' (a decimal mark when followed by one or two digits, else thousands). */
    private static double parse(char[] t, int s, int e, boolean negative) {
        double whole = 0;
        double fraction = 0;
        double scale = 0;
        for (int i = s; i < e; i++) {
            char c = t[i];
            if (isDigit(c)) {
                if (scale > 0) {
                    fraction += (c - '0') / scale;
                    scale *= 10;
                } else {
                    whole = whole * 10 + (c - '0');
                }
            } else if (e - i - 1 <= 2 && scale == 0) {
                scale = 10;
            }
        }
        double v = whole + fraction;
        return negative ? -v : v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
