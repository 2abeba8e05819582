package io.newspulse.dedup.fingerprint;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises header/footer junk in case-folded (NFKC + lower case) article lines: wire bylines, copyright and
 * rights notices, "read more"/"subscribe" calls, share-button rows, Japanese portal furniture
 * (【関連記事】, 無断転載, "...配信" time stamps, navigation rows with {@code |} separators) and inline photo credits.
 * Stateless and thread-safe.
 */
public final class BoilerplateFilter {
    private static final int SHORT_LINE = 120;

    /** "TOKYO, Nov 3 (Reuters) -" and friends at the start of the first body line. */
    private static final Pattern WIRE_PREFIX = Pattern.compile(
            "^[\\p{L}\\p{N} .,/'()-]{0,60}?\\((?:reuters|ap|afp|bloomberg|kyodo|jiji|dpa|xinhua|共同|時事|ロイター)\\)\\s*[-–—]+\\s*");
    /** "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
    private static final Pattern BYLINE = Pattern.compile("^by\\s+[\\p{L} .,'&-]{2,60}$");
    /** Dateline-only lines: "published 3 nov 2026 10:02 jst", "updated 2 hours ago". */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(?:published|updated|posted|last updated|更新|公開)\\b?[\\s:]*[\\p{L}\\p{N} ,.:/()+-]{0,50}$");
    /** Phrases that mark a short line as furniture wherever they occur in it. */
    private static final String[] JUNK_ANYWHERE = {
        "copyright", "©", "all rights reserved", "reporting by", "editing by", "writing by",
        "無断転載", "無断複製", "無断で転載", "転載禁止"};
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("\\(c\\)\\s*\\d{4}");
    /** Phrases that mark a short line as furniture when it starts with them (English ones as whole words). */
    private static final String[] JUNK_START_WORDS = {
        "read more", "continue reading", "subscribe", "sign up", "newsletter", "click here", "advertisement",
        "related", "more from", "follow us", "share this", "share on", "our standards", "trending", "most read",
        "recommended"};
    private static final String[] JUNK_START = {
        "【関連", "【あわせて", "【写真", "【画像", "関連記事", "関連ニュース", "続きを読む", "もっと見る", "会員登録", "有料会員",
        "ログイン", "この記事を", "記事をシェア", "シェアする", "前の記事", "次の記事", "アクセスランキング", "ランキング",
        "おすすめ記事", "あわせて読みたい", "こちらもおすすめ"};
    /** First characters of all {@link #JUNK_START_WORDS} and {@link #JUNK_START} phrases (a cheap pre-check). */
    private static final String JUNK_FIRST_CHARS = firstChars();
    /** "2026/11/3(月) 10:00配信", "11/3(月) 10:00 配信", "時事通信 11月3日 配信". */
    private static final Pattern DISTRIBUTED = Pattern.compile("配信\\s*$|^\\S{0,20}\\s*配信");
    private static final Pattern COMMENTS = Pattern.compile("^\\d+\\s*(?:comments?|コメント|件のコメント)$");
    private static final String[] CREDIT_WORDS = {"画像", "写真", "photo", "image", "picture", "source", "出典", "提供"};
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "\\((?:" + String.join("|", CREDIT_WORDS) + ")[^()]{0,80}\\)");
    private static final Set<String> SHARE_WORDS = Set.of(
            "share", "tweet", "facebook", "twitter", "x", "linkedin", "line", "email", "e-mail", "mail", "print",
            "whatsapp", "reddit", "pinterest", "copy", "link", "hatena", "pocket", "save", "comments", "comment",
            "シェア", "ツイート", "はてブ", "はてなブックマーク", "lineで送る", "印刷", "メール", "保存", "リンクをコピー",
            "facebookでシェア", "xでポスト", "ポスト");

    private BoilerplateFilter() {
    }

    private static String firstChars() {
        StringBuilder sb = new StringBuilder();
        for (String[] list : new String[][] {JUNK_START_WORDS, JUNK_START}) {
            for (String phrase : list) {
                if (sb.indexOf(phrase.substring(0, 1)) < 0) {
                    sb.append(phrase.charAt(0));
                }
            }
        }
        return sb.toString();
    }

    /** True when a whole (trimmed, case-folded) line is header/footer furniture rather than article content. */
    public static boolean isBoilerplateLine(String line) {
        if (line.isEmpty()) {
            return true;
        }
        if (isNavigationRow(line)) {
            return true;
        }
        if (line.length() > SHORT_LINE) {
            return false;
        }
        if (line.charAt(0) == '•' && line.length() <= 24) {
            return true;
        }
        char first = line.charAt(0);
        if (first == 'b' && line.startsWith("by ") && BYLINE.matcher(line).matches()) {
            return true;
        }
        if ((first == 'p' || first == 'u' || first == 'l' || first == '更' || first == '公')
                && TIMESTAMP.matcher(line).matches()) {
            return true;
        }
        if (Character.isDigit(first) && COMMENTS.matcher(line).matches()) {
            return true;
        }
        if (line.contains("配信") && DISTRIBUTED.matcher(line).find()) {
            return true;
        }
        for (String junk : JUNK_ANYWHERE) {
            if (line.contains(junk)) {
                return true;
            }
        }
        if (line.contains("(c)") && COPYRIGHT_YEAR.matcher(line).find()) {
            return true;
        }
        if (JUNK_FIRST_CHARS.indexOf(first) < 0) {
            return line.length() <= 60 && isShareRow(line);
        }
        for (String junk : JUNK_START_WORDS) {
            if (line.startsWith(junk) && (line.length() == junk.length()
                    || !Character.isLetterOrDigit(line.charAt(junk.length())))) {
                return true;
            }
        }
        for (String junk : JUNK_START) {
            if (line.startsWith(junk)) {
                return true;
            }
        }
        return line.length() <= 60 && isShareRow(line);
    }

    /** Removes a wire-service dateline prefix such as "TOKYO, Nov 3 (Reuters) -" from a line. */
    public static String stripWirePrefix(String line) {
        if (line.indexOf('(') < 0) {
            return line;
        }
        return WIRE_PREFIX.matcher(line).replaceFirst("");
    }

    /** Removes parenthesised photo/image credits like "(画像提供:ゲッティイメージズ | cfoto)". */
    public static String stripInlineCredits(String line) {
        return mayHaveCredit(line) ? INLINE_CREDIT.matcher(line).replaceAll(" ") : line;
    }

    /** Whether some '(' is followed by a credit word: a cheap pre-check before the regular expression. */
    private static boolean mayHaveCredit(String line) {
        for (int open = line.indexOf('('); open >= 0; open = line.indexOf('(', open + 1)) {
            for (String word : CREDIT_WORDS) {
                if (line.startsWith(word, open + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A row of two or more {@code |}-separated short segments ("home | business | markets"). */
    static boolean isNavigationRow(String line) {
        int bars = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isBar(c)) {
                bars++;
            }
        }
        if (bars == 0) {
            return false;
        }
        int nonEmpty = 0;
        int totalLength = 0;
        int n = line.length();
        for (int from = 0; from <= n; ) {
            int to = from;
            while (to < n && !isBar(line.charAt(to))) {
                to++;
            }
            int a = from;
            int b = to;
            while (a < b && Character.isWhitespace(line.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                nonEmpty++;
                totalLength += b - a;
            }
            from = to + 1;
        }
        if (nonEmpty == 0) {
            return true;
        }
        return bars >= 2 && nonEmpty >= 2 && totalLength / nonEmpty <= 24;
    }

    private static boolean isBar(char c) {
        return c == '|' || c == '｜' || c == '¦';
    }

    private static boolean isShareRow(String line) {
        int n = line.length();
        int i = 0;
        int counted = 0;
        while (i < n) {
            while (i < n && isShareSeparator(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isShareSeparator(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (!SHARE_WORDS.contains(line.substring(start, i))) {
                    return false;
                }
                counted++;
            }
        }
        return counted > 0;
    }

    private static boolean isShareSeparator(char c) {
        return c == ' ' || c == '\t' || c == '/' || c == '·' || c == '•' || c == '・' || c == '|';
    }
}
