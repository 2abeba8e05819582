package io.newspulse.dedup.fingerprint;

import io.newspulse.core.text.TextNormalizer;

import java.text.Normalizer;

/**
 * {@link TextNormalizer#normalize} (NFKC + lower case) into a char array, char by char from a table when every char
 * of the text folds on its own, which is the common case; otherwise (combining marks, Hangul jamo, NFKC expansions
 * such as ㈱, capital sigma, surrogates) the text goes through {@link TextNormalizer#normalize} itself. Either way
 * the result equals {@code TextNormalizer.normalize(text)}. Stateless and thread-safe.
 */
final class CaseFolding {
    /** For each BMP char that folds alone to one char that cannot combine with its neighbours: that char; else 0. */
    private static final char[] TABLE = buildTable();

    private CaseFolding() {
    }

    private static char[] buildTable() {
        char[] table = new char[0x10000];
        for (int c = 1; c < 0x10000; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch) || !standsAlone(ch)
                    || Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC).indexOf('\u03a3') >= 0) {
                continue; // capital sigma (also as the NFKC form of another char) lower-cases by context
            }
            String folded = TextNormalizer.normalize(String.valueOf(ch));
            if (folded.length() == 1 && folded.charAt(0) != 0 && standsAlone(folded.charAt(0))) {
                table[c] = folded.charAt(0);
            }
        }
        return table;
    }

    /** False for chars NFKC may compose with or reorder against a neighbour: marks and conjoining Hangul jamo. */
    private static boolean standsAlone(char c) {
        int type = Character.getType(c);
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && !(c >= 0x1100 && c <= 0x11FF)
                && c != '\uff9e' && c != '\uff9f';
    }

    /** The folded text; {@code null} gives an empty array. */
    static char[] fold(String text) {
        if (text == null) {
            return new char[0];
        }
        char[] out = new char[text.length()];
        return foldTable(text, out) ? out : TextNormalizer.normalize(text).toCharArray();
    }

    /**
     * Folds {@code text} (not null) into {@code out[0, text.length())} by table and returns true, or returns false
     * (contents of {@code out} undefined) when the text needs {@link TextNormalizer#normalize} itself.
     */
    static boolean foldTable(String text, char[] out) {
        int n = text.length();
        text.getChars(0, n, out, 0);
        for (int i = 0; i < n; i++) {
            char f = TABLE[out[i]];
            if (f == 0) {
                return false;
            }
            out[i] = f;
        }
        return true;
    }
}
