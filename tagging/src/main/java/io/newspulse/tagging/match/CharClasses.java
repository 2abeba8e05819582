package io.newspulse.tagging.match;

/** Script classes of folded chars used by the boundary rules. */
public final class CharClasses {
    private CharClasses() {
    }

    /** Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic...): not CJK, kana or Hangul. */
    public static boolean isWord(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** Katakana letters and the prolonged sound mark ー; the middle dot ・ is a separator, not katakana. */
    public static boolean isKatakana(char c) {
        return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x30FD || c == 0x30FE
                || (c >= 0x31F0 && c <= 0x31FF);
    }

    public static boolean isHiragana(char c) {
        return c >= 0x3041 && c <= 0x309F;
    }

    /** Han ideographs (BMP) and the iteration marks 々 〆. */
    public static boolean isKanji(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || c == 0x3005 || c == 0x3006;
    }

    public static boolean isHangul(char c) {
        return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    }

    /** Any CJK, kana or Hangul char. */
    public static boolean isCjk(char c) {
        return isKanji(c) || isKatakana(c) || isHiragana(c) || isHangul(c);
    }
}
