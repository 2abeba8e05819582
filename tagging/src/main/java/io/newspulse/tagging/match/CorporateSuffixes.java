package io.newspulse.tagging.match;

import java.util.List;

/**
 * Corporate suffixes (and the few role words) that may follow a company name: they let a CJK name end inside
 * a longer run of the same script, and they are evidence that an ambiguous name means the company.
 * All lists are in folded form and sorted longest first.
 */
public final class CorporateSuffixes {
    /** Katakana words a katakana name may run into: ソフトバンク + グループ. */
    static final List<String> KATAKANA = List.of("ホールディングス", "ホールディング", "コーポレーション", "カンパニー", "グループ");

    /**
     * Kanji words a kanji name may run into (name + suffix must then end the kanji run): legal forms, "group",
     * "bank", "securities", Chinese 集团/公司/控股, and 本社/社長/会長/株 (head office, president, chairman,
     * shares) which in news always refer to the company.
     */
    static final List<String> KANJI = List.of("株式会社", "有限会社", "合同会社", "ホールディングス", "本社", "社長",
            "会長", "銀行", "証券", "集团", "集團", "公司", "控股", "社", "株", "工場", "系列", "傘下", "子会社",
            "関連会社", "幹部", "社員", "従業員", "首脳", "役員", "本店", "支店", "株価", "株式");

    /** Latin suffix words after a name ("Apple Inc.", "Shell plc"), matched as whole words after optional ", ". */
    static final List<String> LATIN = List.of("incorporated", "corporation", "holdings", "company", "limited",
            "group", "gmbh", "corp", "inc", "ltd", "llc", "plc", "co", "ag", "nv", "n.v", "sa", "se", "k.k");

    /** Japanese legal forms written before the name: 株式会社ソニー. */
    static final List<String> JAPANESE_PREFIX = List.of("株式会社", "(株)", "㈱");

    /** Japanese suffixes that are evidence for an ambiguous name (a subset of KANJI plus katakana). */
    static final List<String> JAPANESE_EVIDENCE = List.of("株式会社", "ホールディングス", "グループ", "本社", "社長",
            "会長", "社", "(株)");

    private CorporateSuffixes() {
    }

    /** Length of the longest of {@code words} at {@code pos} of {@code text}, 0 if none. */
    static int startsWithAny(String text, int pos, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, pos)) {
                return w.length();
            }
        }
        return 0;
    }

    /** True when a Latin corporate suffix word follows {@code end} (after optional comma and space). */
    static boolean latinSuffixAfter(String text, int end) {
        int p = end;
        if (p < text.length() && text.charAt(p) == ',') {
            p++;
        }
        if (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (p == end) {
            return false;
        }
        for (String w : LATIN) {
            if (text.startsWith(w, p)) {
                int after = p + w.length();
                if (after >= text.length() || !CharClasses.isWord(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a Japanese corporate suffix follows {@code end} or a legal form precedes {@code start}. */
    static boolean japaneseAffix(String text, int start, int end) {
        if (startsWithAny(text, end, JAPANESE_EVIDENCE) > 0) {
            return true;
        }
        for (String prefix : JAPANESE_PREFIX) {
            int p = start - prefix.length();
            if (p >= 0 && text.startsWith(prefix, p)) {
                return true;
            }
            if (p - 1 >= 0 && text.charAt(start - 1) == ' ' && text.startsWith(prefix, p - 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code alias} (folded) itself carries a corporate suffix, e.g. "apple inc." or "任天堂株式会社". */
    static boolean aliasHasSuffix(String alias) {
        for (String w : LATIN) {
            int end = alias.length();
            if (alias.endsWith(".")) {
                // "x inc." as well as "x inc"
                if (endsWithWord(alias, w, end - 1)) {
                    return true;
                }
            }
            if (endsWithWord(alias, w, end)) {
                return true;
            }
        }
        for (String w : JAPANESE_EVIDENCE) {
            if (alias.length() > w.length() && (alias.endsWith(w) || alias.startsWith(w))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code alias[0, end)} ends with " " + word or ", " + word. */
    private static boolean endsWithWord(String alias, String word, int end) {
        int at = end - word.length();
        return at >= 1 && alias.startsWith(word, at) && alias.charAt(at - 1) == ' ';
    }
}
