package io.newspulse.producer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a saved web page's text (as in the seed files) into title + body.
 * <ul>
 *   <li>{@code |} navigation separators are removed: a line that is only separators disappears, a trailing or
 *       leading {@code |} is cut, and a line made of several short {@code |}-separated pieces (a menu) is dropped;</li>
 *   <li>junk lines are dropped: bullets with a few words ({@code • 0 comments}), comment/share counters, lone
 *       menu words (Home, ログイン, シェア...), lines holding nothing but a URL;</li>
 *   <li>the title is the first remaining line when it is short (≤ {@value #MAX_TITLE_CHARS} chars) and more text
 *       follows; a Markdown {@code #} is stripped; a later exact repetition of the title line is removed.
 *       When the first line is a long paragraph, the title is its first sentence (cut at
 *       {@value #MAX_DERIVED_TITLE_CHARS} chars) and the body keeps the whole text;</li>
 *   <li>everything else stays as written; runs of blank lines become one blank line.</li>
 * </ul>
 */
public final class PageTextCleaner {
    static final int MAX_TITLE_CHARS = 150;
    static final int MAX_DERIVED_TITLE_CHARS = 100;
    private static final int MAX_MENU_PIECE_CHARS = 20;
    private static final int MAX_BULLET_JUNK_CHARS = 30;

    private static final Pattern BULLET = Pattern.compile("^[•·・▪▶►›»*\\-–]\\s*");
    private static final Pattern COUNTER = Pattern.compile(
            "(?i)^\\d[\\d,.]*\\s*(comments?|shares?|likes?|views?|件のコメント|コメント|件|シェア|いいね|回)$");
    private static final Pattern URL_ONLY = Pattern.compile("^(https?://|www\\.)\\S+$");
    private static final Set<String> MENU_WORDS = Set.of(
            "home", "menu", "search", "login", "log in", "sign in", "sign up", "subscribe", "share", "tweet",
            "read more", "advertisement", "ad", "next", "previous", "back to top", "top", "close",
            "ホーム", "トップ", "メニュー", "検索", "ログイン", "新規登録", "会員登録", "シェア", "ツイート", "続きを読む",
            "広告", "pr", "次へ", "前へ", "戻る", "ページトップ", "閉じる", "もっと見る");
    private static final Pattern SENTENCE_END = Pattern.compile("[。．！？!?]|\\.(\\s|$)");

    /** Cleans {@code raw} page text. */
    public CleanedText clean(String raw) {
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (String line : raw.split("\\r?\\n|\\r", -1)) {
            String cleaned = cleanLine(line);
            if (cleaned == null) {
                dropped++;
                continue;
            }
            kept.add(cleaned);
        }
        trimBlankEdges(kept);
        if (kept.isEmpty()) {
            return new CleanedText(null, "", dropped);
        }
        String first = stripHeading(kept.get(0));
        boolean moreText = kept.stream().skip(1).anyMatch(l -> !l.isBlank());
        if (first.length() <= MAX_TITLE_CHARS && moreText) {
            List<String> rest = new ArrayList<>(kept.subList(1, kept.size()));
            if (rest.removeIf(l -> l.strip().equals(first))) {
                dropped++;
            }
            trimBlankEdges(rest);
            return new CleanedText(first, join(rest), dropped);
        }
        return new CleanedText(firstSentence(first), join(kept), dropped);
    }

    /** The cleaned line, "" for a blank line, or null when the line is junk to drop. */
    String cleanLine(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return "";
        }
        if (s.indexOf('|') >= 0) {
            String[] pieces = s.split("\\s*\\|\\s*");
            List<String> nonEmpty = new ArrayList<>();
            for (String p : pieces) {
                if (!p.isBlank()) {
                    nonEmpty.add(p.strip());
                }
            }
            if (nonEmpty.isEmpty()) {
                return null;
            }
            if (nonEmpty.size() >= 3 && nonEmpty.stream().allMatch(p -> p.length() <= MAX_MENU_PIECE_CHARS)) {
                return null;
            }
            s = stripEdgeBars(s);
            if (s.isEmpty()) {
                return null;
            }
        }
        return isJunk(s) ? null : s;
    }

    private static String stripEdgeBars(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '|' || Character.isWhitespace(s.charAt(from)))) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == '|' || Character.isWhitespace(s.charAt(to - 1)))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isJunk(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (MENU_WORDS.contains(lower) || COUNTER.matcher(s).matches() || URL_ONLY.matcher(s).matches()) {
            return true;
        }
        if (BULLET.matcher(s).find()) {
            String rest = BULLET.matcher(s).replaceFirst("").strip();
            return rest.length() <= MAX_BULLET_JUNK_CHARS && !SENTENCE_END.matcher(rest).find();
        }
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static String stripHeading(String line) {
        return line.replaceFirst("^#{1,6}\\s+", "").strip();
    }

    private static String firstSentence(String paragraph) {
        var m = SENTENCE_END.matcher(paragraph);
        String sentence = m.find() ? paragraph.substring(0, m.start() + 1).strip() : paragraph;
        if (sentence.length() > MAX_DERIVED_TITLE_CHARS) {
            int cut = MAX_DERIVED_TITLE_CHARS;
            if (Character.isHighSurrogate(sentence.charAt(cut - 1))) {
                cut--;
            }
            sentence = sentence.substring(0, cut).strip() + "…";
        }
        return sentence;
    }

    private static void trimBlankEdges(List<String> lines) {
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean lastBlank = false;
        for (String l : lines) {
            boolean blank = l.isBlank();
            if (blank && lastBlank) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(blank ? "" : l);
            lastBlank = blank;
        }
        return sb.toString().strip();
    }
}
