package io.newspulse.tagging.match;

/**
 * A Korean company name followed by a place suffix is a place: 삼성동 (a district), 삼성역 (a station). Works on
 * folded text; Japanese places (日立市) are already rejected by the kanji boundary rule.
 */
final class PlaceNameRule {
    private static final String HANGUL_PLACE_SUFFIXES = "동역";

    private PlaceNameRule() {
    }

    static boolean isPlace(String text, int start, int end) {
        if (end >= text.length() || !CharClasses.isHangul(text.charAt(end - 1))) {
            return false;
        }
        if (HANGUL_PLACE_SUFFIXES.indexOf(text.charAt(end)) < 0) {
            return false;
        }
        // the suffix must end the word: 삼성동 / 삼성동에서, not 삼성동반 (a longer word)
        int after = end + 1;
        return after >= text.length() || !CharClasses.isHangul(text.charAt(after))
                || "에의은는이가을를과와서도".indexOf(text.charAt(after)) >= 0;
    }
}
