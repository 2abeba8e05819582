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
