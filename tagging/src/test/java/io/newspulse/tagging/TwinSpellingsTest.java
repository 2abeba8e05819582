package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One company under the spellings a register or a dictionary gives it (a dash character, a middle dot, an old kanji),
 * against the built-in knowledge base (data 2026.12.04-7, tools/kb/build_kb.py and docs/knowledge-base.md). The
 * sentences are written for this test.
 */
class TwinSpellingsTest {
    private static List<String> ids(String body) {
        return BuiltInTagger.ids(body, "ja");
    }

    @Test
    void shouldTagEveryDashSpellingOfSevenElevenJapanAsTheCuratedCompany() {
        for (String name : List.of("セブン-イレブン・ジャパン", "セブン‐イレブン・ジャパン", "セブン―イレブン・ジャパン",
                "セブン−イレブン・ジャパン", "株式会社セブン‐イレブン・ジャパン")) {
            assertThat(ids(name + "は新しい店舗の出店計画を発表した。")).as(name).containsExactly("seven-eleven-japan");
        }
    }

    @Test
    void shouldTagDictionarySpellingsAsTheCompanyOfTheListing() {
        assertThat(ids("帝國ホテルは宿泊料金を引き上げた。")).containsExactly("jp-9708");
        assertThat(ids("帝国ホテルは宿泊料金を引き上げた。")).containsExactly("jp-9708");
        assertThat(ids("アボット・ラボラトリーズは新しい検査薬を発表した。")).containsExactly("abbott");
    }
}
