package io.newspulse.analysis;

import java.util.List;

/**
 * Background clauses: history, not news. The annotation (and a reader) codes only what happens now ("Disney buys
 * Pixar"), not what a clause dates years back ("Jobs bought Pixar in 1986", "created from the 1999 merger of
 * British Steel and Hoogovens"). A clause counts as background when it names a year (1900-2099, also 1986年)
 * at least two years before the latest year named in the article; an article naming no year has no background.
 */
final class Background {
    private Background() {
    }

    /** The latest year named in the title or body, or -1. */
    static int latestYear(char[] title, char[] body) {
        return Math.max(latest(title, 0, title.length), latest(body, 0, body.length));
    }

    /**
     * True when the event trigger at {@code position} of body clause {@code clause} is history: the part of the
     * clause around it (between commas, semicolons, brackets or dashes) names a year at least two years before
     * {@code latestYear} or holds a past cue ({@link TermKind#PAST}: "years ago", "was formed by the merger of",
     * 年前); or the clause opens with a short part that does ("In 1986, Jobs bought Pixar").
     */
    static boolean isBackground(char[] text, Clause clause, int position, int latestYear, List<Lexicon.Hit> hits) {
        int from = clause.start;
        int to = Math.min(clause.end, text.length);
        int p = Math.max(from, Math.min(position, to));
        int s = p;
        while (s > from && !isBreak(text[s - 1])) {
            s--;
        }
        int e = p;
        while (e < to && !isBreak(text[e])) {
            e++;
        }
        if (isOld(text, s, e, latestYear) || hasPast(hits, clause, s, e)) {
            return true;
        }
        int lead = from;
        while (lead < to && lead - from <= LEAD && !isBreak(text[lead])) {
            lead++;
        }
        return lead < s && lead - from <= LEAD && (isOld(text, from, lead, latestYear) || hasPast(hits, clause, from, lead));
    }

    /** A fronted part of the clause at most this long may date the whole clause ("In 1986,", "Two years ago,"). */
    static final int LEAD = 32;

    private static boolean isBreak(char c) {
        return c == ',' || c == ';' || c == '(' || c == ')' || c == '、' || c == '，' || c == '（' || c == '）'
                || c == '—' || c == '–';
    }

    private static boolean isOld(char[] text, int from, int to, int latestYear) {
        if (latestYear < 0) {
            return false;
        }
        int earliest = earliest(text, from, to);
        return earliest > 0 && earliest <= latestYear - 2;
    }

    private static boolean hasPast(List<Lexicon.Hit> hits, Clause clause, int from, int to) {
        for (int h = clause.hitFrom; h < clause.hitTo; h++) {
            Lexicon.Hit hit = hits.get(h);
            if (hit.start() >= from && hit.start() < to && hit.has(TermKind.PAST)) {
                return true;
            }
        }
        return false;
    }

    private static int latest(char[] t, int from, int to) {
        int best = -1;
        for (int i = from; i + 4 <= to; i++) {
            int y = yearAt(t, i, to);
            if (y > best) {
                best = y;
            }
        }
        return best;
    }

    private static int earliest(char[] t, int from, int to) {
        int best = -1;
        for (int i = from; i + 4 <= to; i++) {
            int y = yearAt(t, i, to);
            if (y > 0 && (best < 0 || y < best)) {
                best = y;
            }
        }
        return best;
    }

    /** The year written at {@code i} as exactly four digits 19xx/20xx, else -1. */
    private static int yearAt(char[] t, int i, int to) {
        char a = t[i];
        if (a != '1' && a != '2') {
            return -1;
        }
        char b = t[i + 1];
        if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) {
            return -1;
        }
        if (i > 0 && (Character.isDigit(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ','
                || t[i - 1] == '$')) {
            return -1;
        }
        char c = t[i + 2];
        char d = t[i + 3];
        if (!Character.isDigit(c) || !Character.isDigit(d) || c > '9' || d > '9') {
            return -1;
        }
        if (i + 4 < to) {
            char next = t[i + 4];
            if (Character.isDigit(next) || next == '.' && i + 5 < to && Character.isDigit(t[i + 5])
                    || next == ',' && i + 5 < to && Character.isDigit(t[i + 5])) {
                return -1;
            }
        }
        return (a - '0') * 1000 + (b - '0') * 100 + (c - '0') * 10 + (d - '0');
    }
}
