package io.newspulse.dedup.fingerprint;

import java.util.Locale;

/**
 * Decides how a text is shingled: by words (languages written with spaces) or by character n-grams (Japanese,
 * Chinese, and Korean text that lacks spaces). Uses the declared language when given, the script mix otherwise.
 */
public final class ScriptDetector {
    private ScriptDetector() {
    }

    /** True when the text should be cut into character n-grams rather than word shingles. */
    public static boolean useCharShingles(String language, String text) {
        if (language != null && !language.isBlank()) {
            String lang = language.toLowerCase(Locale.ROOT);
            if (lang.startsWith("ja") || lang.startsWith("zh") || lang.startsWith("th")) {
                return true;
            }
            if (!lang.startsWith("ko")) {
                return false;
            }
        }
        return byScript(text);
    }

    private static boolean byScript(String text) {
        int letters = 0;
        int cjk = 0;
        int hangul = 0;
        int spaces = 0;
        int limit = Math.min(text.length(), 4000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA) {
                    cjk++;
                } else if (script == Character.UnicodeScript.HANGUL) {
                    hangul++;
                }
            }
        }
        if (letters == 0) {
            return false;
        }
        if (cjk * 5 >= letters) {
            return true;
        }
        // Korean normally separates words with spaces; only unspaced Hangul is cut into characters.
        return hangul * 2 >= letters && spaces * 20 < hangul;
    }
}
