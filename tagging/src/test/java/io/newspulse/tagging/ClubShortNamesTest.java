package io.newspulse.tagging;

import static io.newspulse.tagging.BuiltInTagger.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A club written by its owner's short name in a game report is the club, not the company; the same name in a
 * business sentence is still the company ({@code match.SportsTeamRule}, built-in knowledge base). The sentences
 * are written for this test, not taken from articles.
 */
class ClubShortNamesTest {
    @Test
    void shouldNotTagKoreanClubsWrittenByTheirOwnersShortNameInAGameReport() {
        // 신동빈 is evidence for the ambiguous Lotte: without the rule, 롯데 would be tagged here
        assertThat(ids("삼성이 롯데를 5대3으로 이겼다. 신동빈 회장이 관중석에서 지켜봤다.", "ko"))
                .doesNotContain("samsung-group", "samsung-electronics", "lotte");
        assertThat(ids("두산은 9회말 끝내기 홈런으로 승리했다.", "ko")).doesNotContain("doosan-group");
    }

    @Test
    void shouldStillTagTheKoreanOwnerInABusinessSentence() {
        assertThat(ids("삼성이 평택 공장에 새 반도체 라인을 짓는다.", "ko")).contains("samsung-group");
        assertThat(ids("롯데가 유통 계열사의 구조조정을 발표했다. 신동빈 회장이 직접 설명했다.", "ko")).contains("lotte");
    }

    @Test
    void shouldNotTagJapaneseClubsWrittenByTheirOwnersShortNameInAGameReport() {
        assertThat(ids("ソフトバンクが日本ハムに4対1で勝利し、先発投手が今季10勝目を挙げた。", "ja"))
                .doesNotContain("softbank-group", "nh-foods");
        assertThat(ids("楽天はロッテに逆転負けし、連敗は5に伸びた。", "ja"))
                .doesNotContain("rakuten-group", "lotte");
    }

    @Test
    void shouldStillTagTheJapaneseOwnerInABusinessSentence() {
        assertThat(ids("ソフトバンクが半導体関連の投資を拡大すると発表した。", "ja")).contains("softbank-group");
        assertThat(ids("日本ハムは食肉事業の値上げを決めた。", "ja")).contains("nh-foods");
        assertThat(ids("オリックスが球場を買い取る。プロ野球のオリックス・バファローズが本拠地に戻る。", "ja"))
                .contains("orix");
    }

    @Test
    void shouldNotTagLeverkusenAsBayerInAFootballReport() {
        assertThat(ids("Bayer gewann das Spitzenspiel am zehnten Spieltag mit zwei Toren Vorsprung.", "de"))
                .doesNotContain("bayer");
        assertThat(ids("Bayer senkt nach dem Glyphosat-Vergleich die Prognose.", "de")).contains("bayer");
    }
}
