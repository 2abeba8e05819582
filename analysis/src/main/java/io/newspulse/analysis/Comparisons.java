package io.newspulse.analysis;

/**
 * Figures compared without a direction word: "operating cash flow totalled EUR 61.3 mn compared to EUR 75.3 mn",
 * "EBIT margin was 13.6 %, compared with 14.3 %". The number right before "compared to" / "compared with" /
 * "versus" (lexicon kind {@link TermKind#COMPARE}, found by the lexicon scan) against the number right after it
 * gives the direction (lower: down, higher: up), which
 * {@link ClauseScorer} then pairs with the clause's quantity like a direction word.
 */
final class Comparisons {
    /** How far (chars) the two numbers may stand from the marker. */
    static final int REACH = 24;
    /** A relative change smaller than this is no news ("EUR 50.1 million, compared with EUR 50.3 million"). */
    static final double MIN_CHANGE = 0.03;

    private Comparisons() {
    }

    /**
     * The direction of a comparison whose marker ({@link TermKind#COMPARE}: "compared to", "compared with",
     * "versus") spans folded {@code t[markerStart, markerEnd)} inside {@code [from, to)}, as signed results: the
     * figure before it counts {@code beforeSign} (-1 when it is a loss), the one after it {@code afterSign} (-1 for
     * "compared to a loss of"). +1 when the result improved, -1 when it worsened, 0 when a figure is missing or the
     * change is below {@link #MIN_CHANGE}.
     */
    static int direction(char[] t, int from, int to, int markerStart, int markerEnd, int beforeSign, int afterSign) {
        double before = beforeSign * numberBefore(t, Math.max(from, markerStart - REACH), markerStart);
        double after = afterSign * numberAfter(t, markerEnd, Math.min(to, markerEnd + REACH));
        if (Double.isNaN(before) || Double.isNaN(after)
                || Math.abs(before - after) < MIN_CHANGE * Math.max(Math.abs(before), Math.abs(after))) {
            return 0;
        }
        return before < after ? -1 : 1;
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
                && isDigit(t[s - 2]) || split(t, s - 1) || s - 2 >= from && split(t, s - 2))) {
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
        while (e < to && (isDigit(t[e]) || (t[e] == '.' || t[e] == ',') && e + 1 < to && isDigit(t[e + 1])
                || e + 2 < to && split(t, e))) {
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
            if (c == ' ') {
                continue;
            }
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

    /**
     * True when {@code t[i]} is the space of a decimal split by tokenisation, "EUR0 .3" for "EUR0.3" (a digit, a
     * space, a point, a digit).
     */
    private static boolean split(char[] t, int i) {
        return i > 0 && i + 2 < t.length && t[i] == ' ' && t[i + 1] == '.' && isDigit(t[i - 1]) && isDigit(t[i + 2]);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
