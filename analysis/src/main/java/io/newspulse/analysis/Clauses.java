package io.newspulse.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a folded field into sentences and clauses. Sentences end at {@code . ! ? 。 ！ ？} and line breaks (a
 * full stop only before a space and not after an abbreviation or initial, and not when the next word starts in
 * lower case). Clauses also start at contrast markers ("but", "however", しかし, 一方, ものの: the new clause
 * weighs {@value #AFTER_CONTRAST}, the one before {@value #BEFORE_CONTRAST}), concessive markers ("although",
 * "despite": weight {@value #CONCESSIVE} up to the next comma) and plain splitters ("while", "whereas", ";").
 */
final class Clauses {
    static final double AFTER_CONTRAST = 1.3;
    static final double BEFORE_CONTRAST = 0.7;
    static final double CONCESSIVE = 0.6;

    private static final Set<String> ABBREVIATIONS = Set.of("inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr",
            "st", "jr", "sr", "no", "vs", "plc", "etc", "bros", "dept", "gov", "sen", "rep", "u.s", "u.k", "e.g",
            "i.e", "approx", "est", "av", "nr", "bzw", "ca", "mio", "mrd", "z.b", "mme", "m", "sa", "ag", "nv",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private Clauses() {
    }

    private static final int SENTENCE = 0;
    private static final int CONTRAST = 1;
    private static final int CONCESSION = 2;
    private static final int SPLIT = 3;
    private static final int AFTER_CONCESSION = 4;

    static List<Clause> split(Field nt, List<Lexicon.Hit> hits, boolean inTitle, int sentenceBase,
                              List<Clause> out) {
        char[] t = nt.chars();
        int n = t.length;
        int hitIndex = 0;
        int clauseStart = 0;
        int clauseHitFrom = 0;
        int startType = SENTENCE;
        int sentence = sentenceBase;
        boolean inConcession = false;
        int first = out.size();
        int i = 0;
        int hitCount = hits.size();
        int nextHit = hitCount > 0 ? hits.get(0).start() : Integer.MAX_VALUE;
        while (i < n) {
            int boundary = -1;
            int type = SENTENCE;
            int next = i + 1;
            if (i == nextHit) {
                Lexicon.Hit h = hits.get(hitIndex);
                if (h.has(TermKind.CONTRAST)) {
                    boundary = i;
                    type = CONTRAST;
                } else if (h.has(TermKind.CONCESSIVE)) {
                    boundary = i;
                    type = CONCESSION;
                } else if (h.has(TermKind.SPLIT)) {
                    boundary = i;
                    type = SPLIT;
                }
                next = h.end();
            } else {
                char c = t[i];
                if (c > '?' && c != '。' && c != '．' && c != '、') {
                    // Letters and CJK (above '?'): never a boundary, the common case.
                    i++;
                    continue;
                }
                if (c == '。' || c == '\n' || c == '．' || (c == '.' && sentenceDot(nt, i))
                        || (c == '!' || c == '?') && !nextIsLowerCase(nt, i)) {
                    boundary = i + 1;
                    type = SENTENCE;
                } else if (c == ';') {
                    boundary = i + 1;
                    type = SPLIT;
                } else if (inConcession && (c == ',' || c == '、')) {
                    boundary = i + 1;
                    type = AFTER_CONCESSION;
                } else {
                    i++;
                    continue;
                }
            }
            // The hits before the boundary belong to the clause being closed.
            int hitEnd = hitIndex;
            while (hitEnd < hits.size() && hits.get(hitEnd).start() < (boundary >= 0 ? boundary : next)) {
                hitEnd++;
            }
            if (boundary >= 0) {
                int closeHits = hitIndex;
                while (closeHits < hits.size() && hits.get(closeHits).start() < boundary) {
                    closeHits++;
                }
                if (boundary > clauseStart) {
                    Clause c = new Clause(clauseStart, boundary, clauseHitFrom, closeHits, inTitle, sentence);
                    c.weight = weightOf(startType);
                    out.add(c);
                }
                if (type == CONTRAST && out.size() > first) {
                    out.get(out.size() - 1).weight *= BEFORE_CONTRAST;
                }
                if (type == SENTENCE) {
                    sentence++;
                }
                inConcession = type == CONCESSION;
                clauseStart = boundary;
                clauseHitFrom = closeHits;
                startType = type;
            }
            hitIndex = hitEnd;
            nextHit = hitIndex < hitCount ? hits.get(hitIndex).start() : Integer.MAX_VALUE;
            i = next;
        }
        if (n > clauseStart) {
            Clause c = new Clause(clauseStart, n, clauseHitFrom, hits.size(), inTitle, sentence);
            c.weight = weightOf(startType);
            out.add(c);
        }
        return out;
    }

    private static double weightOf(int startType) {
        return switch (startType) {
            case CONTRAST, AFTER_CONCESSION -> AFTER_CONTRAST;
            case CONCESSION -> CONCESSIVE;
            default -> 1.0;
        };
    }

    /** True when the next word after {@code i} is written in lower case: "Yahoo! has bought ..." goes on. */
    private static boolean nextIsLowerCase(Field nt, int i) {
        char[] t = nt.chars();
        int k = i + 1;
        while (k < t.length && (t[k] == ' ' || t[k] == '"' || t[k] == '\'')) {
            k++;
        }
        return k > i + 1 && k < t.length && Character.isLowerCase(nt.original().charAt(k));
    }

    /** A full stop at {@code i} ends a sentence unless it closes an abbreviation or the next word is lower case. */
    private static boolean sentenceDot(Field nt, int i) {
        char[] t = nt.chars();
        if (i + 1 < t.length) {
            char after = t[i + 1];
            if (after != ' ' && after != '"' && after != '\'' && after != '”' && after != '’' && after != ')'
                    && after != '\u00a0' && after != '\t' && after != '\r') {
                return false;
            }
        } else {
            return true;
        }
        int w = i;
        while (w > 0 && (Lexicon.isWordChar(t[w - 1]) || t[w - 1] == '.')) {
            w--;
        }
        String word = new String(t, w, i - w);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false;
        }
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // The next word written in lower case continues the sentence ("Apple Inc. said ...").
        int k = i + 1;
        while (k < t.length && (t[k] == ' ' || t[k] == '"' || t[k] == '\'')) {
            k++;
        }
        if (k < t.length) {
            char original = nt.original().charAt(k);
            if (Character.isLowerCase(original)) {
                return false;
            }
        }
        return true;
    }
}
