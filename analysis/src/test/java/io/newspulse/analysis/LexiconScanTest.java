package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import io.newspulse.testsupport.PieceText;
import org.junit.jupiter.api.Test;

/**
 * {@link Lexicon#scan} walks a compiled trie; its hits must be those of trying every term at every position
 * (leftmost, then longest, with the same boundary rules), which this test does by brute force.
 */
class LexiconScanTest {
    private static final String[] LINES = {"up\tUP", "upgrade\tUP\trating", "upgrad*\tGOOD", "upside\tPOS", "u\tNEG",
        "down\tDOWN", "downgrad*\tBAD", "not\tNEGATOR", "but\tCONTRAST", "profit\tGOOD", "profit warning\tBAD",
        "*rückgang\tDOWN", "rück\tNEG", "増益\tGOOD", "増収増益\tGOOD", "減\tDOWN", "減益\tBAD", "a b\tPOS", "ab\tNEG"};
    private static final String[] PIECES = {"up", "upgrade", "upgraded", "upside", "u", "p", " ", "  ", "down",
        "downgrad", "downgrades", "not", "but", "profit", " warning", "profit warning", "umsatzrückgang", "rück",
        "gang", "増益", "増収", "減益", "減", "a", "b", "ab", "a b", ".", ",", "x", "9", "é"};

    /** A term of the lexicon for the reference: folded body, flags and kinds of all entries with that body. */
    private record Term(String body, boolean stem, boolean infix, int kinds) {
    }

    @Test
    void shouldFindWhatBruteForceFindsOnRandomText() {
        Lexicon lexicon = Lexicon.of(LINES);
        List<Term> terms = terms();
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            String text = PieceText.of(random, PIECES, 8);
            assertThat(describe(lexicon.scan(text))).as("'%s'", text).isEqualTo(bruteForce(text, terms, true));
        }
    }

    @Test
    void shouldTakeTheLongestTermAndSpanTheRestOfAStemmedWord() {
        Lexicon lexicon = Lexicon.of(LINES);
        assertThat(describe(lexicon.scan("upgraded profit warning, not up"))).containsExactly(
                "0-8:" + kinds(TermKind.GOOD), "9-23:" + kinds(TermKind.BAD), "25-28:" + kinds(TermKind.NEGATOR),
                "29-31:" + kinds(TermKind.UP));
        assertThat(describe(lexicon.scan("増収増益で減益"))).containsExactly("0-4:" + kinds(TermKind.GOOD),
                "5-7:" + kinds(TermKind.BAD));
    }

    private static int kinds(TermKind... kinds) {
        int mask = 0;
        for (TermKind k : kinds) {
            mask |= 1 << k.ordinal();
        }
        return mask;
    }

    private static List<Term> terms() {
        Map<String, Term> byBody = new LinkedHashMap<>();
        for (String line : LINES) {
            String[] cols = line.split("\t");
            String term = cols[0];
            boolean stem = term.endsWith("*");
            boolean infix = term.startsWith("*");
            String body = Fold.of(term.substring(infix ? 1 : 0, term.length() - (stem ? 1 : 0)));
            int kind = 1 << TermKind.valueOf(cols[1]).ordinal();
            Term old = byBody.get(body);
            byBody.put(body, old == null ? new Term(body, stem, infix, kind)
                    : new Term(body, old.stem() || stem, old.infix() || infix, old.kinds() | kind));
        }
        return new ArrayList<>(byBody.values());
    }

    private static List<String> describe(List<Lexicon.Hit> hits) {
        List<String> out = new ArrayList<>();
        for (Lexicon.Hit h : hits) {
            out.add(h.start() + "-" + h.end() + ":" + h.kinds());
        }
        return out;
    }

    /** The scan's rules, trying every term at every position. */
    private static List<String> bruteForce(String text, List<Term> terms, boolean hasInfix) {
        char[] t = text.toCharArray();
        int n = t.length;
        List<String> out = new ArrayList<>();
        int i = 0;
        boolean previousWord = false;
        while (i < n) {
            boolean latinStart = Lexicon.isWordChar(t[i]);
            boolean startOk = !latinStart || !previousWord;
            previousWord = latinStart;
            if (!startOk && !hasInfix) {
                i++;
                continue;
            }
            int bestEnd = -1;
            int bestKinds = 0;
            for (Term term : terms) {
                int j = i + term.body().length();
                if (!text.startsWith(term.body(), i) || !(startOk || term.infix())) {
                    continue;
                }
                boolean endOk = term.stem() || !Lexicon.isWordChar(t[j - 1]) || j == n || !Lexicon.isWordChar(t[j]);
                if (endOk && j > bestEnd) {
                    bestEnd = j;
                    bestKinds = term.kinds();
                }
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            int end = bestEnd;
            if (Lexicon.isWordChar(t[end - 1])) {
                while (end < n && Lexicon.isWordChar(t[end])) {
                    end++;
                }
            }
            out.add(i + "-" + end + ":" + bestKinds);
            previousWord = Lexicon.isWordChar(t[end - 1]);
            i = end;
        }
        return out;
    }
}
