package io.newspulse.analysis;

/**
 * The text folding of the analyzer: one char in, one char out, so folded offsets are the original offsets (no
 * mapping needed for the tagger's spans). Lower case; full-width ASCII to ASCII; ideographic and no-break spaces
 * to a space; typographic apostrophes to {@code '}; half-width katakana to full-width (a half-width voiced mark
 * stays as it is). Everything else is kept. Lexicon terms go through the same folding.
 */
final class Fold {
    private static final char[] TABLE = build();

    private Fold() {
    }

    private static char[] build() {
        char[] t = new char[0x10000];
        for (int c = 0; c < t.length; c++) {
            char ch = (char) c;
            char out = ch;
            if (Character.isSurrogate(ch)) {
                out = ch;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                out = (char) (c - 0xFEE0);
            } else if (c >= 0xFF66 && c <= 0xFF9D) {
                String n = java.text.Normalizer.normalize(String.valueOf(ch), java.text.Normalizer.Form.NFKC);
                out = n.length() == 1 ? n.charAt(0) : ch;
            } else if (c == 0x3000 || c == 0x00A0 || c == 0x2009 || c == 0x202F) {
                out = ' ';
            } else if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0xFF07) {
                out = '\'';
            }
            char lower = Character.toLowerCase(out);
            t[c] = lower;
        }
        return t;
    }

    static char fold(char c) {
        return TABLE[c];
    }

    /** The folded text, same length as {@code s} (empty for null). */
    static String of(String s) {
        return new String(chars(s));
    }

    /** The folded chars of {@code s}, same length (empty for null). */
    static char[] chars(String s) {
        if (s == null || s.isEmpty()) {
            return new char[0];
        }
        char[] out = new char[s.length()];
        s.getChars(0, s.length(), out, 0);
        char[] t = TABLE;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    out[i] = (char) (c + 32);
                }
            } else {
                out[i] = t[c];
            }
        }
        return out;
    }
}
