package io.newspulse.tagging.match;

import java.util.List;

/**
 * A company name that is part of a sports team's name is not the company: "Yomiuri Giants", "阪神タイガース",
 * "SK 와이번스", "Bayer 04 Leverkusen", "FC Red Bull Salzburg", "三菱重工サッカー部". The team follows the name as a
 * nickname (optionally after one space), a club abbreviation ("FC", "F.C.") stands before or after it, a
 * two-digit founding year follows it, or a works-team word follows it. Works on folded text.
 */
public final class SportsTeamRule {
    /** Team nicknames (folded), Latin, katakana and Hangul: Japanese and Korean professional clubs and common ones. */
    static final List<String> NICKNAMES = List.of(
            "giants", "tigers", "buffaloes", "marines", "eagles", "hawks", "swallows", "fighters", "lions", "carp",
            "baystars", "dragons", "reds", "antlers", "wyverns", "twins", "bears", "heroes", "dinos", "wiz",
            "landers", "orions", "braves", "blue wave", "grampus", "marinos", "frontale", "reysol", "jubilo",
            "vissel", "sanfrecce", "s-pulse", "ardija", "bellmare", "trinita", "sparks", "brave thunders", "jets",
            "ジャイアンツ", "タイガース", "バファローズ", "マリーンズ", "イーグルス", "ホークス", "スワローズ", "ファイターズ",
            "ライオンズ", "カープ", "ベイスターズ", "ドラゴンズ", "レッズ", "アントラーズ", "オリオンズ", "ブレーブス",
            "ブルーウェーブ", "グランパス", "マリノス", "フロンターレ", "レイソル", "ジュビロ", "ヴィッセル", "サンフレッチェ",
            "エスパルス", "アルディージャ", "ベルマーレ", "トリニータ", "ブレックス", "サンロッカーズ",
            "와이번스", "이글스", "타이거즈", "라이온즈", "트윈스", "자이언츠", "베어스", "히어로즈", "다이노스", "위즈", "랜더스",
            "유니콘스", "돌핀스", "블루윙즈", "스틸러스", "현대모비스", "점퍼스", "썬더스");
    /** Works-team words right after a company name: 三菱重工サッカー部. */
    private static final List<String> WORKS_TEAMS = List.of("サッカー部", "野球部", "硬式野球部", "ラグビー部", "陸上部",
            "バレーボール部", "バスケットボール部", "実業団", "球団", "야구단", "축구단", "농구단", "배구단", "구단");
    private static final List<String> CLUB_BEFORE = List.of("fc ", "f.c. ", "sc ", "sv ", "vfl ", "vfb ", "tsg ",
            "afc ", "cf ", "ac ", "rb ");
    private static final List<String> CLUB_AFTER = List.of(" fc", " f.c.", " sc", " afc", " cf");

    /** First chars of every nickname and works-team word. */
    private static final boolean[] FIRST = new boolean[0x10000];

    static {
        for (List<String> list : List.of(NICKNAMES, WORKS_TEAMS)) {
            for (String w : list) {
                FIRST[w.charAt(0)] = true;
            }
        }
    }

    private SportsTeamRule() {
    }

    /**
     * Cheap pre-test of what follows the name: a nickname or works word may follow, or a digit or a club
     * abbreviation after a space. When it fails, only a club abbreviation before the name can make a team.
     */
    private static boolean mayFollow(String text, int end) {
        if (end < text.length()) {
            char c = text.charAt(end);
            if (FIRST[c]) {
                return true;
            }
            if (c == ' ' && end + 1 < text.length()) {
                char d = text.charAt(end + 1);
                return FIRST[d] || Character.isDigit(d) || d == 'f' || d == 's' || d == 'a' || d == 'c';
            }
        }
        return false;
    }

    /**
     * True when the name {@code [start, end)} of {@code text} is part of a team's name. {@code text} is folded
     * (lower case), or at least lower-cased Latin.
     */
    public static boolean isTeam(String text, int start, int end) {
        if (!mayFollow(text, end)) {
            // Nothing that follows can make a team (every word after the name starts with a FIRST char, a digit
            // or one of f, s, a, c): only "fc " and the like before it.
            return start >= 3 && text.charAt(start - 1) == ' ' && clubBefore(text, start);
        }
        return answer(text, start, end);
    }

    /** The full rule without the pre-test (what {@link #isTeam} must answer; tests compare the two). */
    static boolean answer(String text, int start, int end) {
        int p = end;
        for (String w : WORKS_TEAMS) {
            if (text.startsWith(w, p)) {
                return true;
            }
        }
        if (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        for (String nick : NICKNAMES) {
            if (text.startsWith(nick, p) && endsWord(text, p + nick.length())) {
                return true;
            }
        }
        for (String club : CLUB_AFTER) {
            if (text.startsWith(club, end) && endsWord(text, end + club.length())) {
                return true;
            }
        }
        if (clubBefore(text, start)) {
            return true;
        }
        // "bayer 04 leverkusen": a two-digit founding year and a place
        return end + 4 < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end + 1))
                && Character.isDigit(text.charAt(end + 2)) && text.charAt(end + 3) == ' '
                && Character.isLetter(text.charAt(end + 4));
    }

    /** True when one of the words of {@code lowerName} (lower case) is a team nickname: "hokkaido fighters". */
    public static boolean containsNickname(String lowerName) {
        for (String word : lowerName.split(" ")) {
            if (!word.isEmpty() && NICKNAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A club abbreviation right before the name: "fc red bull salzburg". */
    private static boolean clubBefore(String text, int start) {
        for (String club : CLUB_BEFORE) {
            int at = start - club.length();
            if (at >= 0 && text.startsWith(club, at) && (at == 0 || !CharClasses.isWord(text.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWord(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return !CharClasses.isWord(c) && !CharClasses.isKatakana(c);
    }
}
