package io.newspulse.analysis;

import java.util.Locale;

/**
 * The languages with a lexicon, and how their text is read: whether words are space-delimited (word boundaries
 * are checked for Latin terms) and on which side of a term a negation stands.
 */
enum Lang {
    EN(true, false), JA(false, true), DE(true, false), FR(true, false), ES(true, false), ZH(false, false),
    KO(false, true);

    /** Space-delimited script: Latin terms must start (and, unless stemmed, end) at a word boundary. */
    final boolean spaced;
    /** Negation follows the predicate (ja ない, ko 않다) rather than preceding it. */
    final boolean negationAfter;

    Lang(boolean spaced, boolean negationAfter) {
        this.spaced = spaced;
        this.negationAfter = negationAfter;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of an article: the declared {@code language} when it is one we have ({@code "ja"},
     * {@code "ja-JP"}, {@code "zh_TW"}...), otherwise guessed from the script of the title and body (kana: ja,
     * hangul: ko, han: zh, Latin: en/de/fr/es by their commonest function words).
     */
    static Lang of(String language, String title, String body) {
        if (language != null && language.length() >= 2) {
            String two = language.strip().toLowerCase(Locale.ROOT);
            if (two.length() >= 2) {
                two = two.substring(0, 2);
                for (Lang l : values()) {
                    if (l.code().equals(two)) {
                        return l;
                    }
                }
            }
        }
        return detect(title, body);
    }

    static Lang detect(String title, String body) {
        StringBuilder sample = new StringBuilder(800);
        if (title != null) {
            sample.append(title).append(' ');
        }
        if (body != null) {
            sample.append(body, 0, Math.min(body.length(), 700));
        }
        int kana = 0;
        int hangul = 0;
        int han = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if ((c >= '\u3040' && c <= '\u30FF') || (c >= '\uFF66' && c <= '\uFF9F')) {
                kana++;
            } else if ((c >= '\uAC00' && c <= '\uD7AF') || (c >= '\u1100' && c <= '\u11FF')) {
                hangul++;
            } else if (c >= '\u4E00' && c <= '\u9FFF') {
                han++;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (kana > 0 && kana * 10 >= han) {
            return JA;
        }
        if (hangul > 0 && hangul * 2 >= latin) {
            return KO;
        }
        if (han > 0 && han * 2 >= latin) {
            return kana > 0 || japaneseForms(sample) > chineseForms(sample) ? JA : ZH;
        }
        String s = " " + sample.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "  ") + " ";
        int en = count(s, " the ", " and ", " of ", " is ", " said ");
        int de = count(s, " der ", " die ", " und ", " das ", " nicht ", " ist ");
        int fr = count(s, " le ", " les ", " des ", " est ", " et ", " une ");
        int es = count(s, " el ", " los ", " las ", " del ", " y ", " que ");
        Lang best = EN;
        int top = en;
        if (de > top) {
            best = DE;
            top = de;
        }
        if (fr > top) {
            best = FR;
            top = fr;
        }
        if (es > top) {
            best = ES;
        }
        return best;
    }

    /** Kanji written only in Japanese (shinjitai), neither in simplified nor traditional Chinese. */
    private static final String JA_FORMS = "売発円気経済対駅営転価県黒広鉄関図証検労働込実続総団従産歩様沢伝覧";
    /** Simplified Chinese forms that Japanese writes otherwise. */
    private static final String ZH_FORMS = "这们说为时对产业经济银减亿东车门问题进还发会国长电买卖气现场";

    private static int japaneseForms(CharSequence s) {
        return countChars(s, JA_FORMS);
    }

    private static int chineseForms(CharSequence s) {
        return countChars(s, ZH_FORMS);
    }

    private static int countChars(CharSequence s, String set) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (set.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static int count(String s, String... words) {
        int n = 0;
        for (String w : words) {
            int i = s.indexOf(w);
            while (i >= 0) {
                n++;
                i = s.indexOf(w, i + 1);
            }
        }
        return n;
    }
}
