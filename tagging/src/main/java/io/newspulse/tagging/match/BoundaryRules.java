package io.newspulse.tagging.match;

/**
 * Decides whether an occurrence of a pattern in folded text is a real mention, looking only at the chars at
 * its edges. The rule depends on the script of the pattern's first and last char:
 * <ul>
 *   <li>Latin-like letter or digit: the neighbour must not be a letter or digit (no "meta" in "metadata");
 *       an apostrophe is not a letter, so "Microsoft's" matches. A Latin name right after a dot or slash that
 *       follows a letter or digit is part of a domain or path ("pic.twitter.com") and does not match.</li>
 *   <li>Katakana: the neighbour must not be katakana (no ソニー inside a longer katakana word), except that a
 *       name may run into a katakana corporate suffix that then ends the run (ソフトバンク + グループ).
 *       Particles, kanji, Latin and punctuation are boundaries (マイクロソフトは, マイクロソフト社).</li>
 *   <li>Kanji: the char before must not be kanji, unless it is a one-char country prefix standing alone
 *       (米, 英, 独, 仏, 中, 韓, 台, 欧, 豪, 加, 印, 露, 蘭, 伊, 日) or 元/旧 (former); the char after must not be kanji unless
 *       the kanji run after the name is exactly one of {@link CorporateSuffixes#KANJI} (日立 + 株式会社,
 *       三菱UFJ + 銀行, 三菱化学 + 工場, 大和証券 + 系列) or a branch of two to five kanji ending in 店 (松坂屋名古屋店).</li>
 *   <li>Hangul: the char before must not be Hangul (particles may follow), and the name must not run straight into
 *       an institution noun ({@link #HANGUL_INSTITUTIONS}: 한국항공우주 + 연구원 is a research institute, not KAI).</li>
 *   <li>Chinese text ({@link #accepts(String, int, int, boolean)} with {@code chinese}): words are not separated,
 *       so kanji (Han) neighbours do not reject a Han name (法拉利公布, 辉瑞与雅保).</li>
 *   <li>Hiragana and punctuation edges impose nothing.</li>
 * </ul>
 */
public final class BoundaryRules {
    private static final String COUNTRY_PREFIXES = "米英独仏中韓台欧豪加印露蘭伊日元旧";
    /**
     * Institution nouns that, written right after a Hangul name with no space, make the run another organisation's
     * name (한국항공우주연구원, X재단, X노조): not a particle, which is what may follow a company's name.
     */
    static final java.util.List<String> HANGUL_INSTITUTIONS =
            java.util.List.of("연구원", "연구소", "재단", "협회", "학회", "대학교", "노조", "노동조합");

    private BoundaryRules() {
    }

    /** True when folded span {@code [start, end)} of {@code text} stands on its own (Japanese rules for kanji). */
    public static boolean accepts(String text, int start, int end) {
        return accepts(text, start, end, false);
    }

    /**
     * As {@link #accepts(String, int, int)}; with {@code chinese} the kanji neighbour checks are skipped, since
     * Chinese writes names and words in one unbroken run of Han chars.
     */
    public static boolean accepts(String text, int start, int end, boolean chinese) {
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        char prev = start > 0 ? text.charAt(start - 1) : ' ';
        char next = end < text.length() ? text.charAt(end) : ' ';
        if (CharClasses.isWord(first) && CharClasses.isWord(prev)) {
            return false;
        }
        if (CharClasses.isWord(first) && (prev == '.' || prev == '/') && start >= 2
                && CharClasses.isWord(text.charAt(start - 2))) {
            return false;
        }
        if (CharClasses.isKatakana(first) && CharClasses.isKatakana(prev)) {
            return false;
        }
        if (!chinese && CharClasses.isKanji(first) && CharClasses.isKanji(prev) && !countryPrefix(text, start)) {
            return false;
        }
        if (CharClasses.isHangul(first) && CharClasses.isHangul(prev)) {
            return false;
        }
        if (CharClasses.isWord(last) && CharClasses.isWord(next)) {
            return false;
        }
        if (CharClasses.isHangul(last) && CharClasses.isHangul(next)
                && CorporateSuffixes.startsWithAny(text, end, HANGUL_INSTITUTIONS) > 0) {
            return false;
        }
        if (CharClasses.isKatakana(last) && CharClasses.isKatakana(next)) {
            return suffixEndsRun(text, end, CorporateSuffixes.KATAKANA, true);
        }
        if (!chinese && CharClasses.isKanji(last) && CharClasses.isKanji(next)) {
            return suffixEndsRun(text, end, CorporateSuffixes.KANJI, false) || branchStore(text, end);
        }
        return true;
    }

    /** First chars of every Japanese/Chinese corporate suffix: most candidate ends fail this one-char test. */
    private static final String SUFFIX_FIRST_CHARS = firstChars();

    private static String firstChars() {
        StringBuilder sb = new StringBuilder();
        for (java.util.List<String> list : java.util.List.of(CorporateSuffixes.KATAKANA, CorporateSuffixes.KANJI)) {
            for (String suffix : list) {
                if (sb.indexOf(suffix.substring(0, 1)) < 0) {
                    sb.append(suffix.charAt(0));
                }
            }
        }
        return sb.toString();
    }

    /** A kanji run of two to five chars ending in 店 after the name: a branch (松坂屋名古屋店, 三越名古屋栄店). */
    private static boolean branchStore(String text, int end) {
        int k = end;
        while (k < text.length() && k - end < 6 && CharClasses.isKanji(text.charAt(k))) {
            k++;
        }
        return k - end >= 2 && k - end <= 5 && text.charAt(k - 1) == '店'
                && (k == text.length() || !CharClasses.isKanji(text.charAt(k)));
    }

    private static boolean countryPrefix(String text, int start) {
        char prev = text.charAt(start - 1);
        if (COUNTRY_PREFIXES.indexOf(prev) < 0) {
            return false;
        }
        return start - 2 < 0 || !CharClasses.isKanji(text.charAt(start - 2));
    }

    private static boolean suffixEndsRun(String text, int end, java.util.List<String> suffixes, boolean katakana) {
        if (end >= text.length() || SUFFIX_FIRST_CHARS.indexOf(text.charAt(end)) < 0) {
            return false;
        }
        for (String suffix : suffixes) {
            if (text.startsWith(suffix, end)) {
                int after = end + suffix.length();
                if (after >= text.length()) {
                    return true;
                }
                char c = text.charAt(after);
                if (katakana ? !CharClasses.isKatakana(c) : !CharClasses.isKanji(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
