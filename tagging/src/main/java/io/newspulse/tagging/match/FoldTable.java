package io.newspulse.tagging.match;

import io.newspulse.core.text.TextNormalizer;

/**
 * The complete folding of {@link FoldedText} for every BMP char that folds to exactly one char on its own
 * ({@link TextNormalizer} then {@link FoldedText}'s space/apostrophe/hyphen folding), derived once from
 * {@link TextNormalizer} itself so the two can never disagree. Chars that expand, vanish or combine with their
 * neighbours (surrogates, marks, half-width voicing marks, ㈱...) have no entry and take the full path.
 */
final class FoldTable {
    private static final char[] TABLE = build();

    private FoldTable() {
    }

    /** The folded char, or 0 when {@code c} must go through the full path. */
    static char fold(char c) {
        return TABLE[c];
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
