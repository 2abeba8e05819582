package io.newspulse.tagging.match;

import io.newspulse.core.text.TextNormalizer;

/**
 * The complete folding of {@link FoldedText} for every BMP char that folds to exactly one char on its own
 * ({@link TextNormalizer} then {@link FoldedText}'s space/apostrophe/hyphen folding), derived once from
 * {@link TextNormalizer} itself so the two can never disagree. Chars that expand, vanish or combine with their
 * neighbours (surrogates, marks, half-width voicing marks, ㈱...) have no entry and take the full path.
 *
 * <p>Stored compactly so that it stays in cache: per block of 256 chars an index into {@code DELTA}, which holds
 * {@code folded - c} for each char of a block; every block where all chars fold to themselves (kanji, most
 * scripts) shares the one block of zeros.
 */
final class FoldTable {
    private static final char[] BLOCK = new char[256];
    private static final char[] DELTA = compress(build());

    private FoldTable() {
    }

    /** The folded char, or 0 when {@code c} must go through the full path. */
    static char fold(char c) {
        return (char) (c + DELTA[(BLOCK[c >>> 8] << 8) | (c & 0xFF)]);
    }

    private static char[] compress(char[] table) {
        java.util.List<char[]> blocks = new java.util.ArrayList<>();
        blocks.add(new char[256]);
        for (int b = 0; b < 256; b++) {
            char[] delta = new char[256];
            boolean identity = true;
            for (int i = 0; i < 256; i++) {
                int c = (b << 8) | i;
                delta[i] = (char) (table[c] - c);
                identity &= delta[i] == 0;
            }
            if (!identity) {
                BLOCK[b] = (char) blocks.size();
                blocks.add(delta);
            }
        }
        char[] all = new char[blocks.size() * 256];
        for (int k = 0; k < blocks.size(); k++) {
            System.arraycopy(blocks.get(k), 0, all, k * 256, 256);
        }
        return all;
    }

    /** True for the half-width (semi-)voiced sound marks that fold together with the char before them. */
    static boolean isVoicingMark(char c) {
        return c == '\uFF9E' || c == '\uFF9F';
    }

    private static char[] build() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || isVoicingMark((char) c)) {
                continue;
            }
            String folded = TextNormalizer.normalizeWithOffsets(String.valueOf((char) c)).text();
            if (folded.length() == 1 && folded.charAt(0) != 0) {
                table[c] = FoldedText.foldChar(folded.charAt(0));
            }
        }
        return table;
    }
}
