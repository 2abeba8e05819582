package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import io.newspulse.testsupport.PieceText;
import org.junit.jupiter.api.Test;

/**
 * {@link MediumRule} and {@link IndexRule} test a few chars before running their regular expressions; the answers
 * must be those of the expressions alone.
 */
class TrapPreTestsTest {
    /** Pieces that make the expressions match, almost match, or end at odd places. */
    private static final String[] PIECES = {"posted", " on ", "on", "via", " via ", "shared a video", " arena",
        " account", "account", "page", " stadium", "球場", " index", "index", " 500", "s&p", " 225 index",
        " futures", " composite", " volatility index", ".5", ",3", " ", "  ", "\n", "\t", "\u2028", "\u0085", "\r\n",
        "x", "twitter", ".", "指数", " 指数", "平均", "a", "i", "2", "1500", "o", "n"};

    @Test
    void shouldAnswerAsTheExpressionsAloneOnRandomText() {
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            String text = PieceText.of(random, PIECES, 8);
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            assertThat(MediumRule.isMediumOrVenue(text, start, end)).as("medium [%d, %d) of '%s'", start, end, text)
                    .isEqualTo(MediumRule.answer(text, start, end, false));
            assertThat(IndexRule.isIndex(text, start, end)).as("index [%d, %d) of '%s'", start, end, text)
                    .isEqualTo(IndexRule.answer(text, start, end, false));
        }
    }

    @Test
    void shouldStillFindPostsAndIndexes() {
        String posted = "he posted a message on twitter";
        assertThat(MediumRule.isMediumOrVenue(posted, posted.indexOf("twitter"), posted.length())).isTrue();
        String sp = "the s&p 500 rose";
        assertThat(IndexRule.isIndex(sp, 4, 7)).isTrue();
    }
}
