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
        "와이번스", "x", ".", ",", "1", " blue wave", "wave", "rb ", "red bull", "\n", "ー", "ab", "삼성", "이 ", "홈런",
        "5대3", "대", "ソフトバンク", "が", "勝利", "3対2", "bayer", "spieltag", "경기", "프로야구"};

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

    @Test
    void shouldReadAClubShortNameAsTheClubOnlyInAGameReportSentence() {
        String ko = "삼성이 롯데를 5대3으로 이겼다.";
        assertThat(SportsTeamRule.isTeam(ko, 0, 2)).isTrue();
        assertThat(SportsTeamRule.isTeam(ko, 4, 6)).isTrue();
        String koBusiness = "삼성이 반도체 투자를 늘린다. 경기 침체에도 실적이 좋았다.";
        assertThat(SportsTeamRule.isTeam(koBusiness, 0, 2)).isFalse();
        String ja = "ソフトバンクが日本ハムに勝利した。";
        assertThat(SportsTeamRule.isTeam(ja, 0, 6)).isTrue();
        String jaBusiness = "ソフトバンクが決算を発表した。前日の試合は中止。";
        assertThat(SportsTeamRule.isTeam(jaBusiness, 0, 6)).isFalse();
        String de = "bayer gewinnt das spitzenspiel am zehnten spieltag";
        assertThat(SportsTeamRule.isTeam(de, 0, 5)).isTrue();
        String league = "ソフトバンクはプロ野球の球団の売却を検討している。";
        assertThat(SportsTeamRule.isTeam(league, 0, 6)).isFalse();
        String other = "toyota sponsert das spitzenspiel am zehnten spieltag";
        assertThat(SportsTeamRule.isTeam(other, 0, 6)).isFalse();
    }
}
