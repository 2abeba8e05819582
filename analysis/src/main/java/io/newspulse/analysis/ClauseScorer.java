package io.newspulse.analysis;

import java.util.List;

/**
 * The polarity rules applied inside one clause. Each rule is explainable from the lexicon entries it used.
 * <ol>
 *   <li><b>Financial direction.</b> A direction (UP/DOWN) pairs with the nearest unpaired quantity (GOOD/BAD) in
 *       the clause, preferring one before it (its subject: "profit fell", 赤字幅が縮小) within
 *       {@link #pairWindowBefore} chars, else one after it ("a rise in costs", "cut its outlook"). Polarity =
 *       direction sign x quantity sign x direction weight: profit fell -, losses narrowed +, costs rose -.
 *       The pair also yields the quantity's event (shares + fell: stock_move). A direction with no quantity
 *       counts {@value #LONE_DIRECTION} of its weight ({@value #LONE_VIVID} for vivid ones such as "plunged"); a quantity with no direction counts its own weight (loss -).</li>
 *   <li><b>Polar words</b> (POS/NEG) count their weight; an event's prior (PRIOR) is reported apart, as it counts
 *       only when the event is the text's story.</li>
 *   <li><b>Negation</b> in scope (before the term in en/fr/es/de/zh, after it in ja/ko, and after it in de/fr
 *       too) multiplies by {@value #NEGATION}: "did not rise" is mildly negative, 増加しなかった too.</li>
 *   <li><b>Intensity</b>: an INTENS term just before (or, in spaced languages, just after) multiplies by its
 *       weight: "sharply lower", 大幅な減益.</li>
 * </ol>
 */
final class ClauseScorer {
    static final double LONE_DIRECTION = 0.25;
    /** Directions at least this strong (plunge, soar, slump) are news even without a quantity. */
    static final double VIVID = 1.3;
    static final double LONE_VIVID = 0.6;
    static final double NEGATION = -0.7;
    /** Weight of a comparison of figures ("EUR 61.3 mn compared to EUR 75.3 mn"), as a plain direction word. */
    static final double COMPARISON = 1.0;
    /** A quantity at most this many chars after a direction is its object ("cuts more jobs"). */
    static final int OBJECT_GAP = 6;

    /** Receives what a clause says, at folded text positions. */
    interface Sink {
        void polarity(int position, double value);

        void event(int position, EventCode event);

        /**
         * The polarity just reported at {@code position} is a lone direction ("Tesco rebounds"); {@code full} is
         * what it would count with a quantity. When a company is its subject with nothing in between, the company's
         * value is what moved, and the caller may count it in full.
         */
        default void loneDirection(int position, double full) {
        }

        /**
         * A polarity {@code value} at {@code position} that counts only if {@code event} turns out to be what the
         * text reports (lexicon kind {@link TermKind#PRIOR}).
         */
        default void prior(int position, double value, EventCode event) {
        }
    }

    private ClauseScorer() {
    }

    static int pairWindowBefore(Lang lang) {
        return lang.spaced ? 64 : 14;
    }

    static int pairWindowAfter(Lang lang) {
        return lang.spaced ? 40 : 8;
    }

    static void score(Clause clause, List<Lexicon.Hit> hits, Lang lang, char[] text, Sink sink) {
        int from = clause.hitFrom;
        int to = clause.hitTo;
        if (from >= to) {
            return;
        }
        boolean[] paired = new boolean[to - from];
        boolean hasDirection = false;
        int compareHit = -1;
        for (int a = from; a < to; a++) {
            Lexicon.Hit h = hits.get(a);
            for (Entry e : h.entries()) {
                switch (e.kind()) {
                    case UP, DOWN -> {
                        hasDirection = true;
                        double sign = e.kind() == TermKind.UP ? 1 : -1;
                        int q = findQuantity(hits, from, to, a, paired, lang, text);
                        double value;
                        if (q >= 0) {
                            paired[q - from] = true;
                            Lexicon.Hit qh = hits.get(q);
                            Entry qe = qh.get(TermKind.GOOD);
                            double qsign = 1;
                            if (qe == null) {
                                qe = qh.get(TermKind.BAD);
                                qsign = -1;
                            }
                            // "slipped to a loss", "swung into profit": the state reached, not a change of it; so is
                            // a loss "down from a profit" (the old figure after "from" is the other kind).
                            value = (q > a && (reaches(text, h.end(), qh.start()) || endsWithTo(text, h.start(), h.end()))
                                    || q < a && fromOtherKind(hits, a, to, text, qsign > 0) ? 1 : sign) * qsign * e.weight();
                            // More jobs or staff are no job cuts: "creating 1,000 jobs", "staff numbers grew".
                            if (qe.event() != null && !(qe.event() == EventCode.LAYOFFS && sign * qsign > 0)) {
                                sink.event(h.start(), qe.event());
                            }
                        } else {
                            // A move given as a figure with nothing named that moved is a price or an index
                            // ("Garmin fell 4.5 percent to $ 34.53", "the OMX Helsinki index was 0.33 pct lower").
                            value = sign * e.weight() * (e.weight() >= VIVID || lang.spaced
                                    && quantified(text, h.start(), h.end()) ? LONE_VIVID : LONE_DIRECTION);
                        }
                        if (e.event() != null) {
                            sink.event(h.start(), e.event());
                        }
                        value = modify(value, hits, from, to, a, lang);
                        sink.polarity(h.start(), value);
                        if (q < 0) {
                            sink.loneDirection(h.start(), modify(sign * e.weight(), hits, from, to, a, lang));
                        }
                    }
                    case POS, NEG -> {
                        double value = e.kind() == TermKind.POS ? e.weight() : -e.weight();
                        sink.polarity(h.start(), modify(value, hits, from, to, a, lang));
                        if (e.event() != null) {
                            sink.event(h.start(), e.event());
                        }
                    }
                    case EVENT -> sink.event(h.start(), e.event());
                    case PRIOR -> {
                        sink.event(h.start(), e.event());
                        sink.prior(h.start(), modify(e.weight(), hits, from, to, a, lang), e.event());
                    }
                    case COMPARE -> compareHit = compareHit < 0 ? a : compareHit;
                    default -> {
                    }
                }
            }
        }
        if (!hasDirection && compareHit >= 0) {
            compare(clause, hits, compareHit, text, paired, sink);
        }
        for (int a = from; a < to; a++) {
            if (paired[a - from]) {
                continue;
            }
            Lexicon.Hit h = hits.get(a);
            if (h.has(TermKind.UP) || h.has(TermKind.DOWN)) {
                continue;
            }
            Entry good = h.get(TermKind.GOOD);
            Entry bad = h.get(TermKind.BAD);
            double value = good != null ? good.weight() : bad != null ? -bad.weight() : 0;
            if (value != 0 && baseline(hits, from, a, text, clause.start, lang.spaced)) {
                // "up from the loss of EUR0.08", "versus loss per share of EUR0.04": the old value is no news.
                value = 0;
            }
            if (value < 0 && a + 1 < to && isJudgement(hits.get(a + 1))
                    && hits.get(a + 1).start() - h.end() <= (lang.spaced ? 2 : 1)) {
                // "the operating loss improved": the word right after a bad quantity says how it went.
                value = 0;
            }
            if (value != 0) {
                sink.polarity(h.start(), modify(value, hits, from, to, a, lang));
            }
            Entry q = good != null ? good : bad;
            if (q != null && q.event() != null && (bad != null || judged(hits, from, a, lang))) {
                // A bad quantity reported on its own is news (a loss); a good one only when judged ("weak sales").
                sink.event(h.start(), q.event());
            }
        }
    }

    /**
     * True when the direction at hit {@code dir} is followed by "from" and an old figure of the other kind than the
     * quantity it moved ({@code good}: a good one): "an operating loss of EUR 96.3 mn, down from a profit".
     */
    private static boolean fromOtherKind(List<Lexicon.Hit> hits, int dir, int to, char[] text, boolean good) {
        int i = hits.get(dir).end();
        while (i < text.length && text[i] == ' ') {
            i++;
        }
        if (dir + 1 >= to || !Field.matches(text, i, "from ")) {
            return false;
        }
        Lexicon.Hit old = hits.get(dir + 1);
        if (!isQuantity(old) || old.start() - i > 24) {
            return false;
        }
        return good ? old.has(TermKind.BAD) && !old.has(TermKind.GOOD) : old.has(TermKind.GOOD);
    }

    /** True when the direction term itself ends in "to" or "into" ("turned to", "moved into"). */
    private static boolean endsWithTo(char[] text, int start, int end) {
        return end - start > 3 && end <= text.length && text[end - 1] == 'o' && text[end - 2] == 't'
                && (text[end - 3] == ' ' || text[end - 3] == 'n' && end - start > 5 && text[end - 4] == 'i'
                && text[end - 5] == ' ');
    }

    /**
     * True when quantity {@code a} is the old value of a change or comparison: "from" stands at most three words
     * before it, figures, units and articles not counted ("up from the loss of", "from a year-earlier loss", "from an
     * EUR9 .6 m loss"), or a comparison marker right before it ("versus loss per share").
     */
    static boolean baseline(List<Lexicon.Hit> hits, int from, int a, char[] text, int clauseStart, boolean spaced) {
        Lexicon.Hit q = hits.get(a);
        if (a > from) {
            Lexicon.Hit prev = hits.get(a - 1);
            if (prev.has(TermKind.COMPARE) && q.start() - prev.end() <= 6) {
                return true;
            }
        }
        int i = q.start() - 1;
        for (int words = 0; spaced && words < 3; ) {
            while (i >= clauseStart && text[i] == ' ') {
                i--;
            }
            int end = i + 1;
            boolean figure = false;
            while (i >= clauseStart && text[i] != ' ') {
                figure |= text[i] >= '0' && text[i] <= '9' || text[i] == '$';
                i--;
            }
            if (end - i - 1 <= 0) {
                return false;
            }
            if (end - i - 1 == 4 && text[i + 1] == 'f' && text[i + 2] == 'r' && text[i + 3] == 'o'
                    && text[i + 4] == 'm') {
                return true;
            }
            // A figure and its unit ("from an EUR9 .6 m loss") are not words between "from" and the quantity.
            if (!figure && end - i - 1 > 2) {
                words++;
            }
        }
        return false;
    }

    /** True when the words between a direction and a later quantity start with "to" or "into". */
    private static boolean reaches(char[] text, int from, int to) {
        int i = from;
        while (i < to && i < text.length && text[i] == ' ') {
            i++;
        }
        return startsWith(text, i, to, "to ") || startsWith(text, i, to, "into ");
    }

    private static boolean startsWith(char[] text, int i, int to, String w) {
        return i + w.length() <= to + 1 && Field.matches(text, i, w);
    }

    /**
     * A comparison of figures with no direction word ({@link Comparisons}) pairs with the nearest unpaired
     * quantity before it: "cash flow totalled EUR 61.3 mn compared to EUR 75.3 mn" is cash flow down.
     */
    private static void compare(Clause clause, List<Lexicon.Hit> hits, int marker, char[] text, boolean[] paired,
                                Sink sink) {
        Lexicon.Hit m = hits.get(marker);
        for (int b = marker - 1; b >= clause.hitFrom; b--) {
            Lexicon.Hit q = hits.get(b);
            if (!paired[b - clause.hitFrom] && isQuantity(q)) {
                Entry qe = q.get(TermKind.GOOD);
                int qsign = 1;
                if (qe == null) {
                    qe = q.get(TermKind.BAD);
                    qsign = -1;
                }
                // A negative marker weight: the figure after it is a loss ("compared to a loss of EUR 12.7 mn").
                boolean lossAfter = m.get(TermKind.COMPARE).weight() < 0;
                int afterSign = lossAfter ? -1 : qsign;
                if (marker + 1 < clause.hitTo) {
                    // The quantity named right after the marker says what the old figure was: "EPS of EUR 0.44
                    // versus loss per share of EUR 2.26", "a loss of EUR 0.3 mn compared to a profit of EUR 3.6 mn".
                    Lexicon.Hit next = hits.get(marker + 1);
                    if (isQuantity(next) && next.start() - m.end() <= 6) {
                        afterSign = lossAfter || next.has(TermKind.BAD) && !next.has(TermKind.GOOD) ? -1 : 1;
                    }
                }
                int direction = Comparisons.direction(text, clause.start, Math.min(clause.end, text.length),
                        q.end(), m.start(), m.end(), qsign, afterSign);
                if (direction != 0) {
                    paired[b - clause.hitFrom] = true;
                    sink.polarity(m.start(), direction * COMPARISON);
                    if (qe.event() != null) {
                        sink.event(m.start(), qe.event());
                    }
                }
                return;
            }
        }
    }

    private static boolean isJudgement(Lexicon.Hit h) {
        return h.has(TermKind.POS) || h.has(TermKind.NEG);
    }

    /** True when a polar word stands just before quantity {@code a} ("weak sales", "好調な業績"). */
    private static boolean judged(List<Lexicon.Hit> hits, int from, int a, Lang lang) {
        if (a == from) {
            return false;
        }
        Lexicon.Hit before = hits.get(a - 1);
        return (before.has(TermKind.POS) || before.has(TermKind.NEG))
                && hits.get(a).start() - before.end() <= (lang.spaced ? 2 : 1);
    }

    private static int findQuantity(List<Lexicon.Hit> hits, int from, int to, int dir, boolean[] paired, Lang lang,
                                    char[] text) {
        Lexicon.Hit d = hits.get(dir);
        if (dir + 1 < to) {
            // The object right after the verb wins over an earlier subject: "posts a loss, slashes dividend",
            // "cuts more jobs".
            Lexicon.Hit next = hits.get(dir + 1);
            if (lang.spaced && !paired[dir + 1 - from] && isQuantity(next) && next.start() - d.end() <= OBJECT_GAP) {
                return dir + 1;
            }
        }
        for (int b = dir - 1; b >= from; b--) {
            Lexicon.Hit q = hits.get(b);
            if (d.start() - q.end() > pairWindowBefore(lang)) {
                break;
            }
            if (!paired[b - from] && isQuantity(q)) {
                return b;
            }
        }
        // A direction followed by a figure is intransitive ("slumps 25 pct as debt fears grow") unless the
        // quantity comes right after the figure ("cut 640 jobs").
        int figureEnd = lang.spaced ? figureAfter(text, d.end()) : -1;
        for (int b = dir + 1; b < to; b++) {
            Lexicon.Hit q = hits.get(b);
            if (q.start() - d.end() > pairWindowAfter(lang)) {
                break;
            }
            if (lang.spaced && (q.has(TermKind.UP) || q.has(TermKind.DOWN))) {
                // A later direction owns the quantities after it: "accelerate development and reduce product cost".
                break;
            }
            if (!paired[b - from] && isQuantity(q)) {
                return figureEnd < 0 || q.start() - figureEnd <= 1 ? b : -1;
            }
        }
        if (lang.spaced && quantified(text, d.start(), d.end())) {
            // A change given as a figure refers to the clause's quantity however far before it: "revenues of
            // E658.1 million during the fiscal year ended December 2007, an increase of 23 %".
            for (int b = dir - 1; b >= from; b--) {
                if (!paired[b - from] && isQuantity(hits.get(b))) {
                    return b;
                }
            }
        }
        return -1;
    }

    /**
     * True when a percentage stands right before a direction ("a 3.3-percent increase", "a 23 % rise") or a figure
     * right after it ("an increase of 23 %", "up 6 percent", "rose by 8 %").
     */
    static boolean quantified(char[] text, int start, int end) {
        int i = start - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '-')) {
            i--;
        }
        if (i >= 0 && (text[i] == '%' || i >= 6 && text[i] == 't' && (Field.matches(text, i - 6, "percent")
                || Field.matches(text, i - 2, "pct")))) {
            return true;
        }
        int j = end;
        if (j < text.length && text[j] == ' ') {
            j++;
        }
        if (j + 3 < text.length && (text[j] == 'o' && text[j + 1] == 'f' || text[j] == 'b' && text[j + 1] == 'y')
                && text[j + 2] == ' ') {
            j += 3;
        }
        return figureAfter(text, j) >= 0;
    }

    /** The end of a number written right after {@code from} (one space between), else -1. */
    private static int figureAfter(char[] text, int from) {
        int i = from;
        if (i < text.length && text[i] == ' ') {
            i++;
        }
        if (i >= text.length || text[i] < '0' || text[i] > '9') {
            return -1;
        }
        while (i < text.length && (text[i] >= '0' && text[i] <= '9' || text[i] == ',' || text[i] == '.')) {
            i++;
        }
        return i;
    }

    private static boolean isQuantity(Lexicon.Hit h) {
        return (h.has(TermKind.GOOD) || h.has(TermKind.BAD)) && !h.has(TermKind.UP) && !h.has(TermKind.DOWN);
    }

    /** Applies negation and intensity in scope of hit {@code a}. */
    private static double modify(double value, List<Lexicon.Hit> hits, int from, int to, int a, Lang lang) {
        Lexicon.Hit h = hits.get(a);
        int before = lang.spaced ? 28 : 3;
        int intensBefore = lang.spaced ? 16 : 5;
        for (int b = a - 1; b >= from; b--) {
            Lexicon.Hit x = hits.get(b);
            int gap = h.start() - x.end();
            if (gap > Math.max(before, intensBefore)) {
                break;
            }
            if (x.has(TermKind.NEGATOR) && gap <= before && !lang.negationAfter) {
                value *= NEGATION;
            }
            Entry in = x.get(TermKind.INTENS);
            if (in != null && gap <= intensBefore) {
                value *= in.weight();
            }
        }
        boolean negAfter = lang.negationAfter || lang == Lang.DE || lang == Lang.FR;
        int after = lang.spaced ? 14 : 6;
        for (int b = a + 1; b < to; b++) {
            Lexicon.Hit x = hits.get(b);
            int gap = x.start() - h.end();
            if (gap > after) {
                break;
            }
            if (negAfter && x.has(TermKind.NEGATOR)) {
                value *= NEGATION;
                break;
            }
            Entry in = x.get(TermKind.INTENS);
            if (in != null && lang.spaced && gap <= 10) {
                value *= in.weight();
            }
            if (x.has(TermKind.POS) || x.has(TermKind.NEG) || x.has(TermKind.UP) || x.has(TermKind.DOWN)) {
                break;
            }
        }
        return value;
    }
}
