package io.newspulse.analysis;

import java.util.Set;

/**
 * Figures compared without a direction word: "operating cash flow totalled EUR 61.3 mn compared to EUR 75.3 mn",
 * "EBIT margin was 13.6 %, compared with 14.3 %". The quantity's figure (the first number after its name, else the
 * number right before "compared to" / "compared with" / "versus", lexicon kind {@link TermKind#COMPARE}) against the
 * number right after the marker gives the direction (lower: down, higher: up), which
 * {@link ClauseScorer} then pairs with the clause's quantity like a direction word.
 */
final class Comparisons {
    /** How far (chars) the two numbers may stand from the marker. */
    static final int REACH = 24;
    /**
     * A relative change smaller than this is no news ("EUR 252.2 million, compared with EUR 253.2 million"); one of
     * 1 % is (the Financial PhraseBank's annotators label "EUR 116m compared to EUR 115m" positive).
     */
    static final double MIN_CHANGE = 0.005;

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
        return direction(t, from, to, -1, markerStart, markerEnd, beforeSign, afterSign);
    }

    /**
     * As {@link #direction(char[], int, int, int, int, int, int)}, where the compared quantity's name ends at
     * {@code quantityEnd} (-1: unknown): the new figure is then the first one after the name ("net profit of 7.99
     * mln euro $ 10.4 mln for 2006, compared to 8.4 mln euro"), else the last one before the marker. Years are
     * not figures ("EUR 1.6 mn in 2005 compared to EUR 5.9 mn in 2004"). A profit against a loss needs no
     * figures: it improved ("net profit of ..., compared to a net loss of ...") or worsened the other way round.
     */
    static int direction(char[] t, int from, int to, int quantityEnd, int markerStart, int markerEnd,
                         int beforeSign, int afterSign) {
        double figure = quantityEnd >= from && quantityEnd < markerStart
                ? numberAfter(t, quantityEnd, markerStart) : Double.NaN;
        if (Double.isNaN(figure)) {
            figure = numberBefore(t, Math.max(from, markerStart - REACH), markerStart);
        }
        double before = beforeSign * figure;
        double after = afterSign * numberAfter(t, markerEnd, Math.min(to, markerEnd + REACH));
        if (beforeSign != afterSign && (Double.isNaN(before) || Double.isNaN(after))) {
            return beforeSign;
        }
        if (Double.isNaN(before) || Double.isNaN(after)
                || Math.abs(before - after) < MIN_CHANGE * Math.max(Math.abs(before), Math.abs(after))) {
            return 0;
        }
        return before < after ? -1 : 1;
    }

    /** The last number in {@code t[from, to)} that is not a year, or NaN. */
    private static double numberBefore(char[] t, int from, int to) {
        int e = to;
        while (true) {
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
            if (!isYear(t, s, e)) {
                boolean negative = s > from && t[s - 1] == '-';
                return parse(t, s, e, negative);
            }
            e = s;
        }
    }

    /** The first number in {@code t[from, to)} that is not a year, or NaN. */
    private static double numberAfter(char[] t, int from, int to) {
        int s = from;
        while (true) {
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
            if (!isYear(t, s, e)) {
                return parse(t, s, e, negative);
            }
            s = e;
        }
    }

    /**
     * True when {@code t[s, e)} is a year, not a figure: four digits from 1900 to 2099 standing alone after a word
     * ("in 2005", "of 2008", "Q1 2009", "fiscal 2007"), not after a currency or a verb of amount ("EUR 2005",
     * "totalled 2005") and not followed by a unit ("2005 mn", "2005 shares").
     */
    static boolean isYear(char[] t, int s, int e) {
        if (e - s != 4 || !(t[s] == '1' && t[s + 1] == '9' || t[s] == '2' && t[s + 1] == '0')) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (!isDigit(t[i])) {
                return false;
            }
        }
        if (e < t.length && (Lexicon.isWordChar(t[e]) || t[e] == '%')) {
            return false;
        }
        int k = e;
        while (k < t.length && t[k] == ' ') {
            k++;
        }
        int w = k;
        while (w < t.length && Character.isLetter(t[w])) {
            w++;
        }
        if (w > k && UNITS.contains(new String(t, k, w - k)) || k < t.length && t[k] == '%') {
            return false;
        }
        int b = s - 1;
        if (b < 0 || t[b] != ' ') {
            return false;
        }
        int we = b;
        while (b > 0 && Lexicon.isWordChar(t[b - 1])) {
            b--;
        }
        return we > b && Character.isLetter(t[b]) && !AMOUNT_BEFORE.contains(new String(t, b, we - b));
    }

    /** Words after a number that make it an amount, not a year. */
    private static final Set<String> UNITS = Set.of("mn", "mln", "m", "bn", "billion",
            "million", "thousand", "pct", "percent", "per", "eur", "euro", "euros", "usd", "dollars", "shares",
            "tonnes", "tons", "units", "points", "jobs", "people", "employees", "staff");
    /** Words before a number that make it an amount, not a year: currencies and "was", "totalled", "at". */
    private static final Set<String> AMOUNT_BEFORE = Set.of("eur", "euro", "euros", "usd", "us",
            "gbp", "sek", "nok", "dkk", "chf", "jpy", "rub", "lvl", "eek", "ee", "ltl", "pln", "cad", "aud", "hkd",
            "cny", "rmb", "inr", "total", "totaled", "totalled", "was", "were", "at", "by");

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
