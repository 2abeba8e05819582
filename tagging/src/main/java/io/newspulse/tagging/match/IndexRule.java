package io.newspulse.tagging.match;

import java.util.regex.Pattern;

/**
 * A company name followed by the words of a market index names the index, not the company: "Dow Jones Industrial
 * Average", "Nasdaq Composite", "S&P 500 Index", "FTSE 100", "Hang Seng Index", "日経平均", "ナスダック総合指数",
 * "코스피 지수". Works on folded (lower-case) text.
 */
final class IndexRule {
    private static final Pattern INDEX_LATIN = Pattern.compile(
            "^\\s(?:industrial average|industrials|transportation average|transports|utility average|composite"
                    + "|index|indices|indexes|\\d{2,4}\\s(?:index|futures)|100|225|futures|volatility index)\\b(?![.,]\\d)");
    /** "S&P 500", "S&P 400", "S&P 600": the index, written without "index". */
    private static final Pattern SP_INDEX = Pattern.compile("^\\s(?:500|400|600|100|1500)\\b");
    private static final String[] INDEX_CJK = {"平均", "総合指数", "指数", "225", "종합지수", "지수", "综合指数", "指数"};

    private IndexRule() {
    }

    static boolean isIndex(String text, int start, int end) {
        return answer(text, start, end, true);
    }

    /**
     * The rule's answer; with {@code preTests} false the regular expressions alone decide, the reference the cheap
     * pre-test must never change (TrapPreTestsTest).
     */
    static boolean answer(String text, int start, int end, boolean preTests) {
        // every index word is shorter than the 32 chars the expressions look at
        boolean space = end < text.length() && text.charAt(end) == ' ';
        for (String word : INDEX_CJK) {
            if (text.startsWith(word, end) || (space && text.startsWith(word, end + 1))) {
                return true;
            }
        }
        if (preTests && !mayBeLatinIndex(text, end)) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 32));
        if (text.startsWith("s&p", start) && end - start == 3 && SP_INDEX.matcher(after).find()) {
            return true;
        }
        return INDEX_LATIN.matcher(after).find();
    }

    /**
     * Cheap necessary condition for {@link #INDEX_LATIN} or {@link #SP_INDEX} to match after {@code end}: a
     * white-space char, then a digit or the first letter of one of the index words.
     */
    private static boolean mayBeLatinIndex(String text, int end) {
        if (end + 1 >= text.length()) {
            return false;
        }
        char s = text.charAt(end);
        if (!(s == ' ' || s == '\t' || s == '\n' || s == '\u000B' || s == '\f' || s == '\r')) {
            return false;
        }
        char c = text.charAt(end + 1);
        return (c >= '0' && c <= '9') || c == 'i' || c == 't' || c == 'u' || c == 'c' || c == 'f' || c == 'v';
    }
}
