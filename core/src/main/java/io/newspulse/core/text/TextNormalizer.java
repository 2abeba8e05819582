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
            if (next - i == 1 && isFoldInvariant(cp)) {
                if (out.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                }
                starts[out.length()] = i;
                out.append(cp < 0x80 ? Character.toLowerCase((char) cp) : (char) cp);
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
     * Chars NFKC leaves alone and whose lower case is one char: ASCII (lower-cased), hiragana and full-width
     * katakana (except the spacing and combining sound marks), CJK unified ideographs and Hangul syllables.
     * The fast path that keeps tagging fast on Japanese, Chinese and Korean text.
     */
    static boolean isFoldInvariant(int cp) {
        if (cp < 0x80) {
            return true;
        }
        if (cp >= 0x3041 && cp <= 0x30FE) {
            return cp != 0x3099 && cp != 0x309A && cp != 0x309B && cp != 0x309C && cp != 0x309F && cp != 0x30FF;
        }
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
    }

    private static String fold(String text, int from, int to, int cp) {
        if (to - from == 1 && cp < 0x80) {
            return String.valueOf(Character.toLowerCase((char) cp));
        }
        String piece = text.substring(from, to);
        return Normalizer.normalize(piece, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
