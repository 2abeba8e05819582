#!/usr/bin/env python3
"""Tests of the knowledge-base builder's name rules (standard library only).

    python3 -m unittest discover -s tools/kb -p 'test_*.py'

The word lists of docs/knowledge-base.md (wamerican, wbritish, wngerman, wfrench, wspanish, ipadic-common) must be
installed, as for the build itself.
"""
from __future__ import annotations

import json
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_kb as kb  # noqa: E402


class IpadicOrganisationFilterTest(unittest.TestCase):
    def not_company(self, name: str) -> bool:
        return bool(kb.IPADIC_NOT_COMPANY.search(name) or kb.IPADIC_TEAM.search(name))

    def test_should_leave_out_schools_hospitals_agencies_and_parties(self):
        for name in ("上田女子短期大学", "岐阜薬科大", "鳥取市立病院", "エネルギー庁", "ワルシャワ条約機構", "新緑風会",
                     "日証協", "沖縄気象台", "Jリーグ", "共同通信", "ロイター通信"):
            self.assertTrue(self.not_company(name), name)

    def test_should_leave_out_shrines_plants_and_troupes(self):
        for name in ("太宰府天満宮", "川崎大師", "坂出製油所", "劇団昴", "笹谷小"):
            self.assertTrue(self.not_company(name) or kb.IPADIC_NOT_COMPANY_PART.search(name), name)
        for name in ("紀伊國屋書店", "竹中工務店", "商工ファンド", "日本総研"):
            self.assertFalse(self.not_company(name) or kb.IPADIC_NOT_COMPANY_PART.search(name), name)

    def test_should_leave_out_sports_teams(self):
        for name in ("読売ジャイアンツ", "ガンバ大阪", "シアトル・マリナーズ", "千葉ロッテ"):
            self.assertTrue(self.not_company(name), name)

    def test_should_keep_company_names(self):
        for name in ("松坂屋", "加ト吉", "帝国データバンク", "遠藤商会", "野村総合研究所", "ヤマト運輸", "大林組",
                     "トンボ鉛筆", "日本長期信用銀行"):
            self.assertFalse(self.not_company(name), name)


class EdinetNameTest(unittest.TestCase):
    def test_should_strip_japanese_legal_form_for_short_name(self):
        self.assertEqual(kb.edinet_short("大和証券株式会社"), "大和証券")
        self.assertEqual(kb.edinet_short("株式会社ビデオリサーチ"), "ビデオリサーチ")

    def test_should_strip_katakana_foreign_legal_tail_and_leading_the(self):
        self.assertEqual(kb.edinet_short("ザ・ゴールドマン・サックス・グループ・インク"), "ゴールドマン・サックス")
        self.assertEqual(kb.edinet_short("シティグループ・インク"), "シティグループ")

    def test_should_leave_out_funds_vehicles_and_municipalities(self):
        for name in ("日本ビルファンド投資法人", "ＡＢＣ特定目的会社", "みらい合同会社"):
            self.assertTrue(kb.EDINET_NOT_COMPANY.search(kb.nfkc(name)), name)
        self.assertTrue(kb.EDINET_PLACE.search("大阪市"))
        self.assertFalse(kb.EDINET_PLACE.search("大和証券"))


class KoreanVariantTest(unittest.TestCase):
    def test_should_add_spaced_sector_word_and_airline_head(self):
        r = kb.Rec("krx", "020560", "KR")
        r.add(r.full, "ko", "아시아나항공")
        kb.ko_variants(r)
        self.assertIn("아시아나 항공", r.short["ko"])
        self.assertIn("아시아나", r.short["ko"])

    def test_should_not_split_a_name_that_is_only_the_sector_word(self):
        r = kb.Rec("krx", "000000", "KR")
        r.add(r.full, "ko", "은행")
        kb.ko_variants(r)
        self.assertNotIn("ko", r.short)


class NameJudgeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.words = kb.Words()
        cls.judge = kb.NameJudge(cls.words, kb.IpaDic(), set(),
                                 kb.read_names("census-1990-surnames-top5000.txt"),
                                 kb.read_names("census-1990-given-names.txt"))

    def test_should_read_short_name_of_lower_case_words_as_a_phrase(self):
        self.assertTrue(kb.plain_words("With Us", self.words))
        self.assertFalse(kb.plain_words("Video Research", self.words) and kb.plain_words("Kanebo", self.words))

    def test_should_keep_a_one_word_carrier_only_with_evidence_when_trusted(self):
        self.assertEqual(self.judge.latin("Swissair", full=True, big=True), (True, True))
        self.assertEqual(self.judge.latin("Swissair", full=True, big=False)[0], False)

    def test_should_trust_only_coined_one_word_carrier_names(self):
        for name in ("Swissair", "Germanwings", "ExpressJet"):
            self.assertTrue(kb.AIRLINE_COINED.search(name), name)
        for name in ("Kyrgyzstan", "TAMPA", "Iberia", "Air"):
            self.assertFalse(kb.AIRLINE_COINED.search(name), name)

    def test_should_not_keep_a_place_derived_from_an_airline_name(self):
        self.assertFalse(self.judge.latin("Hamburg", full=False, big=False)[0])


class BundledFileTest(unittest.TestCase):
    def test_should_give_no_generated_company_a_curated_id(self):
        curated_ids = kb.read_curated()[3]
        text = (kb.KB_DIR / kb.OUT_NAME).read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            obj = json.loads(line)
            if obj["id"] in curated_ids:
                # a supplement line adds names to a curated company and carries its id, never a new company
                self.assertNotIn("ambiguous", obj, obj["id"])
                self.assertNotIn("country", obj, obj["id"])


if __name__ == "__main__":
    unittest.main()
