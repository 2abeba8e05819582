package io.newspulse.analysis;

/** A title or body as written and folded ({@link Fold}: same length, so offsets are shared). */
final class Field {
    private final String original;
    private final char[] chars;
    private String text;

    Field(String original) {
        this.original = original == null ? "" : original;
        this.chars = Fold.chars(this.original);
    }

    String original() {
        return original;
    }

    /** The folded chars (do not modify). */
    char[] chars() {
        return chars;
    }

    int length() {
        return chars.length;
    }

    /** True when the folded text has {@code word} at {@code at} (as {@link String#startsWith(String, int)}). */
    boolean startsWith(String word, int at) {
        return matches(chars, at, word);
    }

    /** True when {@code t} holds {@code word} at {@code at} (false when it does not fit): the analysis' one text match. */
    static boolean matches(char[] t, int at, String word) {
        int n = word.length();
        if (at < 0 || at > t.length - n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (t[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The folded text as a string (made on first use). */
    String text() {
        String t = text;
        if (t == null) {
            t = new String(chars);
            text = t;
        }
        return t;
    }
}
