package io.newspulse.tagging.match;

import java.util.List;
import java.util.Set;

/**
 * A company name that is part of a sports team's name is not the company: "Yomiuri Giants", "阪神タイガース",
 * "SK 와이번스", "Bayer 04 Leverkusen", "FC Red Bull Salzburg", "三菱重工サッカー部". The team follows the name as a
 * nickname (optionally after one space), a club abbreviation ("FC", "F.C.") stands before or after it, a
 * two-digit founding year follows it, or a works-team word follows it. A club's short name, which is its owner's
 * ("삼성이 롯데를 이겼다", "ソフトバンクが日本ハムに勝利", "Bayer gewinnt das Spitzenspiel"), is the club in a sentence
 * of a game report: one with a word of the game ({@link #SPORTS_WORDS}: 홈런, 투수, 本塁打, 投手, Spieltag...) or a
 * score written "5대3" / "5対3". Works on folded text.
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

    /**
     * Short names under which news writes a club that carries its owner's name (folded): the Korean KBO and
     * V-League clubs, the Japanese NPB clubs, Bayer 04 Leverkusen. Only these are read as a club in a sports
     * sentence: other company names in a sports story (a sponsor, a broadcaster) stay companies.
     */
    static final Set<String> CLUB_SHORT_NAMES = Set.of(
            "삼성", "롯데", "lg", "기아", "kia", "한화", "ssg", "키움", "두산", "kt", "nc",
            "대한항공", "한국전력", "우리카드", "현대캐피탈", "흥국생명", "gs칼텍스", "ibk기업은행", "kcc", "현대모비스",
            "ソフトバンク", "楽天", "日本ハム", "日ハム", "ロッテ", "オリックス", "西武", "ヤクルト", "dena", "中日", "阪神",
            "読売", "bayer");
    /**
     * Words of a game report (folded): Korean, Japanese, German and English: the game and its play, not the league
     * (プロ野球, 프로야구, "Bundesliga" also open a note on a club's business in a business story). Words that
     * business news also uses are left out (경기 is also "the economy", 감독 "supervision", 先発 "originator drug",
     * 監督 "oversight", 球団 "the club as a business", "match", "goal", "coach", "season").
     */
    static final List<String> SPORTS_WORDS = List.of(
            "이겼다", "이기고", "꺾고", "꺾었다", "승리", "패배", "역전승", "역전패", "투수", "홈런", "타자", "안타", "이닝",
            "타점", "득점", "실점", "연승", "연패", "세이브", "선발투수", "끝내기", "마운드", "불펜", "세트스코어",
            "試合", "勝利", "敗戦", "投手", "本塁打", "打点", "安打", "打者", "登板", "完投", "完封", "先発投手", "白星",
            "黒星", "連勝", "連敗", "サヨナラ", "ホームラン", "イニング", "勝ち越し", "逆転勝ち", "逆転負け",
            "spieltag", "spitzenspiel", "heimspiel", "auswärtsspiel", "elfmeter", "torwart", "torschütze", "werkself",
            "goalkeeper", "striker", "midfielder", "penalty kick");

    /** First chars of the club short names. */
    private static final boolean[] CLUB_FIRST = new boolean[0x10000];
    /** Longest club short name. */
    private static final int CLUB_MAX;

    /** First chars of every nickname and works-team word. */
    private static final boolean[] FIRST = new boolean[0x10000];

    static {
        for (List<String> list : List.of(NICKNAMES, WORKS_TEAMS)) {
            for (String w : list) {
                FIRST[w.charAt(0)] = true;
            }
        }
        int max = 0;
        for (String name : CLUB_SHORT_NAMES) {
            CLUB_FIRST[name.charAt(0)] = true;
            max = Math.max(max, name.length());
        }
        CLUB_MAX = max;
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
            // or one of f, s, a, c): only "fc " and the like before it, or a club's short name in a game report.
            return start >= 3 && text.charAt(start - 1) == ' ' && clubBefore(text, start)
                    || clubInGameReport(text, start, end);
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
        if (end + 4 < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end + 1))
                && Character.isDigit(text.charAt(end + 2)) && text.charAt(end + 3) == ' '
                && Character.isLetter(text.charAt(end + 4))) {
            return true;
        }
        return clubInGameReport(text, start, end);
    }

    /**
     * True when {@code [start, end)} is a club's short name ({@link #CLUB_SHORT_NAMES}) in a sentence of a game
     * report: the sentence (up to . ! ? 。 ！ ？ or a line break, at most 300 chars each way) holds a sports word or
     * a score written with 대 or 対 ("5대3", "3対2").
     */
    static boolean clubInGameReport(String text, int start, int end) {
        if (start < 0 || end > text.length() || end - start < 2 || end - start > CLUB_MAX
                || !CLUB_FIRST[text.charAt(start)] || !CLUB_SHORT_NAMES.contains(text.substring(start, end))) {
            return false;
        }
        int from = start;
        while (from > 0 && start - from < 300 && !sentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < 300 && !sentenceEnd(text.charAt(to))) {
            to++;
        }
        String sentence = text.substring(from, to);
        for (String word : SPORTS_WORDS) {
            if (sentence.contains(word)) {
                return true;
            }
        }
        return hasScore(sentence);
    }

    private static boolean sentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '\n';
    }

    /** A score "5대3", "5 대 3", "3対2": digits, 대 or 対 (spaces around allowed), digits. */
    private static boolean hasScore(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '대' && c != '対') {
                continue;
            }
            int b = i - 1;
            while (b >= 0 && s.charAt(b) == ' ') {
                b--;
            }
            int a = i + 1;
            while (a < s.length() && s.charAt(a) == ' ') {
                a++;
            }
            if (b >= 0 && a < s.length() && Character.isDigit(s.charAt(b)) && Character.isDigit(s.charAt(a))) {
                return true;
            }
        }
        return false;
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
