package io.newspulse.tagging.match;

import java.util.regex.Pattern;

/**
 * A company name used as a medium or a venue is not a mention of the company: a platform someone posts on ("posted
 * a message on Twitter", "said via Facebook", "his Twitter account") and a venue named after a sponsor ("Chesapeake
 * Energy Arena", "スカイマーク球場", "京セラドーム"). Works on folded (lower-case) text.
 */
final class MediumRule {
    /**
     * Before the name: "via", or a posting verb or noun, up to three words, then "on", in the same sentence. Only words
     * of posting: "announced a ban on Huawei" or "wrote a report on Apple" are about the company.
     */
    private static final Pattern POSTED_ON = Pattern.compile(
            "(?:\\bvia|\\b(?:posted|posting|posts|post|tweeted|shared|message|messages"
                    + "|video|videos|photo|photos|streamed|uploaded|live)"
                    + "(?:\\s+[^\\s.!?。]+){0,3}?\\s+on)\\s+$");
    /** After the name: the platform's own things ("Twitter account", "Facebook page"); not verbs ("Sony posts"). */
    private static final Pattern PLATFORM_THING = Pattern.compile(
            "^\\s?(?:account|accounts|page|pages|channel|profile|followers)\\b");
    /** After the name: a venue. */
    private static final Pattern VENUE_LATIN = Pattern.compile(
            "^\\s(?:arena|stadium|dome|ballpark|coliseum|colosseum|amphitheatre|amphitheater|speedway)\\b");
    private static final String[] VENUE_CJK = {"球場", "スタジアム", "ドーム", "アリーナ", "競技場", "体育館", "경기장", "구장", "스타디움", "아레나", "体育场", "球场"};
    private static final int LOOK_BACK = 60;

    private MediumRule() {
    }

    static boolean isMediumOrVenue(String text, int start, int end) {
        return answer(text, start, end, true);
    }

    /**
     * The rule's answer; with {@code preTests} false the regular expressions alone decide, the reference the cheap
     * pre-tests must never change (TrapPreTestsTest).
     */
    static boolean answer(String text, int start, int end, boolean preTests) {
        for (String venue : VENUE_CJK) {
            if (text.startsWith(venue, end)) { // every venue word is shorter than the 14 chars looked at
                return true;
            }
        }
        if (!preTests || mayBeLatinThing(text, end)) {
            String after = text.substring(end, Math.min(text.length(), end + 14));
            if (VENUE_LATIN.matcher(after).find() || PLATFORM_THING.matcher(after).find()) {
                return true;
            }
        }
        if (preTests && !mayBePostedOn(text, Math.max(0, start - LOOK_BACK), start)) {
            return false;
        }
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        return POSTED_ON.matcher(before).find();
    }

    /**
     * Cheap necessary condition for {@link #VENUE_LATIN} or {@link #PLATFORM_THING} to match after {@code end}: an
     * optional white-space char, then the first letter of one of their words.
     */
    private static boolean mayBeLatinThing(String text, int end) {
        int p = end;
        if (p < text.length() && isRegexSpace(text.charAt(p))) {
            p++;
        }
        if (p >= text.length()) {
            return false;
        }
        char c = text.charAt(p);
        return c == 'a' || c == 's' || c == 'd' || c == 'b' || c == 'c' || c == 'p' || c == 'f';
    }

    /**
     * Cheap necessary condition for {@link #POSTED_ON} to match {@code [from, to)}: it ends with white space (and
     * perhaps the line terminator {@code $} allows before the end) after "via" or "on".
     */
    private static boolean mayBePostedOn(String text, int from, int to) {
        int p = to;
        while (p > from && (isRegexSpace(text.charAt(p - 1)) || isLineTerminator(text.charAt(p - 1)))) {
            p--;
        }
        if (p == to || p - from < 2) {
            return false;
        }
        return text.startsWith("on", p - 2) || (p - from >= 3 && text.startsWith("via", p - 3));
    }

    private static boolean isLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The chars of the regular expression class {@code \s} (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
