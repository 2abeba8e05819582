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
        String after = text.substring(end, Math.min(text.length(), end + 14));
        for (String venue : VENUE_CJK) {
            if (after.startsWith(venue)) {
                return true;
            }
        }
        if (VENUE_LATIN.matcher(after).find() || PLATFORM_THING.matcher(after).find()) {
            return true;
        }
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        return POSTED_ON.matcher(before).find();
    }
}
