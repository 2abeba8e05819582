package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import io.newspulse.testsupport.PieceText;
import org.junit.jupiter.api.Test;

/** {@link SportsTeamRule#isTeam} tests what follows a name before the full rule; the answers must be the rule's alone. */
class SportsTeamPreTestTest {
    /** Pieces that make the rule match, almost match, or end at odd places. */
    private static final String[] PIECES = {"yomiuri", " giants", "giants", " ", "fc ", " fc", "f.c. ", " f.c.",
        "sc", " s", "a", "c", "f", " 04 ", "04", "leverkusen", "阪神", "タイガース", "サッカー部", "野球部", "sk ",
        "와이번스", "x", ".", ",", "1", " blue wave", "wave", "rb ", "red bull", "\n", "ー", "ab"};

    @Test
    void shouldAnswerAsTheFullRuleOnRandomText() {
        Random random = new Random(17);
        for (int round = 0; round < 30_000; round++) {
            String text = PieceText.of(random, PIECES, 7);
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            assertThat(SportsTeamRule.isTeam(text, start, end)).as("team [%d, %d) of '%s'", start, end, text)
                    .isEqualTo(SportsTeamRule.answer(text, start, end));
        }
    }

    @Test
    void shouldStillFindTeamsByWhatFollowsOrPrecedesTheName() {
        String giants = "the yomiuri giants won";
        assertThat(SportsTeamRule.isTeam(giants, 4, 11)).isTrue();
        String salzburg = "beat fc red bull salzburg";
        assertThat(SportsTeamRule.isTeam(salzburg, 8, 16)).isTrue();
        String bayer = "bayer 04 leverkusen";
        assertThat(SportsTeamRule.isTeam(bayer, 0, 5)).isTrue();
        String company = "shares of red bull rose";
        assertThat(SportsTeamRule.isTeam(company, 10, 18)).isFalse();
    }
}
