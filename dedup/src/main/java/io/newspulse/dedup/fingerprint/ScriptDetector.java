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
    public static boolean useCharShingles(String language, CharSequence text) {
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

    private static boolean byScript(CharSequence text) {
        int letters = 0;
        int cjk = 0;
        int hangul = 0;
        int spaces = 0;
        int limit = Math.min(text.length(), 1000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (c < 0x80) {
                if (Character.isLetter(c)) {
                    letters++;
                }
            } else if (isKanaOrHan(c)) {
                letters++;
                cjk++;
            } else if (isHangul(c)) {
                letters++;
                hangul++;
            } else if (Character.isLetter(c)) {
                letters++;
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

    private static boolean isKanaOrHan(char c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    private static boolean isHangul(char c) {
        return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    }
}
