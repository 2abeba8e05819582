package io.newspulse.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one text normalisation shared by tagging and dedup: Unicode NFKC (which also turns half-width katakana
 * into full-width and full-width ASCII into ASCII), then case folding. Stateless and thread-safe.
 */
public final class TextNormalizer {
    private static final char HALFWIDTH_VOICED = '\uFF9E';
    private static final char HALFWIDTH_SEMI_VOICED = '\uFF9F';

    private TextNormalizer() {
    }

    /** NFKC + lower case; cheap path for hashing and shingling where offsets are not needed. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Same folding as {@link #normalize(String)} but done code point by code point, remembering where each
     * folded char came from. A half-width katakana followed by a half-width (semi-)voiced mark is folded
     * together with it, so ｶﾞ becomes ガ as in {@link #normalize(String)}.
     */
    public static NormalizedText normalizeWithOffsets(String text) {
        if (text == null || text.isEmpty()) {
            return new NormalizedText("", "", new int[0]);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 16];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next < text.length()) {
                char following = text.charAt(next);
                if (following == HALFWIDTH_VOICED || following == HALFWIDTH_SEMI_VOICED) {
                    next++;
                }
            }
            char single = next - i == 1 ? SINGLE_CHAR_FOLD[cp] : 0;
            if (single != 0) {
                if (out.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                }
                starts[out.length()] = i;
                out.append(single);
                i = next;
                continue;
            }
            String folded = fold(text, i, next, cp);
            for (int k = 0; k < folded.length(); k++) {
                if (out.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                }
                starts[out.length()] = i;
                out.append(folded.charAt(k));
            }
            i = next;
        }
        return new NormalizedText(text, out.toString(), java.util.Arrays.copyOf(starts, out.length()));
    }

    /**
     * For every BMP char that folds to exactly one char on its own (NFKC then lower case), that char; 0 where the
     * full path is needed (NFKC expansions and contractions, combining marks, surrogates). Built once (~65k
     * normalisations at class load); it keeps tagging fast on any script.
     */
    private static final char[] SINGLE_CHAR_FOLD = buildFoldTable();

    private static char[] buildFoldTable() {
        char[] table = new char[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c) || c == HALFWIDTH_VOICED || c == HALFWIDTH_SEMI_VOICED) {
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String folded = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (folded.length() == 1 && folded.charAt(0) != 0) {
                table[c] = folded.charAt(0);
            }
        }
        return table;
    }

    /** True when {@code cp} folds to one char on its own, without the full NFKC path. */
    static boolean isFoldInvariant(int cp) {
        return cp < SINGLE_CHAR_FOLD.length && SINGLE_CHAR_FOLD[cp] != 0;
    }

    private static String fold(String text, int from, int to, int cp) {
        if (to - from == 1 && cp < 0x80) {
            return String.valueOf(Character.toLowerCase((char) cp));
        }
        String piece = text.substring(from, to);
        return Normalizer.normalize(piece, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
