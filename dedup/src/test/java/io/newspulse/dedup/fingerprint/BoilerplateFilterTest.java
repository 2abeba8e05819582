package io.newspulse.dedup.fingerprint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "copyright 2026 the associated press. all rights reserved.",
            "© 2026 example news",
            "all rights reserved",
            "read more: toyota shares hit record",
            "subscribe to our newsletter for the latest business news.",
            "share this article",
            "facebook | x | linkedin | email",
            "share",
            "tweet",
            "by daniel leussink",
            "reporting by maki shiraki; editing by edmund klamann",
            "updated 3 nov 2026 14:35 jst",
            "【関連記事】トヨタ株が最高値 円安で",
            "無断転載・複製を禁じます",
            "11/3(月) 15:21配信",
            "2026年11月3日 15:21 配信",
            "ホーム | ニュース | 経済 | 企業 | マーケット",
            "トップ｜速報｜ビジネス｜テクノロジー",
            "この記事をシェア",
            "はてなブックマーク",
            "続きを読む",
            "• abmhh",
            "• 0 comments",
            "|",
    })
    void shouldDropHeaderAndFooterFurniture(String line) {
        assertThat(BoilerplateFilter.isBoilerplateLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "toyota said on tuesday it would recall about 341,553 vehicles worldwide.",
            "netflix said subscribers rose 5% in the quarter.",
            "the company shares rose 3% on the news.",
            "トヨタ自動車は3日、約1,200億円を投じて新工場を建設すると発表した。",
            "マイクロソフトのai ceo、ムスタファ・スレイマン氏は、openaiへの依存を減らす計画を明らかにした。(画像提供:ゲッティイメージズ | cfoto)",
            "by the end of the year the plant will employ 2,000 people.",
    })
    void shouldKeepArticleSentences(String line) {
        assertThat(BoilerplateFilter.isBoilerplateLine(line)).isFalse();
    }

    @Test
    void shouldStripWireDatelines() {
        assertThat(BoilerplateFilter.stripWirePrefix("tokyo, nov 3 (reuters) - toyota said"))
                .isEqualTo("toyota said");
        assertThat(BoilerplateFilter.stripWirePrefix("(reuters) - toyota said")).isEqualTo("toyota said");
        assertThat(BoilerplateFilter.stripWirePrefix("new york (ap) — shares fell")).isEqualTo("shares fell");
        assertThat(BoilerplateFilter.stripWirePrefix("toyota (7203.t) said")).isEqualTo("toyota (7203.t) said");
    }

    @Test
    void shouldStripInlinePhotoCredits() {
        assertThat(BoilerplateFilter.stripInlineCredits("計画を明らかにした。 (画像提供:ゲッティイメージズ | cfoto)").strip())
                .isEqualTo("計画を明らかにした。");
        assertThat(BoilerplateFilter.stripInlineCredits("(写真:ロイター)").strip()).isEmpty();
    }

    @Test
    void shouldStripACreditThatFollowsOtherParenthesesAndKeepTheOthers() {
        assertThat(BoilerplateFilter.stripInlineCredits("ソニー(6758)が発表 (写真:共同) 以上"))
                .isEqualTo("ソニー(6758)が発表   以上");
        assertThat(BoilerplateFilter.stripInlineCredits("toyota (7203.t) rose (source: exchange data)"))
                .isEqualTo("toyota (7203.t) rose  ");
        assertThat(BoilerplateFilter.stripInlineCredits("11/3(月) 15:21 (photos are mine")).isEqualTo("11/3(月) 15:21 (photos are mine");
    }

    @Test
    void shouldJudgeNavigationRowsBySegmentLengthIgnoringBlankSegments() {
        assertThat(BoilerplateFilter.isNavigationRow(" home |  | business |   markets  ")).isTrue();
        assertThat(BoilerplateFilter.isNavigationRow("| | |")).isTrue();
        assertThat(BoilerplateFilter.isNavigationRow("home | the company said on tuesday that its operating profit rose sharply in the third quarter | x"))
                .isFalse();
        assertThat(BoilerplateFilter.isNavigationRow("toyota | said")).isFalse();
    }
}
