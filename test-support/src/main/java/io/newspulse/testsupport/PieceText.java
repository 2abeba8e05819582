package io.newspulse.testsupport;

import java.util.Random;

/**
 * Random text for the tests that compare a fast path with its reference: 1 to {@code maxPieces} pieces drawn from a
 * list chosen so that the rule under test matches, almost matches, or ends at odd places.
 */
public final class PieceText {
    private PieceText() {
    }

    /** One text of 1 to {@code maxPieces} random {@code pieces}. */
    public static String of(Random random, String[] pieces, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int count = 1 + random.nextInt(maxPieces);
        for (int k = 0; k < count; k++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
