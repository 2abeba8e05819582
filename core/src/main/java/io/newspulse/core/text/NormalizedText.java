package io.newspulse.core.text;

/**
 * Text after {@link TextNormalizer#normalizeWithOffsets(String)}: the folded text plus, for every char of it,
 * the offset of the char of the original text it came from, so matches found in the folded text can be
 * reported as spans of the original.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] originalStart;

    NormalizedText(String original, String text, int[] originalStart) {
        this.original = original;
        this.text = text;
        this.originalStart = originalStart;
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** The folded text (NFKC, lower case, full-width katakana, ASCII digits and letters). */
    public String text() {
        return text;
    }

    /** Offset in the original text of the char at {@code index} of the folded text. */
    public int originalOffset(int index) {
        if (index >= originalStart.length) {
            return original.length();
        }
        return originalStart[index];
    }

    /** Exclusive end offset in the original text of a folded span ending (exclusive) at {@code endIndex}. */
    public int originalEnd(int endIndex) {
        if (endIndex >= originalStart.length) {
            return original.length();
        }
        int end = originalStart[endIndex];
        // Several folded chars can come from one original char: never end before the last one's source.
        int lastSource = originalStart[endIndex - 1];
        return Math.max(end, lastSource + 1);
    }
}
