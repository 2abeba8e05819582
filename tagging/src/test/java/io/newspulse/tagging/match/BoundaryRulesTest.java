package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundaryRulesTest {
    private static boolean accepts(String text, String name) {
        int start = text.indexOf(name);
        return BoundaryRules.accepts(text, start, start + name.length());
    }

    @Test
    void shouldRequireLatinWordBoundaries() {
        assertThat(accepts("meta's plan", "meta")).isTrue();
        assertThat(accepts("metadata", "meta")).isFalse();
        assertThat(accepts("xmeta", "meta")).isFalse();
        assertThat(accepts("metaは", "meta")).isTrue();
    }

    @Test
    void shouldLetKatakanaNameRunOnlyIntoKatakanaCorporateSuffix() {
        assertThat(accepts("ソフトバンクグループは", "ソフトバンク")).isTrue();
        assertThat(accepts("ソフトバンクグループス", "ソフトバンク")).isFalse();
        assertThat(accepts("ソニーミュージック", "ソニー")).isFalse();
    }

    @Test
    void shouldLetKanjiNameRunOnlyIntoKanjiCorporateSuffix() {
        assertThat(accepts("日立社長が", "日立")).isTrue();
        assertThat(accepts("日立市で", "日立")).isFalse();
        assertThat(accepts("日立製品が", "日立")).isFalse();
        assertThat(accepts("任天堂株式会社", "任天堂")).isTrue();
    }

    @Test
    void shouldLetKanjiNameRunIntoAWordOfTheCompanyOrABranch() {
        assertThat(accepts("三菱化学工場で火災", "三菱化学")).isTrue();
        assertThat(accepts("大和証券系列の会社", "大和証券")).isTrue();
        assertThat(accepts("日立社員が", "日立")).isTrue();
        assertThat(accepts("松坂屋名古屋店にある", "松坂屋")).isTrue();
        assertThat(accepts("松坂屋名古屋駅前広場", "松坂屋")).isFalse();
    }

    @Test
    void shouldRejectHangulNameInsideLongerHangulWordOnTheLeft() {
        assertThat(accepts("삼성전자는", "삼성전자")).isTrue();
        assertThat(accepts("대삼성전자", "삼성전자")).isFalse();
    }

    @Test
    void shouldRejectHangulNameRunningStraightIntoAnInstitutionNoun() {
        assertThat(accepts("한국항공우주연구원은", "한국항공우주")).isFalse();
        assertThat(accepts("삼성전자노조가", "삼성전자")).isFalse();
        assertThat(accepts("한국항공우주는", "한국항공우주")).isTrue();
        assertThat(accepts("한국항공우주 연구원이", "한국항공우주")).isTrue();
        assertThat(accepts("삼성전자의", "삼성전자")).isTrue();
    }
}
