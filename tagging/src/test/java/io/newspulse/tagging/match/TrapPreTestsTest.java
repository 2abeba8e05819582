package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MediumRule} and {@link IndexRule} test a few chars before running their regular expressions; the answers
 * must be those of the expressions alone, which are repeated here as the reference.
 */
class TrapPreTestsTest {
    private static final Pattern POSTED_ON = Pattern.compile(
            "(?:\\bvia|\\b(?:posted|posting|posts|post|tweeted|shared|message|messages"
                    + "|video|videos|photo|photos|streamed|uploaded|live)"
                    + "(?:\\s+[^\\s.!?。]+){0,3}?\\s+on)\\s+$");
    private static final Pattern PLATFORM_THING = Pattern.compile(
            "^\\s?(?:account|accounts|page|pages|channel|profile|followers)\\b");
    private static final Pattern VENUE_LATIN = Pattern.compile(
            "^\\s(?:arena|stadium|dome|ballpark|coliseum|colosseum|amphitheatre|amphitheater|speedway)\\b");
    private static final String[] VENUE_CJK = {"球場", "スタジアム", "ドーム", "アリーナ", "競技場", "体育館", "경기장", "구장", "스타디움", "아레나", "体育场", "球场"};
    private static final Pattern INDEX_LATIN = Pattern.compile(
            "^\\s(?:industrial average|industrials|transportation average|transports|utility average|composite"
                    + "|index|indices|indexes|\\d{2,4}\\s(?:index|futures)|100|225|futures|volatility index)\\b(?![.,]\\d)");
    private static final Pattern SP_INDEX = Pattern.compile("^\\s(?:500|400|600|100|1500)\\b");
    private static final String[] INDEX_CJK = {"平均", "総合指数", "指数", "225", "종합지수", "지수", "综合指数", "指数"};

    /** Pieces that make the expressions match, almost match, or end at odd places. */
    private static final String[] PIECES = {"posted", " on ", "on", "via", " via ", "shared a video", " arena",
        " account", "account", "page", " stadium", "球場", " index", "index", " 500", "s&p", " 225 index",
        " futures", " composite", " volatility index", ".5", ",3", " ", "  ", "\n", "\t", "\u2028", "\u0085", "\r\n",
        "x", "twitter", ".", "指数", " 指数", "平均", "a", "i", "2", "1500", "o", "n"};

    @Test
    void shouldAnswerAsTheExpressionsAloneOnRandomText() {
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            assertThat(MediumRule.isMediumOrVenue(text, start, end)).as("medium [%d, %d) of '%s'", start, end, text)
                    .isEqualTo(medium(text, start, end));
            assertThat(IndexRule.isIndex(text, start, end)).as("index [%d, %d) of '%s'", start, end, text)
                    .isEqualTo(index(text, start, end));
        }
    }

    @Test
    void shouldStillFindPostsAndIndexes() {
        String posted = "he posted a message on twitter";
        assertThat(MediumRule.isMediumOrVenue(posted, posted.indexOf("twitter"), posted.length())).isTrue();
        String sp = "the s&p 500 rose";
        assertThat(IndexRule.isIndex(sp, 4, 7)).isTrue();
    }

    private static boolean medium(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 14));
        for (String venue : VENUE_CJK) {
            if (after.startsWith(venue)) {
                return true;
            }
        }
        if (VENUE_LATIN.matcher(after).find() || PLATFORM_THING.matcher(after).find()) {
            return true;
        }
        String before = text.substring(Math.max(0, start - 60), start);
        return POSTED_ON.matcher(before).find();
    }

    private static boolean index(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 32));
        for (String word : INDEX_CJK) {
            if (after.startsWith(word) || after.startsWith(" " + word)) {
                return true;
            }
        }
        if (text.startsWith("s&p", start) && end - start == 3 && SP_INDEX.matcher(after).find()) {
            return true;
        }
        return INDEX_LATIN.matcher(after).find();
    }
}
