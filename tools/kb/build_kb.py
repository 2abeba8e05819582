#!/usr/bin/env python3
"""Rebuilds the generated part of the company knowledge base from the open-data snapshots in tools/kb/sources.

    python3 tools/kb/build_kb.py            # writes companies-open.jsonl and tools/kb/stats.json
    python3 tools/kb/build_kb.py --check    # exits 1 when the bundled file is not what the sources give

Python 3 standard library only. Deterministic: the same sources, word lists and curated files give the same
bytes. Every source file is checked against the sha256 in tools/kb/sources/manifest.json first.

Rules (documented in docs/knowledge-base.md):
  * funds, ETFs/ETNs, REITs, SPACs, trusts, warrants, units, rights and preferred shares are dropped;
  * a company of a source that is already curated (same listing, or its full name is a curated name) is
    merged into the curated company: a line with the curated id adds the new names, listings, sector and
    former names to it (the loader merges them); the curated name, flags and context terms win;
  * names: the full (legal) name as listed, plus a short name with the legal form stripped (Inc., Corp.,
    plc, AG, Holdings, 株式会社, ホールディングス, 홀딩스, -KY ...) when the short name is safe;
  * no short name that is generic ("General", "United", "Energy"...), shorter than 3 Latin letters, or
    made only of generic words; 2-character Chinese names of non-Japanese sources are left out;
  * a company is `ambiguous` (needs evidence in the text) when one of its names is a dictionary word in
    en/de/fr/es (Debian word lists), looks like a person's name, or is a short CJK/Hangul word;
  * an alias claimed by two generated companies stays only with the company whose full name it is, and a
    generated alias never shadows a curated one;
  * SEC filers whose name changed between the 2021/2022/2023 and 2025 snapshots (same CIK) get the old name
    as `former_names`; filers of those years that are gone in 2025 stay in as companies without listing;
  * JPX codes whose name changed between 2023 and 2025 get the old name as `former_names`; codes of 2023
    gone in 2025 stay in as companies without listing.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "tools" / "kb" / "sources"
KB_DIR = ROOT / "tagging" / "src" / "main" / "resources" / "io" / "newspulse" / "tagging" / "kb"
OUT_NAME = "companies-open.jsonl"
STATS = ROOT / "tools" / "kb" / "stats.json"

IPADIC_DIR = Path("/usr/share/chasen/ipadic")  # Debian package ipadic-common (UTF-8 text of IPADIC 2.7.0)
IPADIC_COMMON = ["Noun.dic", "Noun.verbal.dic", "Noun.adjv.dic", "Noun.adverbal.dic", "Noun.nai.dic"]
IPADIC_PLACE_PERSON = ["Noun.place.dic", "Noun.name.dic"]
IPADIC_ORG = ["Noun.org.dic"]
WORD_LISTS = {
    "en": ["/usr/share/dict/american-english", "/usr/share/dict/british-english"],
    "de": ["/usr/share/dict/ngerman"],
    "fr": ["/usr/share/dict/french"],
    "es": ["/usr/share/dict/spanish"],
}

# Legal forms and group words stripped from the end (or start) of a Latin name to get its short form.
LEGAL_TAIL = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "ltd", "limited", "plc", "llc", "lp",
    "llp", "holdings", "holding", "hldgs", "group", "ag", "se", "sa", "nv", "bv", "ab", "asa", "as", "oyj",
    "spa", "sab", "de", "cv", "kk", "tbk", "bhd", "berhad", "pcl", "kgaa", "gmbh", "sas", "srl", "ltda",
    "the", "&", "and", "intl", "international", "new", "adr", "ads", "trust", "bancorp", "bancorporation",
    "pte", "pty", "cl", "class", "a", "b",
    # European and other legal forms news leaves out ("OMV Aktiengesellschaft", "Alm. Brand A/S", "Nordea Bank
    # Abp", "Ericsson (publ)", "Marel hf.", "Akbank T.A.S.", "ageas SA/NV")
    "aktiengesellschaft", "a/s", "publ", "abp", "oy", "hf", "nyrt", "kg", "ohg", "sarl", "sl", "slu", "sau",
    "sae", "saa", "pjsc", "ojsc", "jsc", "tas", "sca", "kft", "zrt", "sa/nv", "nv/sa", "s/a", "pref",
    "partizipsch", "partizipationsschein", "corporacion", "corporación", "socimi", "sme", "gruppe", "groupe",
}
LEGAL_HEAD = {"the", "pt", "telefonaktiebolaget", "aktiebolaget"}
# Legal forms of several words at the end of a name ("Groupe LDLC societe anonyme", "Aluar Aluminio Argentino
# S.A.I.C.", "DYCASA Sociedad Anonima", "Anadolu Efes ... Anonim Sirketi", "Grupo Aeroportuario del Sureste,
# S. A. B. de C. V.", "... GmbH & Co. KGaA", "Stora Enso Oyj Class R").
LEGAL_TAIL_PHRASE = re.compile(
    r"[\s,]+(soci[eé]t[eé] (anonyme|europ[eé]enne|en commandite par actions)|anonim [sş]irketi|"
    r"sociedad an[oó]nima( abierta)?|s\.a\.(?:[icfa]\.)+(?: ?y ?f\.?)?|"
    r"kommanditgesellschaft auf aktien|gmbh & co\.? kgaa?|s\. ?a\. ?b\. de c\. ?v\.|s\. a\.|class [a-z])\s*$",
    re.IGNORECASE)
# A German holding word joined to the legal form ("AGRANA Beteiligungs-AG"): the whole word is the form.
GERMAN_FORM_WORD = re.compile(r"^(beteiligungs|holding|industrie|verwaltungs|vermögensverwaltungs|grundbesitz)-"
                              r"(ag|se|gmbh|kgaa)$", re.IGNORECASE)
# Words of LEGAL_TAIL that are stripped but are not a legal form: they do not make a short name specific
# ("And Do" is not "Do" with a legal form).
NOT_A_FORM = {"the", "&", "and", "intl", "international", "new", "adr", "ads", "a", "b", "class", "cl"}
# Words too generic to stand alone as a company name (and phrases made only of them).
GENERIC = {
    "general", "united", "first", "national", "energy", "digital", "american", "america", "international",
    "global", "capital", "financial", "finance", "resources", "resource", "industries", "industrial", "systems",
    "system", "technologies", "technology", "tech", "solutions", "partners", "services", "service", "properties",
    "property", "investment", "investments", "investors", "acquisition", "china", "chinese", "japan", "korea",
    "asia", "asian", "pacific", "atlantic", "western", "eastern", "northern", "southern", "central", "north",
    "south", "east", "west", "new", "royal", "standard", "universal", "advanced", "applied", "integrated",
    "premier", "alliance", "pioneer", "summit", "frontier", "liberty", "heritage", "legacy", "world", "worldwide",
    "network", "networks", "communications", "media", "health", "healthcare", "medical", "pharma",
    "pharmaceuticals", "therapeutics", "biotherapeutics", "bio", "biosciences", "sciences", "life", "power",
    "electric", "oil", "gas", "mining", "minerals", "metals", "gold", "silver", "steel", "bank", "bancshares",
    "savings", "community", "citizens", "peoples", "home", "homes", "realty", "real", "estate", "land", "green",
    "blue", "red", "black", "white", "star", "sun", "solar", "water", "air", "auto", "motor", "motors",
    "foods", "food", "brands", "products", "group", "holdings", "one", "two", "us", "usa", "u.s.", "data",
    "software", "semiconductor", "electronics", "entertainment", "education", "insurance", "life", "trust",
    "union", "federal", "state", "city", "county", "country", "great", "big", "best", "good", "smart", "next",
    "future", "innovation", "innovative", "innovations", "ventures", "venture", "enterprises", "enterprise",
    "management", "development", "environmental", "infrastructure", "logistics", "transport", "marine",
    "shipping", "chemical", "chemicals", "materials", "construction", "engineering", "consulting", "labs",
    "laboratories", "research", "genetics", "genomics", "diagnostics", "devices", "instruments", "equipment",
    "machinery", "manufacturing", "retail", "stores", "restaurants", "hotels", "resorts", "gaming", "sports",
    "wireless", "mobile", "cloud", "internet", "online", "interactive", "semiconductors", "micro", "nano",
    "quantum", "fusion", "vision", "focus", "core", "prime", "alpha", "beta", "omega", "delta", "sigma",
    "apex", "vertex", "matrix", "nexus", "vector", "genesis", "evolution", "revolution", "spirit", "hope",
    "trinity", "victory", "express", "direct", "select", "choice", "quality", "value", "plus", "max", "pro",
    "ai", "it", "re", "edge", "bridge", "harbor", "harbour", "river", "lake", "ocean", "mountain", "valley",
    "park", "bay", "gulf", "coast", "island", "texas", "california", "florida", "york", "new york", "london",
    "paris", "tokyo", "europe", "european", "africa", "african", "india", "indian", "canada", "canadian",
    "mexico", "brazil", "australia", "germany", "france", "israel", "hong", "kong", "taiwan", "singapore",
}
SPORTS = {"fc", "f.c", "afc", "football", "soccer", "club", "braves", "knicks", "rangers", "sports",
          "borussia", "futebol", "calcio", "sportif", "olympique"}  # listed clubs: "Borussia Dortmund"
# Last words that make a short name a place ("Orange County", "Silicon Valley").
PLACE_TAIL = {"county", "city", "valley", "bay", "island", "islands", "state", "states", "river", "lake",
              "mountain", "mountains", "coast", "park", "street", "square", "bridge", "harbor", "harbour", "beach",
              "hills", "springs", "falls", "creek", "village", "town", "center", "centre", "university",
              "college", "school", "hospital", "airport", "port", "station"}
# Japanese group/legal words stripped from the end of a listed name.
JA_TAIL = ["ホールディングス", "ホールディング", "グループ本社", "グループ", "HD", "株式会社", "(株)", "ＨＤ"]
# Hangul spellings of English words too generic to stand alone as a company name (유나이티드 "United").
KO_GENERIC = {"유나이티드", "글로벌", "인터내셔널", "코리아", "월드", "디지털", "에너지", "시스템", "솔루션", "테크",
              "바이오", "파트너스", "캐피탈", "인베스트먼트", "네트웍스", "미디어", "엔터테인먼트", "스타", "골드",
              "이노베이션", "서비스", "그룹", "홀딩스", "컴퍼니", "인더스트리", "퓨처", "네트워크", "테크놀로지"}
KO_TAIL = ["홀딩스", "지주", "(주)", "주식회사"]
# Korean listings that are not operating companies.
KO_DROP = re.compile(r"스팩|리츠|인프라$|인프라투융자|맥쿼리|펀드|ETF|ETN")
JA_FUND_MARKETS = ("ETF", "REIT", "出資証券", "ファンド")

FUND_NAME = re.compile(
    r"\b(ETF|ETFS|ETN|ETNS|FUND|FUNDS|ISHARES|SPDR|PROSHARES|DIREXION|PORTFOLIOS?|INDEX|INDEXES|MUNICIPAL|"
    r"MUNI|LEVERAGED|ULTRA ?SHORT|BITCOIN|ETHEREUM|ETHER|ACQUISITION|ACQUISITIONS|SPAC|BLANK CHECK|"
    r"TRUST,? SERIES|STATUTORY TRUST|ROYALTY TRUST|INCOME TRUST|CAPITAL TRUST|GOLD TRUST|SILVER TRUST|"
    r"UNIT TRUST|TARGET TERM|INCOME FUND|MERGER CORP|GRANTOR TRUST|DEPOSITARY|NOTES DUE|DEBENTURES?|"
    r"CLOSED.END|INTERVAL|STRATEGIC INCOME|OPPORTUNITIES FUND|2X|3X|-1X)\b", re.IGNORECASE)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
KANA = re.compile(r"^[\u30a0-\u30ff\u3040-\u309fー・]+$")

JPX_SECTOR17 = {
    "1": "food", "2": "energy", "3": "construction", "4": "materials", "5": "pharma", "6": "automotive",
    "7": "metals", "8": "machinery", "9": "electronics", "10": "it-services", "11": "utilities",
    "12": "transport", "13": "trading", "14": "retail", "15": "banking", "16": "financials", "17": "real-estate",
}
# Korean industry words (KRX standard industry names) -> coarse sector; first match wins.
KO_SECTOR = [
    ("은행", "banking"), ("보험", "financials"), ("금융", "financials"), ("증권", "financials"),
    ("의약", "pharma"), ("의료", "pharma"), ("자동차", "automotive"), ("반도체", "electronics"),
    ("전자", "electronics"), ("통신", "telecom"), ("방송", "media"), ("소프트웨어", "it-services"),
    ("프로그래밍", "it-services"), ("정보서비스", "it-services"), ("화학", "materials"), ("고무", "materials"),
    ("건설", "construction"), ("건물", "construction"), ("철강", "metals"), ("금속", "metals"),
    ("기계", "machinery"), ("장비", "machinery"), ("소매", "retail"), ("도매", "trading"), ("식품", "food"),
    ("음료", "food"), ("운송", "transport"), ("항공", "transport"), ("해운", "transport"),
    ("전기", "utilities"), ("가스", "utilities"), ("부동산", "real-estate"), ("섬유", "consumer"),
    ("의복", "consumer"), ("화장품", "consumer"),
]


def nfkc(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def exact_key(s: str) -> str:
    """A name as written, up to width, case, spaces and dots/commas: two spellings with different exact keys are
    different spellings (both are kept as aliases of one company)."""
    s = nfkc(s).casefold()
    s = re.sub(r"[.,]", "", s)
    return re.sub(r"\s+", " ", s).strip()


# Dash and hyphen variants (NFKC leaves them apart): hyphen, non-breaking hyphen, figure dash, en and em dash,
# horizontal bar, minus sign, small and full-width forms, hyphen bullet.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043\u02d7"
DASH_FOLD = str.maketrans({ch: "-" for ch in DASHES} | {"\u00b7": "・", "\u2027": "・", "\u2219": "・",
                                                          "\u301c": "~"})
KANA_CHAR = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


def fold_variants(s: str) -> str:
    """Folds the characters one name is written with in several ways: dash and hyphen variants to '-' (EDINET's
    'セブン‐イレブン' with U+2010, IPADIC's 'セブン―イレブン' with U+2015 and 'セブン−イレブン' with U+2212 are
    'セブン-イレブン'), the katakana prolonged sound mark ー to '-' where it is a dash (not after a kana, where it
    is a long vowel: 'JーPOWER' is 'J-POWER', 'コーヒー' stays), middle dots
    (·, ‧, ∙) to ・ and the wave dash 〜 to '~' (NFKC has made full-width forms ASCII already)."""
    s = s.translate(DASH_FOLD)
    if "ー" in s:
        s = "".join("-" if ch == "ー" and (i == 0 or not KANA_CHAR.match(s[i - 1])) else ch
                    for i, ch in enumerate(s))
    return s


def key(s: str) -> str:
    """The form two names are compared in: NFKC, case-folded, spaces and dots/commas collapsed, dash and middle-dot
    variants folded (``fold_variants``): names with the same key are one name."""
    return fold_variants(exact_key(s))


# Old and variant kanji that Japanese names are written with or without (旧字体, 異体字): 帝國ホテル = 帝国ホテル,
# 髙木証券 = 高木証券, 廣済堂 = 広済堂, 北國銀行 = 北国銀行, 前澤工業 = 前沢工業, 三櫻工業 = 三桜工業.
KANJI_VARIANTS = str.maketrans("髙﨑邊邉濵濱齋齊斎澤國會團德龍眞櫻廣壽榮鐵寶", "高崎辺辺浜浜斉斉斉沢国会団徳竜真桜広寿栄鉄宝")
SPACE_BY_CJK = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


def twin_key(s: str) -> str:
    """``key`` without the katakana middle dot ・ and the spaces next to a CJK char, which Japanese writes or
    leaves out in one name ('アボット・ラボラトリーズ' = 'アボットラボラトリーズ', 'アイチ コーポレーション' =
    'アイチコーポレーション'), and with old and variant kanji written in their common form (``KANJI_VARIANTS``). Used
    only where one side is a spelling of a dictionary or of the curated files (IPADIC, curated names), never
    between two register entries (EDINET, JPX), whose spellings name different legal entities ('株式会社エイケイ' and
    '株式会社エイ・ケイ' are two filers, and so are 'ダルトン インベストメンツ' and 'ダルトン・インベストメンツ'). The kanji
    are folded in names of three chars or more only: a two-char name is too short to tell a variant from another
    company (寿屋, the supermarket chain, is not 壽屋, the toy maker)."""
    k = SPACE_BY_CJK.sub("", key(s).replace("・", ""))
    return k.translate(KANJI_VARIANTS) if len(k) >= 3 else k


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", nfkc(s)).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# ---------------------------------------------------------------------------------------------- word lists
class Words:
    def __init__(self) -> None:
        self.common: set[str] = set()
        self.proper: set[str] = set()
        self.lower: set[str] = set()  # entries written in lower case (common words) in any list
        en_upper: set[str] = set()
        self.versions: dict[str, str] = {}
        self.accented: dict[str, dict[str, set[str]]] = {}  # per language: word without accents -> words
        self.plain: dict[str, set[str]] = {}  # per language: words written without accents
        self.english: set[str] = set()
        missing = []
        for lang, paths in WORD_LISTS.items():
            for p in paths:
                path = Path(p)
                if not path.exists():
                    missing.append(p)
                    continue
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                    w = line.strip()
                    if not w or "'" in w:
                        continue
                    folded = w.casefold()
                    if lang == "en":
                        self.english.add(folded)
                    plain = strip_accents(folded)
                    if plain != folded and lang != "en":
                        self.accented.setdefault(lang, {}).setdefault(plain, set()).add(folded)
                    elif lang != "en":
                        self.plain.setdefault(lang, set()).add(folded)
                    if not w[0].isupper():
                        self.lower.add(folded)
                    elif lang == "en":
                        en_upper.add(folded)
                    # German nouns are capitalised: every German entry is a common word.
                    if lang == "de" or not w[0].isupper():
                        self.common.add(folded)
                    else:
                        self.proper.add(folded)
        if missing:
            sys.exit("word lists missing: " + ", ".join(missing)
                     + "\ninstall them with: apt-get install -y wamerican wbritish wngerman wfrench wspanish")
        self.proper -= self.common
        # names English dictionaries carry only capitalised (Enron, Kmart, Compaq, Xerox): brands and places
        self.en_proper_only = en_upper - self.lower

    def accent(self, token: str, lang: str) -> str | None:
        """The one spelling with accents the language's word list has for an unaccented token ('Telefonica' ->
        'Telefónica' in Spanish, 'Societe' -> 'Société' in French), in the token's case; None when there is none,
        several, or the token is itself a word of that language."""
        folded = token.casefold()
        if (not folded.isascii() or not folded.isalpha() or folded in self.plain.get(lang, set())
                or folded in self.english):
            return None  # "Events", "Real Estate", "Asset" in a French or German name are English
        cands = self.accented.get(lang, {}).get(folded, set())
        if len(cands) != 1:
            return None
        word = next(iter(cands))
        if token.isupper() and len(token) > 1:
            return word.upper()
        return word[:1].upper() + word[1:] if token[:1].isupper() else word

    def is_word(self, token: str) -> bool:
        t = token.casefold()
        return t in self.common or t in self.proper


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def umlaut_plain(s: str) -> str:
    """German 'ae'/'oe'/'ue' written for 'ä'/'ö'/'ü' before a consonant: 'Spruengli' = 'Sprungli' (Sprüngli),
    'Baer' = 'Bar' (Bär); 'Cannae' keeps its 'ae'."""
    return re.sub(r"(?<=[a-z])([aou])e(?=[b-df-hj-np-tv-z])", r"\1", s)


def plain_key(name: str) -> str:
    """The legal name without its legal form, accents, German umlaut spellings and punctuation ('Air France-Klm' =
    'AIR FRANCE - KLM'; 'Cell Source' is not 'CellSource')."""
    s = umlaut_plain(strip_accents(key(strip_legal(name) or name))).replace("'", "")
    return " ".join(re.sub(r"[^\w]", " ", s).split())


# The language whose word list restores the accents an exchange list drops ("Telefonica" -> "Telefónica").
COUNTRY_LANG = {"FR": "fr", "BE": "fr", "LU": "fr", "MC": "fr", "ES": "es", "MX": "es", "AR": "es", "CL": "es",
                "CO": "es", "PE": "es", "DE": "de", "AT": "de"}


def accented_variant(name: str, lang: str, words: "Words") -> str | None:
    """'Red Electrica' -> 'Red Eléctrica', 'Societe Generale' -> 'Société Générale': every token of an
    unaccented Latin name that the word list of the company's language knows only with accents gets them."""
    if not name.isascii():
        return None
    if len([t for t in tokens(name) if re.sub(r"[^\w]", "", t).casefold() not in LEGAL_TAIL]) < 2:
        return None  # a one-word name is a coined brand ("Coface" is not the rare French word "cofacé")
    out = []
    for w in name.split(" "):
        m = re.fullmatch(r"([^\w]*)(\w+)([^\w]*)", w)
        fixed = words.accent(m.group(2), lang) if m else None
        out.append(m.group(1) + fixed + m.group(3) if fixed else w)
    variant = " ".join(out)
    return variant if variant != name else None


def read_names(fname: str) -> set[str]:
    """US Census 1990 name lists: the 5,000 most frequent surnames ("Hayward", "Rollins", "Schwab" alone are
    people) and the given names ("Charles Schwab" is a person's name as often as a firm's)."""
    text = (SOURCES / fname).read_text(encoding="utf-8")
    return {w.strip().casefold() for w in text.splitlines() if w.strip()}


class IpaDic:
    """Japanese words of IPADIC: common nouns (サポート, トンボ, 動力), places and person names (アルプス), and
    the organisation names it knows (ゲオ, 極洋, ワールド)."""

    ENTRY = re.compile(r"見出し語 \((\S+) \d+\)")

    def __init__(self) -> None:
        if not IPADIC_DIR.exists():
            sys.exit(f"{IPADIC_DIR} missing; install it with: apt-get install -y ipadic-common")
        self.common = self._load(IPADIC_COMMON)
        self.place_person = self._load(IPADIC_PLACE_PERSON)
        self.org = self._load(IPADIC_ORG)

    def _load(self, files: list[str]) -> set[str]:
        words: set[str] = set()
        for f in files:
            for m in self.ENTRY.finditer((IPADIC_DIR / f).read_text(encoding="utf-8", errors="replace")):
                words.add(nfkc(m.group(1)))
        return words


# --------------------------------------------------------------------------------------------- name rules
def title_case(name: str) -> str:
    """ALL-CAPS filer names -> capitalised words; short vowel-less words stay acronyms (CSX, HSBC, KKR)."""
    if re.search(r"[a-z]", name):
        return name
    out = []
    for w in name.split(" "):
        letters = re.sub(r"[^A-Z]", "", w)
        if not letters or any(ch.isdigit() for ch in w) or "&" in w and len(w) <= 5:
            out.append(w)
        elif len(letters) <= 4 and not re.search(r"[AEIOUY]", letters):
            out.append(w)
        elif len(letters) <= 2:
            out.append(w)
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def clean_filer_name(raw: str) -> str:
    """SEC filer names: drop state/ADR tails such as '/DE/', '\\DE\\', '/NEW', '/ADR', ' / MA'."""
    s = nfkc(raw)
    if s.upper().endswith(" A/S"):
        return title_case(s)
    for _ in range(3):
        s2 = re.sub(r"\s*[/\\]\s*[A-Za-z .]{0,14}[/\\]?\s*$", "", s).strip()
        if s2 == s or not s2:
            break
        s = s2
    s = re.sub(r"\s+", " ", s).strip(" ,")
    return title_case(s)


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s]+", name) if t]


LEGAL_HEAD_PHRASE = re.compile(r"^(public |open |closed )?(joint[- ]stock company|pjsc|ojsc|oao|pao)\s+",
                               re.IGNORECASE)


def spaced(name: str) -> str:
    """'Co.,Ltd.' -> 'Co., Ltd.', 'Utilities(Group)' -> 'Utilities (Group)': glued legal forms become words."""
    name = re.sub(r",(?=[A-Za-z])", ", ", name)
    return re.sub(r"(?<=[A-Za-z])\((?=[A-Za-z])", " (", name)


def strip_legal(name: str) -> str:
    name = spaced(LEGAL_HEAD_PHRASE.sub("", name))
    for _ in range(3):
        shorter = LEGAL_TAIL_PHRASE.sub("", name)
        if shorter == name or not shorter.strip():
            break
        name = shorter
    toks = tokens(name)
    def bare(t: str) -> str:
        if GERMAN_FORM_WORD.match(t.strip(".,")):
            return "ag"
        return re.sub(r"[.,()]", "", t).casefold()
    while toks and bare(toks[0]) in LEGAL_HEAD:
        toks = toks[1:]
    while len(toks) > 1 and (bare(toks[-1]) in LEGAL_TAIL or bare(toks[-1]) == ""):
        toks = toks[:-1]
    # "Procter & Gamble Co" -> "Procter & Gamble"; "Johnson & Johnson" stays.
    short = " ".join(toks).strip(" ,-&")
    return short


# Last words of titles that English writes with a leading article ("The New York Times", "The Economist").
PUBLICATION_TAIL = {"times", "post", "journal", "herald", "telegraph", "guardian", "tribune", "gazette",
                    "chronicle", "economist", "observer", "independent", "inquirer", "examiner", "register",
                    "mirror", "globe"}


def the_variant(legal: str, short: str) -> str | None:
    """'The New York Times' for 'New York Times Co': publications take the article, and so does a name of two or
    more words whose legal form starts with 'The' ('The Home Depot'); the tagger then matches the whole span."""
    toks = tokens(short)
    if not toks or toks[0].casefold() == "the":
        return None
    last = re.sub(r"[^\w]", "", toks[-1]).casefold()
    if last in PUBLICATION_TAIL or (len(toks) >= 2 and tokens(legal)[:1] and tokens(legal)[0].casefold() == "the"):
        return "The " + short
    return None


# Sector words a name ends with that news often leaves out ("Qantas Airways" -> "Qantas", "Siebel Systems").
DESCRIPTOR_TAIL = {"airways", "airlines", "motors", "motor", "systems", "technologies", "pharmaceuticals",
                   "telecom", "telecommunications", "communications", "networks", "software", "electronics",
                   "stores", "computer", "computers", "brands", "entertainment", "petroleum", "steel",
                   "energy", "sistemas"}


def head_alias(short: str) -> str | None:
    """'Qantas Airways' -> 'Qantas': a two-word short name whose second word is a sector word gives its first
    word as an alias (the name rules then decide whether that word may stand alone)."""
    toks = tokens(short)
    if len(toks) == 2 and re.sub(r"[^\w]", "", toks[1]).casefold() in DESCRIPTOR_TAIL \
            and len(re.sub(r"[^\w]", "", toks[0])) >= 4:
        return toks[0]
    return None


# Words that start the description in a Spanish or Portuguese legal name ("Atresmedia Corporacion de Medios de
# Comunicacion", "Prosegur Compania de Seguridad", "ENCE Energia y Celulosa"): news writes the name before them.
DESCRIPTION_HEAD = {"compania", "compañia", "compañía", "companhia", "corporacion", "corporación", "actividades",
                    "energia", "energía", "sociedad"}


CONNECTIVES = {"de", "del", "da", "do", "dos", "das", "di", "y", "e", "et", "des", "du", "la", "el"}


def description_head(short: str) -> str | None:
    toks = tokens(short)
    for i, t in enumerate(toks[1:], start=1):
        if re.sub(r"[^\w]", "", t).casefold() in DESCRIPTION_HEAD and i < len(toks) - 1:
            head = " ".join(toks[:i]).strip(" ,-")
            words = [re.sub(r"[^\w]", "", w).casefold() for w in tokens(head)]
            if words and words[0] not in DESCRIPTION_HEAD and words[-1] not in CONNECTIVES:
                return head
            return None
    return None


SPACED_DASH = re.compile(r"\s[-\u2013]\s")


def dash_parts(short: str) -> list[str]:
    """'Petroleo Brasileiro S.A. - Petrobras' -> ['Petrobras'], 'A.P. Moller - Maersk' -> ['Maersk']: a register
    name that joins the company's own one-word name and a description with a spaced dash; news writes the one
    word. The first part of one word with four letters or more only ('Conduril - Engenharia': the second is the
    sector); the name rules then judge it ('Canada' of 'Air North Charter - Canada' is a place, a micro cap's word
    needs evidence)."""
    parts = SPACED_DASH.split(short)
    if len(parts) < 2:
        return []
    for part in parts:
        part = strip_legal(part.strip()) or part.strip()
        if len(tokens(part)) == 1 and latin_letters(part) >= 4:
            return [part]
    return []


GROUP_SECTOR_TAIL = {"bank"}


def group_variants(short: str) -> list[str]:
    """'Erste Group Bank' -> 'Erste Group' and 'Erste Bank': a bank that put "Group" into its legal name is
    written with either word; 'Banco de Sabadell' -> 'Banco Sabadell' (the rules below then judge each name)."""
    toks = tokens(short)
    if len(toks) >= 3 and toks[-2].casefold() == "group" and toks[-1].casefold() in GROUP_SECTOR_TAIL:
        return [" ".join(toks[:-1]), " ".join(toks[:-2] + toks[-1:])]
    if len(toks) == 3 and toks[0] == "Banco" and toks[1] == "de":
        return ["Banco " + toks[2]]  # "Banco de Sabadell" is written "Banco Sabadell"
    return []


UPPER_WORD = re.compile(r"[A-ZÄÖÜ]{5,}")
ASIAN_SOURCES = {"jpx", "krx", "cn", "tw", "edinet", "dart", "ipadic", "sasac"}
ASIAN_COUNTRIES = {"JP", "KR", "CN", "TW", "HK"}


def capitalised_variant(name: str) -> str | None:
    """'BAWAG' -> 'Bawag', 'PIERER Mobility' -> 'Pierer Mobility': an exchange list writes some names in capitals
    that news writes as words; an acronym is only matched in capitals, so the word form is a variant. Words of
    five or more letters with a vowel and a consonant only (OMV, HSBC, PORR stay: four capitals are an
    acronym as often as a name: AOKI, KUKA, USAA)."""
    out = []
    for w in name.split(" "):
        if UPPER_WORD.fullmatch(w) and re.search(r"[AEIOUÄÖÜ]", w) and re.search(r"[^AEIOUYÄÖÜ]", w):
            out.append(w[0] + w[1:].lower())
        else:
            out.append(w)
    variant = " ".join(out)
    return variant if variant != name else None


# Three-letter codes that are not a company's name even when a large company is called so: currencies and the
# exchange and market codes news writes (SSE is the Shanghai Stock Exchange as often as SSE plc).
NOT_A_COMPANY_CODE = {
    "usd", "eur", "gbp", "jpy", "chf", "cny", "rmb", "hkd", "krw", "aud", "cad", "sek", "nok", "dkk", "inr", "rub",
    "brl", "mxn", "zar", "try", "pln", "czk", "huf", "sgd", "twd", "nzd", "thb", "idr", "myr", "php", "ils", "sar",
    "aed", "usa", "uae", "eu", "lse", "sse", "nse", "bse", "asx", "tsx", "sgx", "jse", "szse", "krx", "tse", "otc",
    "ipo", "ceo", "cfo", "gdp", "eps", "etf", "atx", "dax", "cac", "ftse", "smi", "ibex", "mib", "kospi",
    # abbreviations news uses for other things than the large company of that name (reviewed on the candidates
    # of 2026.12.04-6): computer graphics, GPT models, a law degree, French "président-directeur général", net
    # interest income, parts per billion, development banks, associations, conferences, parties, people
    "cgi", "gpt", "llb", "pdg", "nii", "ppb", "idb", "acs", "apa", "acc", "aoc", "mdc", "gds", "chs", "ncc", "mmi",
    "gam", "ona", "dsg", "egl", "fhp", "rgi", "ccr", "omz", "cic",
}


def acronym_name(short: str, words: "Words") -> bool:
    """A large company whose legal name is a three-letter acronym and its legal form ('OMV Aktiengesellschaft',
    'AES Corp') is written by the acronym alone: kept when it is no word of the dictionaries, currency or exchange
    code. Only for the largest companies (Fortune 500, Forbes Global 2000, Mega/Large caps)."""
    return (bool(re.fullmatch(r"[A-Z]{3}", short)) and not words.is_word(short)
            and short.casefold() not in NOT_A_COMPANY_CODE and short.casefold() not in GENERIC)


def latin_letters(s: str) -> int:
    return sum(1 for ch in s if ch.isalpha() and ord(ch) < 0x250)


def is_latin(s: str) -> bool:
    return not CJK.search(s) and not HANGUL.search(s)


class NameJudge:
    """Decides whether a name may be an alias, and whether it makes its company ambiguous."""

    def __init__(self, words: Words, ipadic: IpaDic, kana_generic: set[str], surnames: set[str],
                 given: set[str]) -> None:
        self.words = words
        self.surnames = surnames
        self.given = given
        self.ipadic = ipadic
        self.kana_generic = kana_generic

    def latin(self, name: str, full: bool, big: bool = False) -> tuple[bool, bool]:
        """(keep, ambiguous) for a Latin-script name; full=True for a listed/legal name; big=True for a name from a
        list of the largest companies (Fortune 500, Forbes Global 2000, large and mid caps), where a word the
        dictionaries carry only capitalised (a proper noun or a German noun never written in lower case in
        en/fr/es) is the company as often as not (Enron, Kmart, Gazprom): kept, ambiguous."""
        if latin_letters(name) < 3:
            return False, False
        toks = [re.sub(r"[^\w&'-]", "", t).casefold() for t in tokens(name)]
        toks = [t for t in toks if t]
        if not toks:
            return False, False
        content = [t for t in toks if t not in LEGAL_TAIL and t not in LEGAL_HEAD]
        if not content:
            return False, False
        if all(t in GENERIC or t.isdigit() for t in content):
            # a name made only of generic words: a full legal name with its form is still specific enough
            return (full and any(t in LEGAL_TAIL and t not in NOT_A_FORM for t in toks)), True
        has_form = any(t in LEGAL_TAIL and t not in NOT_A_FORM for t in toks)
        if len(content) == 1 and re.fullmatch(r"[A-Z0-9&]{2,3}", name.strip()):
            return False, False  # "ADT", "NSW", "IHS": three-letter acronyms mean too many things
        if len(content) == 1 and len(re.sub(r"[^\w]", "", content[0])) <= 3:
            return has_form, False  # "Ald", "Oci": a three-letter short name only with its legal form
        if any(t in SPORTS for t in content) or (len(content) >= 2 and content[-1] == "united"):
            return False, False  # "Manchester United", "Atlanta Braves": clubs are not companies
        if len(content) == 1:
            word = content[0]
            if (big and self.words.is_word(word) and word not in self.words.lower and word not in self.surnames
                    and word not in self.given and word not in GENERIC and word not in SPORTS):
                return True, True
            if self.words.is_word(word) or word in GENERIC or word in self.surnames:
                # "Rollins", "Sky", "Washington", "Post": alone they are words, places or people. Only the
                # legal name with its form ("Rollins Inc") is kept, and it carries its own evidence.
                return has_form, False
        if len(content) == 2 and (all(t in self.words.proper for t in content)
                                  or (content[0] in self.given and content[1] in self.surnames)):
            if big:
                return True, True  # "Merrill Lynch" on a list of the largest companies: the firm, with evidence
            return has_form, False  # "Charles Schwab"-like: a person's name as often as the firm
        if content[-1] in PLACE_TAIL:
            return has_form, False  # "Orange County", "Silicon Valley": places
        return True, False

    def cjk(self, name: str, lang: str, full: bool) -> tuple[bool, bool]:
        """(keep, ambiguous) for a Japanese, Chinese or Korean name; full=False for a derived short name."""
        keep, amb = self._cjk_length(name, lang, full)
        if not keep or lang == "ko":
            return keep, amb
        word = nfkc(name)
        if word in self.ipadic.common:
            # a Japanese word (サポート, 動力, トンボ): only an organisation IPADIC knows stays, with evidence
            return word in self.ipadic.org and lang == "ja", True
        if word in self.kana_generic:
            return False, False  # a kana word many listed names end with (イノベーション, サポート)
        if word in self.ipadic.place_person:
            return lang == "ja", True  # a place or a person's name (アルプス)
        return keep, amb

    @staticmethod
    def _cjk_length(name: str, lang: str, full: bool) -> tuple[bool, bool]:
        core = re.sub(r"[\s・･]", "", name)
        n = len(core)
        if lang == "ko" and core in KO_GENERIC:
            return False, False
        if lang == "ko":
            # two syllables are mostly words (대상 "target", 전방 "front"); short names need three or more
            return n >= 3 if full else n >= 4, n <= 3
        if KANA.match(core):
            # short kana names are loanwords or words (ゼロ, コア, デジタル, オープン): listed names need 4+
            # kana (ambiguous up to 5); a name derived by dropping ホールディングス needs 5+ (its long form is listed)
            if not full:
                return n >= 5, False
            return n >= 4, n <= 5
        if lang == "zh":
            return n >= 3, n <= 3
        return n >= 2, n <= 2


# ---------------------------------------------------------------------------------------------- records
class Rec:
    def __init__(self, source: str, native: str, country: str | None) -> None:
        self.source = source
        self.native = native
        self.country = country
        self.name = ""
        self.full: dict[str, list[str]] = {}
        self.short: dict[str, list[str]] = {}
        self.former: dict[str, list[str]] = {}
        self.tickers: list[tuple[str, str]] = []
        self.industry: str | None = None
        self.ambiguous = False
        self.id = ""
        self.merge_tickers: list[tuple[str, str]] = []  # listings used to find the curated twin, not emitted
        self.merge_into: str | None = None
        self.aliases: dict[str, list[str]] = {}
        self.former_out: dict[str, list[str]] = {}
        self.big = source == "fortune"  # from a list of the largest companies (set for large caps too)
        self.large = source == "fortune"  # Fortune 500, Forbes Global 2000, Mega/Large caps: may keep an acronym
        self.foreign_filer = False  # an SEC filer of unknown country (OTC, foreign filer)
        self.heads: set[str] = set()  # short names cut from a longer name ("Qantas" of "Qantas Airways")
        self.curated_twin: str | None = None  # carries twin spellings of this curated company's names only
        self.twins: set[str] = set()  # twin spellings of a register or dictionary added to this record
        self.micro = False  # only micro and nano caps: a one-word short name is coined as often as a word
        self.late = False  # added by a later snapshot: gets its id after the companies of earlier ones

    def add(self, kind: dict[str, list[str]], lang: str, name: str) -> None:
        name = nfkc(name)
        if name and name not in kind.setdefault(lang, []):
            kind[lang].append(name)


def us_country(name: str, exchange: str | None) -> str | None:
    if exchange in (None, "OTC"):
        return None
    if re.search(r"\b(PLC|N\.?V\.?|S\.?A\.?|AG|SE|ASA|A/S|AB|S\.?P\.?A\.?|LTD|LIMITED|SAB|KK|TBK|OYJ|ADR|ADS|"
                 r"SOCIEDAD AN[OÓ]NIMA)\b",
                 name, re.IGNORECASE):
        return None
    return "US"


def read_sec() -> list[Rec]:
    new = json.loads((SOURCES / "sec-company-tickers-exchange-2025.json").read_text(encoding="utf-8"))
    olds = [json.loads((SOURCES / f).read_text(encoding="utf-8"))
            for f in ("sec-company-tickers-2023.json", "sec-company-tickers-2022.json", "sec-company-tickers-2021.json")]
    exch_map = {"Nasdaq": "NASDAQ", "NYSE": "NYSE", "OTC": "OTC", "CBOE": "CBOE"}
    by_cik: dict[int, dict] = {}
    for cik, name, ticker, exchange in new["data"]:
        e = by_cik.setdefault(cik, {"names": [], "tickers": [], "exchanges": []})
        if name not in e["names"]:
            e["names"].append(name)
        if ticker and valid_us_ticker(ticker) and exchange in exch_map:
            t = (exch_map[exchange], ticker.upper())
            if t not in e["tickers"]:
                e["tickers"].append(t)
        e["exchanges"].append(exch_map.get(exchange))
    old_by_cik: dict[int, list[str]] = {}  # newest snapshot first
    for old in olds:
        for row in old.values():
            titles = old_by_cik.setdefault(int(row["cik_str"]), [])
            if row["title"] not in titles:
                titles.append(row["title"])
    recs = []
    for cik in sorted(set(by_cik) | set(old_by_cik)):
        e = by_cik.get(cik)
        names = e["names"] if e else old_by_cik[cik][:1]
        raw = names[0]
        if FUND_NAME.search(raw) or re.search(r"\bTRUST$", raw.strip(), re.IGNORECASE):
            continue
        listed = e is not None
        if listed and not e["tickers"] and all(x is None for x in e["exchanges"]):
            pass  # a filer without a listing venue stays in (no ticker)
        exch = next((x for x in (e["exchanges"] if e else []) if x), None)
        r = Rec("sec", str(cik), us_country(raw, exch))
        r.foreign_filer = r.country is None
        legal = clean_filer_name(raw)
        r.name = strip_legal(legal) or legal
        r.add(r.full, "en", legal)
        dotted = dotted_form(legal)
        if dotted:
            r.add(r.full, "en", dotted)
        short = strip_legal(legal)
        if short and key(short) != key(legal):
            r.add(r.short, "en", short)
        the = the_variant(legal, short)
        if the:
            r.add(r.short, "en", the)
        r.tickers = e["tickers"] if e else []
        for old_name in old_by_cik.get(cik, []):
            old_legal = clean_filer_name(old_name)
            if key(strip_legal(old_legal)) != key(short) and not FUND_NAME.search(old_name):
                r.add(r.former, "en", old_legal)
                old_short = strip_legal(old_legal)
                if old_short and key(old_short) != key(old_legal):
                    r.add(r.former, "en", old_short)
        recs.append(r)
    return recs


def dotted_form(legal: str) -> str | None:
    """'Gap Inc' -> 'Gap Inc.': filer names drop the period that articles write."""
    m = re.search(r"\b(Inc|Corp|Co|Ltd|Cos|Bancorp Inc)$", legal)
    return legal + "." if m else None


def valid_us_ticker(t: str) -> bool:
    t = t.upper()
    if re.search(r"-(P[A-Z]?|WT|WS|W|U|UN|R|RT|RI)$", t) or "-P" in t:
        return False  # preferred shares, warrants, units, rights
    if len(t) == 5 and t[-1] in "WUR" and "-" not in t:
        return False  # NASDAQ fifth-letter codes for warrants, units, rights
    return bool(re.fullmatch(r"[A-Z0-9.\-]{1,8}", t))


def jpx_short(name: str) -> str:
    for tail in JA_TAIL:
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[: -len(tail)].rstrip("・ ")
    return name


def read_jpx_file(fname: str) -> dict[str, dict]:
    rows = {}
    with open(SOURCES / fname, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            market = row["市場・商品区分"]
            if any(m in market for m in JA_FUND_MARKETS) or row["33業種コード"].strip() in ("-", ""):
                continue
            code = nfkc(row["コード"]).upper()
            if len(code) != 4 or re.search(r"種類株式|優先株|社債|投資証券|受益証券", row["銘柄名"]):
                continue  # preferred shares and bond-like classes (five-character codes)
            rows[code] = {"name": nfkc(row["銘柄名"]), "foreign": "外国株式" in market,
                          "industry": JPX_SECTOR17.get(row["17業種コード"].strip())}
    return rows


def read_jpx() -> list[Rec]:
    """The 2025 list gives listed companies; the 2023 list adds companies delisted since (no ticker) and the
    old name of a code whose name changed (former_names)."""
    new = read_jpx_file("jpx-data-j-20251031.csv")
    old = read_jpx_file("jpx-data-j-20230428.csv")
    recs = []
    for code in sorted(set(new) | set(old)):
        row = new.get(code) or old[code]
        name = row["name"]
        r = Rec("jpx", code, None if row["foreign"] else "JP")
        r.name = name
        r.add(r.full, "ja", name)
        short = jpx_short(name)
        if short != name:
            r.add(r.short, "ja", short)
        r.tickers = [("TSE", code)] if code in new else []
        r.industry = row["industry"]
        if code in new and code in old and key(old[code]["name"]) != key(name):
            r.add(r.former, "ja", old[code]["name"])
            old_short = jpx_short(old[code]["name"])
            if old_short != old[code]["name"]:
                r.add(r.former, "ja", old_short)
        recs.append(r)
    return recs


def read_krx() -> list[Rec]:
    industries = {}
    with open(SOURCES / "kospi-companies-2025.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            industries[row["ticker"].split(".")[0]] = row["industry"]
    recs = []
    with open(SOURCES / "krx-list-2025.csv", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            code = row["종목코드"].split(".")[0].strip()
            name = nfkc(row["회사명"])
            if not code or KO_DROP.search(name):
                continue
            r = Rec("krx", code, "KR")
            r.name = name
            r.add(r.full, "ko", name)
            for tail in KO_TAIL:
                if name.endswith(tail) and len(name) - len(tail) >= 3:
                    r.add(r.short, "ko", name[: -len(tail)].strip())
                    break
            r.tickers = [("KRX", code)]
            ind = industries.get(code, "")
            r.industry = next((v for k, v in KO_SECTOR if k in ind), None)
            recs.append(r)
    return recs


def read_cn() -> list[Rec]:
    recs = []
    with open(SOURCES / "cn-a-share-stock-basic-2023.csv", encoding="gbk", newline="") as f:  # BaoStock writes GBK
        for row in csv.DictReader(f):
            if row["type"] != "1":
                continue
            market, code = row["code"].split(".")
            name = nfkc(row["code_name"])
            name = re.sub(r"^(退市|\*?ST|S\*?ST|SST|S(?=[\u4e00-\u9fff])|XD|XR|DR)", "", name)
            name = re.sub(r"[AB]$", "", name).strip()
            if not name or re.search(r"(转债|退$|债$)", name):
                continue
            delisted = bool(row["outDate"].strip())
            r = Rec("cn", code, "CN")
            r.name = name
            r.add(r.full, "zh", name)
            if not delisted:
                r.tickers = [("SSE" if market == "sh" else "SZSE", code)]
            recs.append(r)
    return recs


def read_tw() -> list[Rec]:
    recs = []
    with open(SOURCES / "tw-stock-list-20251202.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            sym = row["symbol"].strip()
            if not re.fullmatch(r"[1-9]\d{3}", sym):
                continue  # ETFs (00xx), warrants, bonds
            name = nfkc(row["name"])
            if re.search(r"ETF|債|指數|存託|特$|甲$|乙$", name):
                continue
            r = Rec("tw", sym, "TW")
            base = re.sub(r"-(KY|DR)$", "", name)
            r.name = base
            r.add(r.full, "zh", base)
            for a in (row["aliases"] or "").split("|"):
                a = nfkc(a)
                if not a or a == base:
                    continue
                r.add(r.short, "en" if is_latin(a) else "zh", a)
            # no ticker: the snapshot does not say whether a code trades on TWSE or TPEx
            r.tickers = []
            r.merge_tickers = [("TWSE", sym), ("TPEX", sym)]
            recs.append(r)
    return recs


def kana_generic_words(recs: list[Rec]) -> set[str]:
    """Kana words that end or sit inside at least two other listed Japanese names (〜サポート, 〜イノベーション):
    vocabulary, not a name. A group name is a prefix (トヨタ紡織), so prefixes do not count."""
    names = sorted({n for r in recs if r.source == "jpx" for n in r.full.get("ja", [])})
    kana = [n for n in names if KANA.match(n) and len(n) >= 3]
    found = set()
    for w in kana:
        hits = 0
        for other in names:
            if other != w and w in other and not other.startswith(w):
                hits += 1
                if hits >= 2:
                    found.add(w)
                    break
    return found


# ------------------------------------------------------------------------------- FinanceDatabase, Fortune
COUNTRY_ISO = {
    "Argentina": "AR", "Australia": "AU", "Austria": "AT", "Barbados": "BB", "Belgium": "BE", "Bermuda": "BM",
    "Brazil": "BR", "British Virgin Islands": "VG", "Cambodia": "KH", "Canada": "CA", "Cayman Islands": "KY",
    "Chile": "CL", "China": "CN", "Colombia": "CO", "Cyprus": "CY", "Czech Republic": "CZ", "Denmark": "DK",
    "Estonia": "EE", "Finland": "FI", "France": "FR", "Gabon": "GA", "Georgia": "GE", "Germany": "DE",
    "Greece": "GR", "Guernsey": "GG", "Hong Kong": "HK", "Hungary": "HU", "Iceland": "IS", "India": "IN",
    "Indonesia": "ID", "Ireland": "IE", "Isle of Man": "IM", "Israel": "IL", "Italy": "IT", "Japan": "JP",
    "Jersey": "JE", "Kazakhstan": "KZ", "Liechtenstein": "LI", "Luxembourg": "LU", "Macau": "MO",
    "Malaysia": "MY", "Malta": "MT", "Mauritius": "MU", "Mexico": "MX", "Monaco": "MC", "Mongolia": "MN",
    "Morocco": "MA", "Netherlands": "NL", "Netherlands Antilles": "AN", "New Zealand": "NZ", "Norway": "NO",
    "Papua New Guinea": "PG", "Peru": "PE", "Poland": "PL", "Portugal": "PT", "Russia": "RU", "Singapore": "SG",
    "South Africa": "ZA", "South Korea": "KR", "Spain": "ES", "Sweden": "SE", "Switzerland": "CH",
    "Taiwan": "TW", "Thailand": "TH", "Turkey": "TR", "United Arab Emirates": "AE", "United Kingdom": "GB",
    "Uruguay": "UY", "Vietnam": "VN",
}
# FinanceDatabase exchange code -> (exchange as the knowledge base writes it, home countries of its listings).
FD_EXCHANGE = {
    "LSE": ("LSE", {"GB", "IE", "JE", "GG", "IM"}), "GER": ("XETRA", {"DE"}), "PAR": ("EPA", {"FR"}),
    "AMS": ("AMS", {"NL"}), "BRU": ("EBR", {"BE"}), "LIS": ("ELI", {"PT"}), "ISE": ("EURONEXT-DUBLIN", {"IE"}),
    "MCE": ("BME", {"ES"}), "MIL": ("BIT", {"IT"}), "VIE": ("WBAG", {"AT"}), "EBS": ("SWX", {"CH", "LI"}),
    "STO": ("STO", {"SE"}), "HEL": ("HEL", {"FI"}), "CPH": ("CPH", {"DK"}), "OSL": ("OSL", {"NO"}),
    "HKG": ("HKEX", {"HK", "CN", "MO"}), "NSE": ("NSE", {"IN"}), "BSE": ("BSE", {"IN"}), "ASX": ("ASX", {"AU"}),
    "TOR": ("TSX", {"CA"}), "SES": ("SGX", {"SG"}), "SAO": ("B3", {"BR"}), "MEX": ("BMV", {"MX"}),
    "JNB": ("JSE", {"ZA"}), "MCX": ("MOEX", {"RU"}), "IST": ("BIST", {"TR"}), "TLV": ("TASE", {"IL"}),
    "SET": ("SET", {"TH"}), "KLS": ("BURSA", {"MY"}), "JKT": ("IDX", {"ID"}), "NZE": ("NZX", {"NZ"}),
    "ATH": ("ATHEX", {"GR"}), "PRA": ("PSE", {"CZ"}), "BUD": ("BET", {"HU"}),
    "BUE": ("BCBA", {"AR"}), "SGO": ("BCS", {"CL"}),
}
# The second FinanceDatabase snapshot: micro and nano caps of the European exchanges and every class of Buenos
# Aires and Santiago (companies of Spanish-, French-, German- and Italian-language local news).
FD_FILES = ["financedatabase-equities-2026.tsv", "financedatabase-equities-micro-latam-2026.tsv"]
# Asian exchanges whose listings the native lists already hold: FinanceDatabase adds their English names.
FD_NATIVE = {"JPX": "jpx", "KSC": "krx", "KOE": "krx", "SHH": "cn", "SHZ": "cn", "TAI": "tw", "TWO": "tw"}
FD_SECTOR = {"Energy": "energy", "Materials": "materials", "Utilities": "utilities", "Real Estate": "real-estate",
             "Health Care": "pharma", "Information Technology": "electronics", "Financials": "financials",
             "Communication Services": "telecom", "Consumer Discretionary": "consumer",
             "Consumer Staples": "consumer", "Industrials": "machinery"}
FD_INDUSTRY = [("Banks", "banking"), ("Software", "it-services"), ("IT Services", "it-services"),
               ("Media", "media"), ("Entertainment", "media"), ("Automobile", "automotive"),
               ("Retail", "retail"), ("Food", "food"), ("Beverages", "food"), ("Transportation", "transport"),
               ("Airlines", "transport"), ("Construction", "construction"), ("Metals", "metals"),
               ("Trading Companies", "trading")]
# Abbreviated exchange-feed names ("STELLANTIS NV  EO -,01", "COSMO PHARMACEUT."): not names to write.
FD_FEED_NAME = re.compile(r"\b(EO|DL|SF|NK|SK|DK|LS|HD|YN)\s*[-,.0-9]|\s{2,}")


def fd_name(raw: str) -> str | None:
    name = re.sub(r"\s+", " ", nfkc(raw)).strip(" ,")
    if FD_FEED_NAME.search(raw) or FUND_NAME.search(name):
        return None
    if re.search(r"\b(REIT|Real Estate Investment Trust|Investment Trust|Fund|GDR|ADR|Sponsored|Depositary)\b",
                 name, re.IGNORECASE):
        return None
    return name


def fd_industry(sector: str, industry: str) -> str | None:
    hit = next((v for k, v in FD_INDUSTRY if k in industry), None)
    return hit or FD_SECTOR.get(sector)


def join_share_classes(groups: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows of one company under several ISINs (share classes, participation certificates: 'Chocoladefabriken
    Lindt & Spruengli AG' and '... AG Partizipsch.') or written with and without accents on two exchanges
    ('Wüstenrot & Württembergische AG', 'Wustenrot & Wurttembergische AG') are one company when their names are the
    same without the legal form and accents, in the same country."""
    parent = {g: g for g in groups}

    def find(g: str) -> str:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g
    by_name: dict[str, str] = {}
    for g in sorted(groups):
        for row in groups[g]:
            nk = f"{row['cc']}:{strip_accents(key(strip_legal(row['name']) or row['name']))}"
            if nk in by_name:
                a, b = sorted((find(by_name[nk]), find(g)))
                parent[b] = a
            else:
                by_name[nk] = g
    joined: dict[str, list[dict]] = {}
    for g in sorted(groups):
        joined.setdefault(find(g), []).extend(groups[g])
    return joined


def read_fd() -> tuple[list[Rec], list[tuple[str, str, str, str | None, str]]]:
    """FinanceDatabase equities (Mega/Large/Mid/Small cap, companies outside the US): companies of European,
    Indian, Hong Kong, Australian, Canadian... exchanges, and English names for the Asian listings the native
    lists hold (returned as (source, code, name, industry, country) to attach to those records)."""
    groups: dict[str, list[dict]] = {}
    english: list[tuple[str, str, str, str | None, str]] = []
    for fname in FD_FILES:
        with open(SOURCES / fname, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                name = fd_name(row["name"])
                country = COUNTRY_ISO.get(row["country"])
                if not name or not country:
                    continue
                symbol = row["symbol"].rsplit(".", 1)[0].upper()
                industry = fd_industry(row["sector"], row["industry"])
                if row["exchange"] in FD_NATIVE:
                    english.append((FD_NATIVE[row["exchange"]], symbol, name, industry, country))
                    continue
                if row["exchange"] not in FD_EXCHANGE:
                    continue
                row = dict(row, name=name, cc=country, sym=symbol, ind=industry, late=fname != FD_FILES[0])
                gkey = row["isin"].strip() or f"{country}:{key(strip_legal(name) or name)}"
                groups.setdefault(gkey, []).append(row)
    groups = join_share_classes(groups)
    recs = []
    iso = set(COUNTRY_ISO.values())
    for gkey in sorted(groups):
        rows = groups[gkey]
        # the ISIN's country is the issuer's (a row may carry the country of the exchange instead)
        prefix = rows[0]["isin"][:2]
        country = prefix if prefix in iso else Counter(x["cc"] for x in rows).most_common(1)[0][0]
        for x in rows:
            exchange, home = FD_EXCHANGE[x["exchange"]]
            x["listing"] = (exchange, x["sym"]) if country in home and x["delisted"] != "True" else None
        rows = sorted(rows, key=lambda x: (x["listing"] is None, x["exchange"], x["sym"]))
        first = rows[0]
        r = Rec("fd", gkey, country)
        legal = first["name"]
        r.name = strip_legal(legal) or legal
        for x in rows:
            r.add(r.full, "en", x["name"])
            short = strip_legal(x["name"])
            if short and key(short) != key(x["name"]):
                r.add(r.short, "en", short)
            for variant in group_variants(short):
                r.add(r.short, "en", variant)
            the = the_variant(x["name"], short)
            if the:
                r.add(r.short, "en", the)
            if x["listing"] and x["listing"] not in r.tickers:
                r.tickers.append(x["listing"])
        r.industry = next((x["ind"] for x in rows if x["ind"]), None)
        r.big = any(x["market_cap"] in ("Mega Cap", "Large Cap", "Mid Cap") for x in rows)
        r.large = any(x["market_cap"] in ("Mega Cap", "Large Cap") for x in rows)
        r.micro = all(x["market_cap"] in ("Micro Cap", "Nano Cap") for x in rows)
        r.late = all(x["late"] for x in rows)
        recs.append(r)
    return recs, english


def read_fortune() -> list[Rec]:
    """Fortune 500 names of 1990-2009: the large US companies of those years, many of them merged, renamed or
    bankrupt since (Enron, Compaq Computer, Lehman Brothers, Northwest Airlines)."""
    recs = []
    with open(SOURCES / "fortune500-1990-2009.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = nfkc(row["name"]).replace("&amp;", "&")
            if FUND_NAME.search(name):
                continue
            r = Rec("fortune", slug(name), "US")
            r.name = strip_legal(name) or name
            r.add(r.full, "en", name)
            short = strip_legal(name)
            if short and key(short) != key(name):
                r.add(r.short, "en", short)
            toks = tokens(short or name)
            while len(toks) > 1 and re.sub(r"[^\w]", "", toks[-1]).casefold() in LOOSE_TAIL:
                toks = toks[:-1]  # "Compaq Computer" -> "Compaq", "Wal-Mart Stores" -> "Wal-Mart"
            if len(toks) < len(tokens(short or name)):
                r.add(r.short, "en", " ".join(toks))
            recs.append(r)
    return recs


FORBES_COUNTRY = {"Hong Kong-China": "HK", "Hong Kong/China": "HK", "Saudi Arabia": "SA", "Kuwait": "KW",
                  "Qatar": "QA", "Philippines": "PH", "Nigeria": "NG", "Venezuela": "VE", "Egypt": "EG",
                  "United States": "US"}
FORBES_INDUSTRY = [("Bank", "banking"), ("Telecommunication", "telecom"), ("Oil", "energy"), ("Utilit", "utilities"),
                   ("Media", "media"), ("Retail", "retail"), ("Food Markets", "retail"), ("Software", "it-services"),
                   ("Semiconductor", "electronics"), ("Technology Hardware", "electronics"), ("Insurance", "financials"),
                   ("Financ", "financials"), ("Drugs", "pharma"), ("Health", "pharma"), ("Transport", "transport"),
                   ("Construction", "construction"), ("Capital Goods", "machinery"), ("Food", "food"),
                   ("Materials", "materials"), ("Chemicals", "materials"), ("Consumer", "consumer")]


def read_forbes() -> list[Rec]:
    """Forbes Global 2000 names of 2008-2012 with country and industry: the world's largest listed companies of
    those years, including European and Asian ones merged or renamed since (France Telecom, Parmalat)."""
    latest: dict[str, dict] = {}  # one company per name: the country of its latest year (Transocean KY -> CH)
    with open(SOURCES / "forbes-global2000-2008-2012.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = nfkc(row["name"])
            if name not in latest or (row["last_year"], row["country"]) > (latest[name]["last_year"],
                                                                           latest[name]["country"]):
                latest[name] = row
    recs = []
    for name in sorted(latest):
        row = latest[name]
        country = FORBES_COUNTRY.get(row["country"]) or COUNTRY_ISO.get(row["country"])
        if not name or FUND_NAME.search(name):
            continue
        r = Rec("forbes", slug(name) + "-" + (country or "xx").lower(), country)
        r.big = True
        r.large = True
        r.name = strip_legal(name) or name
        r.add(r.full, "en", name)
        short = strip_legal(name)
        if short and key(short) != key(name):
            r.add(r.short, "en", short)
        r.industry = next((v for k, v in FORBES_INDUSTRY if k in row["industry"]), None)
        recs.append(r)
    return recs


# Words a list writes after the name that news leaves out ("Wal-Mart Stores", "Compaq Computer").
AIRLINE_NOT_COMPANY = re.compile(r"\b(air force|navy|army|coast guard|police|government|ministry|military)\b",
                                 re.IGNORECASE)
AIRLINE_WORD = re.compile(r"\b(air|airlines?|airways|aviation|aero|aerolineas)\b", re.IGNORECASE)
AIRLINE_COINED = re.compile(r"^\w{3,}(air|jet|wings|lines)$", re.IGNORECASE)
AIRLINE_COUNTRY = {"United States": "US", "Republic of Korea": "KR", "Russia": "RU", "Russian Federation": "RU"}


def read_airlines() -> list[Rec]:
    """Airlines of the OpenFlights database (2017) that hold both an IATA and an ICAO code: the carriers news
    names, many gone since (Swissair, Northwest Airlines, Germanwings, Lufthansa Cargo). Air forces and other
    state flight services are left out; entries added by users after the original import (id 15000 and up)
    are not in the snapshot."""
    recs = []
    with open(SOURCES / "openflights-airlines-2017.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = nfkc(re.sub(r"\s*\([^()]*\)\s*$", "", row["name"]))
            if not name or AIRLINE_NOT_COMPANY.search(name) or FUND_NAME.search(name):
                continue
            country = AIRLINE_COUNTRY.get(row["country"]) or COUNTRY_ISO.get(row["country"])
            r = Rec("airline", row["id"], country)
            r.name = name
            r.add(r.full, "en", name)
            short = strip_legal(name)
            if short and key(short) != key(name):
                r.add(r.short, "en", short)
            if len(tokens(name)) == 1:
                r.add(r.full, "en", name + " Airlines")  # "ExpressJet Airlines", as news writes a one-word carrier
            alias = nfkc(row["alias"] or "")
            if alias and is_latin(alias) and key(alias) != key(name):
                r.add(r.short, "en", alias)
            r.industry = "transport"
            recs.append(r)
    return recs


LOOSE_TAIL = {"stores", "computer", "computers", "communications", "industries", "enterprises", "cos",
              "companies", "systems", "labs", "laboratories", "brands"}


# Sector words compared loosely only (never stripped for an alias): Forbes' "Uniqa" is FinanceDatabase's
# "UNIQA Insurance Group AG".
LOOSE_MATCH_TAIL = {"insurance"}


def loose_key(name: str, words: Words | None = None) -> str:
    """'Wal-Mart Stores' -> 'walmart'; with words, a name that would shrink to one dictionary word or generic
    word ('Reliance Industries' -> 'reliance') keeps its tail words."""
    # accents are compared loosely too: Forbes' "América Móvil" is FinanceDatabase's "America Movil"
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    plain = umlaut_plain(plain)
    full = [re.sub(r"[^\w]", "", t).casefold() for t in tokens(strip_legal(plain) or plain)]
    full = [t for t in full if t]
    toks = list(full)
    while len(toks) > 1 and (toks[-1] in LOOSE_TAIL or toks[-1] in LEGAL_TAIL or toks[-1] in LOOSE_MATCH_TAIL):
        toks = toks[:-1]
    if words is not None and len(toks) == 1 and len(full) > 1 and (words.is_word(toks[0]) or toks[0] in GENERIC):
        toks = full
    return "".join(toks)


def absorb(base: list[Rec], extra: list[Rec], words: Words, loose: bool) -> list[Rec]:
    """Adds the records of a secondary source (FinanceDatabase, Fortune) to the ones already read: a record
    whose name (full or short, compared loosely: 'Wal-Mart Stores' = 'Walmart') is already known gives its
    names, country, listing and sector to that record; the others are new companies."""
    def k(n: str) -> str:
        return loose_key(n, words) if loose else key(n)

    index: dict[str, list[Rec]] = {}

    def put(n: str, r: Rec) -> None:
        bucket = index.setdefault(k(n), [])
        if r not in bucket:
            bucket.append(r)

    for r in base:
        for table in (r.full, r.short, r.former):
            for names in table.values():
                for n in names:
                    if is_latin(n):
                        put(n, r)
    sec_us = {key(n): r for r in base if r.source == "sec" and r.country == "US" for v in r.full.values() for n in v
              if key(strip_legal(n) or n) != key(n)}  # a legal name: with its form
    new = []
    for r in extra:
        names = [n for v in r.full.values() for n in v] + [n for v in r.short.values() for n in v]
        # same name and no conflicting country (Siemens AG is not Siemens Ltd of India)
        target = next((t for n in names for t in index.get(k(n), [])
                       if t.country is None or r.country is None or t.country == r.country), None)
        if target is None and r.source == "fd":
            # an SEC filer whose country was guessed as the US from its NYSE/NASDAQ listing and whose full legal
            # name, form included, is this company's ('Bioceres Crop Solutions Corp.' of NASDAQ and of Buenos
            # Aires): the listing of a foreign company in New York
            target = next((sec_us[key(n)] for v in r.full.values() for n in v if key(n) in sec_us), None)
            if target is not None:
                target.country = r.country
        if target is None:
            new.append(r)
            for n in names:
                put(n, r)
            continue
        target.big = target.big or r.big
        target.large = target.large or r.large
        for table, into in ((r.full, target.full), (r.short, target.short)):
            for lang, ns in table.items():
                for n in ns:
                    target.add(into, lang, n)
        target.country = target.country or r.country
        target.industry = target.industry or r.industry
        for t in r.tickers:
            if t not in target.tickers:
                target.tickers.append(t)
    return base + new


def merge_foreign_filers(recs: list[Rec]) -> list[Rec]:
    """An SEC filer of unknown country (an OTC ADR or a foreign filer: 'Sugi Holdings Co., Ltd.', 'Huaneng Power
    International Inc') is the company of a home listing (not another SEC filer) whose legal name is the same,
    when exactly one such company exists: its names and OTC tickers join that company. The sources share no
    identifier (no ISIN or LEI on the SEC side), so the legal name is the key, compared without legal form,
    accents, German umlaut spellings and punctuation ('Sugi Holdings Co.,Ltd.' of TSE 7649)."""
    def keys(r: Rec) -> set[str]:
        # 'Julius Baer Group Ltd.' (OTC) is 'Julius Bar Gruppe AG' (SIX); 'Huhtamaki Oyj' is 'Huhtamäki Oyj'
        return {plain_key(n) for v in r.full.values() for n in v if is_latin(n)} - {""}
    index: dict[str, list[Rec]] = {}
    for r in recs:
        if r.source != "sec" and r.country is not None:
            for k in keys(r):
                index.setdefault(k, []).append(r)
    out = []
    for r in recs:
        if r.foreign_filer:
            targets = {id(t): t for k in keys(r) for t in index.get(k, [])
                       if r.country is None or t.country == r.country}
            if len(targets) == 1:
                target = next(iter(targets.values()))
                for table, into in ((r.full, target.full), (r.short, target.short), (r.former, target.former)):
                    for lang, ns in table.items():
                        for n in ns:
                            target.add(into, lang, n)
                target.tickers += [t for t in r.tickers if t not in target.tickers]
                target.big = target.big or r.big
                target.large = target.large or r.large
                continue
        out.append(r)
    return out


ZH_FORM = re.compile(r"(股份有限公司|有限责任公司|有限公司|总公司|股份公司)$")


def zh_short(full: str) -> str | None:
    """'中国铁路通信信号股份有限公司' -> '中国铁路通信信号': the name without its legal form, as news writes it
    (4 characters or more: a shorter head is a word or a place as often)."""
    short = ZH_FORM.sub("", full).strip()
    short = re.sub(r"[(（]集团[)）]$", "", short).strip()
    return short if short != full and len(short) >= 4 else None


def read_sasac(recs: list[Rec]) -> tuple[list[Rec], set[int]]:
    """Central state-owned enterprises of China (SASAC's list of the groups it supervises, with their short and
    full names) and the listed companies of those groups (short name, full name, SSE/SZSE/HKEX code). A listing
    adds its Chinese full name (and that name without its legal form) to the company of that code, which gives
    Chinese names to Hong Kong listings; a group or a listing no earlier source has is a new company. A group's
    short name that is already a name of another company ('中国石油' is PetroChina's listed name) is left out:
    the listed company keeps it. A company listed in Shanghai or Shenzhen and in Hong Kong under one full name
    (A+H shares: 中海油田服务股份有限公司, SSE 601808 and HKEX 2883) is one company: the Hong Kong record joins
    the A-share one (returned as the ids of the records to drop)."""
    by_ticker = {ticker_key(e, s): r for r in recs for e, s in r.tickers}
    known = {key(n) for r in recs for t in (r.full, r.short) for v in t.values() for n in v}
    _, cur_name, cur_ticker, _, _ = read_curated()
    known |= set(cur_name)
    new = []
    listed_as: dict[str, list[Rec]] = {}  # full name -> records of its listings
    with open(SOURCES / "sasac-central-soes-2025.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            fulls = [nfkc(x).strip() for x in re.split(r"[／/]", row["full_name"]) if x.strip()]
            short = nfkc(row["short_name"]).strip()
            if row["kind"] == "listing":
                exchange = row["exchange"]
                code = row["code"].lstrip("0").zfill(4) if exchange == "HKEX" else row["code"]
                tk = ticker_key(exchange, code)
                target = by_ticker.get(tk)
                if target is None and tk in cur_ticker:
                    # a curated company: its names are written by hand; a supplement line adds the full name
                    target = Rec("sasac", f"{exchange}-{code}", None)
                    target.merge_tickers.append((exchange, code))
                    new.append(target)
                elif target is None:
                    target = Rec("sasac", f"{exchange}-{code}", "CN" if exchange in ("SSE", "SZSE") else "HK")
                    target.late = True
                    target.tickers.append((exchange, code))
                    target.name = short
                    new.append(target)
                for full in fulls:
                    target.add(target.full, "zh", full)
                    derived = zh_short(full)
                    if derived and key(derived) not in known:
                        target.add(target.short, "zh", derived)
                    if target not in listed_as.setdefault(key(full), []):
                        listed_as[key(full)].append(target)
                if key(short) not in known or target in new:
                    target.add(target.short, "zh", short)
                continue
            if any(key(n) in known for n in fulls):
                continue
            r = Rec("sasac", f"g{row['group_no']}", "CN")
            r.late = True
            r.name = short if key(short) not in known else fulls[0]
            for full in fulls:
                r.add(r.full, "zh", full)
                derived = zh_short(full)
                if derived and key(derived) not in known:
                    r.add(r.short, "zh", derived)
            if key(short) not in known:
                r.add(r.short, "zh", short)
            english = row["english_short"].strip()
            # four-letter acronyms (CNNC, CREC, CASC) mean too many things; 'Sinopharm' is the listed company's
            if latin_letters(english) >= 5 and key(english) not in known:
                r.add(r.short, "en", english)
            new.append(r)
    dropped: set[int] = set()
    for targets in listed_as.values():
        a_share = [t for t in targets if any(e in ("SSE", "SZSE") for e, _ in t.tickers)]
        h_share = [t for t in targets if t not in a_share and any(e == "HKEX" for e, _ in t.tickers)]
        if len(a_share) != 1:
            continue
        into = a_share[0]
        for h in h_share:
            for table, to in ((h.full, into.full), (h.short, into.short), (h.former, into.former)):
                for lang, ns in table.items():
                    for n in ns:
                        into.add(to, lang, n)
            into.tickers += [t for t in h.tickers if t not in into.tickers]
            into.merge_tickers += [t for t in h.merge_tickers if t not in into.merge_tickers]
            into.industry = into.industry or h.industry
            into.big, into.large = into.big or h.big, into.large or h.large
            dropped.add(id(h))
    return [r for r in new if id(r) not in dropped], dropped


def attach_english(recs: list[Rec], english: list[tuple[str, str, str, str | None, str]]) -> None:
    """English names of Japanese, Korean, Chinese and Taiwanese listings ('Toyota Motor Corporation' for 7203),
    unless the row gives the name and country of another listing (``other_country``): FinanceDatabase gives KRX
    004380 (삼익THK) the name and country of the Japanese THK (TSE 6481), and TWSE 9917 (Taiwan's 中興保全) those
    of Japan's SECOM. A row whose country merely differs (a Taiwan listing of a mainland or Cayman group) keeps
    its name."""
    by_code = {(r.source, r.native): r for r in recs}
    codes_by_name: dict[str, set[tuple[str, str]]] = {}
    for source, code, name, _, _ in english:
        codes_by_name.setdefault(key(name), set()).add((source, code))
    for source, code, name, industry, country in english:
        r = by_code.get((source, code))
        if r is None:
            continue
        if other_country(country, r.country) and len(codes_by_name[key(name)]) > 1:
            continue
        r.add(r.full, "en", name)
        short = strip_legal(name)
        if short and key(short) != key(name):
            r.add(r.short, "en", short)
        r.industry = r.industry or industry


# Korean names written with a space before their sector word as often as without ("아시아나 항공").
KO_SPACED_TAIL = ["저축은행", "홈쇼핑", "중공업", "자동차", "항공", "은행", "증권", "카드", "생명", "화재", "건설",
                  "전자", "제약", "해운", "화학", "통신", "캐피탈", "보험"]
DART_DROP = re.compile(r"투자회사|선박투자|부동산투자|기업구조조정|기업인수목적|유한공사|제\d+호|\d+호$|스팩|펀드|리츠")


def ko_variants(r: Rec) -> None:
    """'아시아나 항공' for 아시아나항공 (news spaces the sector word as often as not), and for an airline its head
    '아시아나' (as 'Qantas' for Qantas Airways; the Korean rules then judge it like any derived short name)."""
    for name in list(r.full.get("ko", [])) + list(r.short.get("ko", [])):
        for tail in KO_SPACED_TAIL:
            head = name[: -len(tail)]
            if name.endswith(tail) and len(head) >= 2 and HANGUL.search(head[-1]) and not head.endswith(" "):
                r.add(r.short, "ko", head + " " + tail)
                if tail == "항공":
                    r.add(r.short, "ko", head)
                break


def add_english_name(target, en, words):
    """Adds a filer's English name (and its short form without the legal form) to an existing company."""
    if not en:
        return
    target.add(target.full, "en", en)
    short = strip_legal(en)
    if short and key(short) != key(en) and not plain_words(short, words):
        target.add(target.short, "en", short)


def read_dart(recs: list[Rec], words: Words) -> list[Rec]:
    """DART corporation codes of companies with a KRX stock code (as of 2025, with the delisted ones DART keeps:
    엘지데이콤, 케이티프리텔, 하이트맥주, 제일모직). A code KRX still lists adds the English name to that company;
    a delisted one is a company of its own, without listing, unless one of its names is already known. Funds,
    ship and real-estate investment companies and SPACs are left out."""
    by_code = {r.native: r for r in recs if r.source == "krx"}
    known = {key(n) for r in recs for t in (r.full, r.short, r.former) for v in t.values() for n in v}
    known |= set(read_curated()[1])
    out = []
    with open(SOURCES / "dart-corpcode-listed-2025.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            code = row["stock_code"].strip()
            name = nfkc(row["corp_name"])
            en = nfkc(row["corp_eng_name"])
            if not code or not name or DART_DROP.search(name) or KO_DROP.search(name):
                continue
            en = clean_filer_name(en) if " " in en and not FUND_NAME.search(en) else ""
            target = by_code.get(code)
            if target is not None:
                add_english_name(target, en, words)
                continue
            if key(name) in known:
                continue
            r = Rec("dart", code, "KR")
            r.name = name
            r.add(r.full, "ko" if HANGUL.search(name) else "en", name)
            for tail in KO_TAIL:
                if name.endswith(tail) and len(name) - len(tail) >= 3:
                    r.add(r.short, "ko", name[: -len(tail)].strip())
                    break
            if en:
                r.add(r.full, "en", en)
                short = strip_legal(en)
                if short and key(short) != key(en) and not plain_words(short, words):
                    r.add(r.short, "en", short)
            known.add(key(name))
            out.append(r)
    return out


# Legal forms of EDINET filer names: Japanese ones anywhere at the ends, foreign ones written in katakana.
EDINET_JA_FORM = re.compile(r"^(株式会社|株式會社|有限会社)\s*|\s*(株式会社|株式會社|有限会社)$")
EDINET_FOREIGN_TAIL = re.compile(
    r"[・\s]?(インク|インコーポレイテッド|インコーポレーテッド|インコーポレィテッド|コーポレーション|コーポレイション|"
    r"リミテッド|ピーエルシー|ピー・エル・シー|エルエルシー|エル・エル・シー|エス・エー|エスエー|エス・エイ|エセ・アー|"
    r"エー・ジー|エイ・ジー|アーゲー|アクツィエンゲゼルシャフト|アクツィーエンゲゼルシャフト|エヌ・ブイ|エヌ・ヴィ|"
    r"エヌ・ヴイ|ビー・ヴィ|ビー・ブイ|ゲーエムベーハー|エス・イー|バーハッド|カンパニー|カンパニーズ|アンド・カンパニー)$"
    r"|・(ホールディングス|グループ)$")
# Filers that are funds, vehicles or not companies: investment corporations and trusts, partnerships, special
# purpose companies, foundations and other 法人 (a company is a 株式会社).
EDINET_NOT_COMPANY = re.compile(
    r"投資法人|投資信託|ファンド|組合|特定目的会社|合同会社|合資会社|合名会社|社団法人|財団法人|学校法人|"
    r"行政法人|医療法人|宗教法人|社会福祉法人|協同組合|信用金庫|信託$|トラスト$|ファンディング|リート|"
    r"・エル・ピー|エル・ピー$|ＬＰ$|LP$|SPC|ＳＰＣ|キャピタル・コーポレーション|ファイナンス")
EDINET_TYPES = ("内国法人・組合", "内国法人・組合（有価証券報告書等の提出義務者以外）", "外国法人・組合",
                "外国法人・組合（有価証券報告書等の提出義務者以外）")


EDINET_PLACE = re.compile(r"^[^\s]{1,4}(都|道|府|県|市|区|町|村)$")


def plain_words(name: str, words: Words) -> bool:
    """'With Us', 'Light Up': an English short name made only of lower-case dictionary words reads as a phrase."""
    toks = [re.sub(r"[^\w]", "", t).casefold() for t in tokens(name)]
    return all(t in words.lower or t.isdigit() for t in toks if t)


def edinet_short(name: str) -> str:
    """'ザ・ゴールドマン・サックス・グループ・インク' -> 'ゴールドマン・サックス'; '大和証券株式会社' -> '大和証券'."""
    s = EDINET_JA_FORM.sub("", name).strip()
    s = re.sub(r"^ザ[・\s]", "", s)
    foreign = False
    for _ in range(3):
        s2 = EDINET_FOREIGN_TAIL.sub("", s).strip("・ ")
        if s2 == s or len(s2) < 2:
            break
        s, foreign = s2, True
    # a foreign name keeps a グループ written into it (シティグループ); a Japanese one loses it as JPX names do
    return s if foreign else jpx_short(s)


TWINS: list[tuple[str, str, str]] = []  # (source, twin spelling, name of the company it joined), for stats.json


class Owners:
    """Who already has a name, for the register and dictionary sources read after the listings (EDINET, IPADIC):
    earlier source companies and curated ones by ``key`` and, for dictionary spellings, by ``twin_key``. A name
    whose spelling is already known exactly adds nothing; a twin spelling (the same name under ``key`` or
    ``twin_key``, another spelling) is added to the company that has the name, so every spelling stays an alias
    of one company ('セブン―イレブン・ジャパン' of IPADIC joins curated seven-eleven-japan)."""

    def __init__(self, recs: list[Rec], curated: bool = True) -> None:
        self.exact: set[str] = set()
        self.by_key: dict[str, list] = {}
        self.by_twin: dict[str, list] = {}
        self.curated_twins: dict[str, Rec] = {}  # curated id -> the record carrying its twin spellings
        for r in recs:
            self.put(r)
        for n, cid in read_curated_spellings() if curated else []:
            self._index(n, cid)

    def _index(self, n: str, owner) -> None:
        self.exact.add(exact_key(n))
        for table, k in ((self.by_key, key(n)), (self.by_twin, twin_key(n))):
            bucket = table.setdefault(k, [])
            if owner not in bucket:  # a Rec by identity, a curated id by value
                bucket.append(owner)

    def put(self, r: Rec) -> None:
        owner = r.curated_twin or r
        if r.curated_twin:
            self.curated_twins.setdefault(r.curated_twin, r)
        for t in (r.full, r.short, r.former):
            for v in t.values():
                for n in v:
                    self._index(n, owner)

    def put_names(self, r: Rec, names: list[str]) -> None:
        for n in names:
            self._index(n, r)

    def known(self, names: list[str]) -> bool:
        return any(exact_key(n) in self.exact for n in names)

    def owner(self, names: list[str], dictionary: bool):
        """The one company that has one of ``names`` under another spelling; None when no company or several
        have it. ``dictionary``: compare by ``twin_key`` (a dictionary's spelling) with every company, else by
        ``key`` with every company and by ``twin_key`` with curated companies only (a register's spelling)."""
        found = []
        for n in names:
            for o in self.by_key.get(key(n), []) + [o for o in self.by_twin.get(twin_key(n), [])
                                                    if dictionary or isinstance(o, str)]:
                if o not in found:
                    found.append(o)
        return found[0] if len(found) == 1 else (False if found else None)

    def add_twin(self, owner, source: str, native: str, full: str, short: str) -> Rec | None:
        """Adds the spellings ``full`` and ``short`` to ``owner``; for a curated company, returns the new record
        that carries them into its supplement line (or None when it already has one)."""
        TWINS.append((source, full, owner if isinstance(owner, str) else owner.name))
        if isinstance(owner, str):
            r = self.curated_twins.get(owner)
            new = r is None
            if new:
                r = Rec(source, native, None)
                r.curated_twin = owner
                r.name = full
                self.curated_twins[owner] = r
        else:
            r, new = owner, False
        r.add(r.full, "ja", full)
        r.twins.add(nfkc(full))
        if short != full:
            r.add(r.short, "ja", short)
            r.twins.add(nfkc(short))
        self._index(full, owner)
        self._index(short, owner)
        return r if new else None


def read_edinet(recs: list[Rec], words: Words) -> list[Rec]:
    """EDINET code lists of the FSA (2024-07-21 and 2020-02-13): every company that files securities reports or
    large-shareholding reports in Japan, listed or not, with its Japanese (and often English) name. A listed
    filer (securities code) adds its English name to the JPX company of that code; an unlisted one (subsidiaries
    such as 大和証券, みずほ証券, firms delisted or never listed, foreign issuers in katakana: シティグループ) is a
    new company unless one of its names is already known. A name changed between 2020 and 2024 (same EDINET
    code) becomes a former name."""
    by_code = {r.native: r for r in recs if r.source == "jpx"}
    owners = Owners(recs)
    snaps = []
    for fname in ("edinet-codelist-20240721.tsv", "edinet-codelist-20200213.tsv"):
        with open(SOURCES / fname, encoding="utf-8", newline="") as f:
            snaps.append({row["edinet_code"]: row for row in csv.DictReader(f, delimiter="\t")
                          if row["filer_type"] in EDINET_TYPES})
    new, old = snaps
    out = []
    for code in sorted(set(new) | set(old)):
        row = new.get(code) or old[code]
        raw = nfkc(row["name"])
        paren = re.search(r"\(([^()]*)\)$", raw)
        name = re.sub(r"\s*\([^()]*\)$", "", raw).strip()
        en = nfkc(row["name_en"]) or (paren.group(1) if paren and is_latin(paren.group(1)) else "")
        if not name or EDINET_NOT_COMPANY.search(name) or EDINET_NOT_COMPANY.search(en):
            continue
        if EDINET_PLACE.search(name) or IPADIC_NOT_COMPANY.search(edinet_short(name)) or IPADIC_TEAM.search(name):
            continue  # municipalities issuing bonds, stadiums, teams
        en = clean_filer_name(en) if en else ""
        sec = nfkc(row["sec_code"])[:4]
        target = by_code.get(sec) if sec else None
        if target is not None:
            add_english_name(target, en, words)
            continue
        short = edinet_short(name)
        if owners.known([name, short]):
            continue
        owner = owners.owner([name, short], dictionary=False)
        if owner is False:
            continue  # several companies have the name
        if owner is not None:
            twin = owners.add_twin(owner, "edinet", code, name, short)
            if twin is not None:
                out.append(twin)
            continue
        r = Rec("edinet", code, "JP" if row["filer_type"].startswith("内国") else None)
        r.name = short if CJK.search(short) else name
        if CJK.search(name):
            r.add(r.full, "ja", name)
            if short != name:
                r.add(r.short, "ja", short)
        else:
            en = en or clean_filer_name(name)  # a foreign filer registered under its Latin name
        if en:
            r.add(r.full, "en", en)
            s_en = strip_legal(en)
            if s_en and key(s_en) != key(en) and not plain_words(s_en, words):
                r.add(r.short, "en", s_en)
        if code in new and code in old:
            old_name = re.sub(r"\s*\([^()]*\)$", "", nfkc(old[code]["name"])).strip()
            if key(old_name) != key(name) and not EDINET_NOT_COMPANY.search(old_name):
                r.add(r.former, "ja", old_name)
                old_short = edinet_short(old_name)
                if old_short != old_name:
                    r.add(r.former, "ja", old_short)
        owners.put_names(r, [name, short])  # as the register writes it: not its English or former names
        out.append(r)
    return out


# Endings of IPADIC organisation names that are not companies: schools and universities (大学, 短大, 〜大),
# hospitals, associations, unions, ministries and agencies, parties, councils, foundations, clubs, temples,
# shrines, army units, public halls. 〜研究所 stays only as 〜総合研究所 (野村総合研究所), 〜会 only as 〜商会.
IPADIC_NOT_COMPANY = re.compile(
    r"(大|大学|大学校|学校|学園|学院|学部|高|高校|高専|中学|小学校|幼稚園|保育園|病院|医院|診療所|療養所|"
    r"(?<!総合)研究所|研究センター|協会|協|連盟|連合|連|組合|労|会館|駐屯地|基地|神社|寺|院|教会|省|庁|署|局|役場|役所|"
    r"議会|会議|委員会|理|党|機構|事業団|財団|基金|(?<!商)会|同盟|軍|隊|団|裁判所|刑務所|拘置所|警察|県警|博物館|"
    r"美術館|図書館|記念館|資料館|部|課|室|班|クラブ|倶楽部|政府|国連|条約|共和国|王国|公園|劇場|ホール|センター|"
    r"学会|生協|農協|漁協|共済|合衆国|連邦|リーグ|台|ドーム|スタジアム|球場|競馬場|通信社|宮|大師|小|"
    r"製油所|工場|事業所|支店|営業所|出張所|"
    r"(ロイター|共同|時事|AP|AFP|新華社|聯合|タス|ブルームバーグ)通信)$")
# Theatre troupes and farming co-operatives anywhere in the name.
IPADIC_NOT_COMPANY_PART = re.compile(r"^劇団|組合法人")
# Sports teams (読売ジャイアンツ, 千葉ロッテマリーンズ) are not companies.
IPADIC_TEAM = re.compile(
    r"(ジャイアンツ|タイガース|ドラゴンズ|カープ|スワローズ|ベイスターズ|ホエールズ|ホークス|ライオンズ|ファイターズ|"
    r"マリーンズ|オリオンズ|バファローズ|バッファローズ|ブルーウェーブ|イーグルス|マリナーズ|ヤンキース|ドジャース|メッツ|"
    r"ソックス|カブス|アントラーズ|レッズ|グランパス|ジュビロ|ガンバ|セレッソ|サンフレッチェ|ヴェルディ|マリノス|"
    r"フロンターレ|レイソル|エスパルス|ヴィッセル|アビスパ|ブレーブス|ユニオンズ|エンゼルス|アスレチックス|パイレーツ|"
    r"フィリーズ|アストロズ|ブルワーズ|ロイヤルズ|レンジャーズ|ツインズ|インディアンス|ブルージェイズ|オリオールズ|"
    r"カージナルス|パドレス|ロッキーズ|マーリンズ|ナショナルズ|ロッテ|阪神|巨人)$"
    r"|^(ガンバ|セレッソ|ジュビロ|ヴィッセル|サンフレッチェ|アビスパ|コンサドーレ|ベガルタ|モンテディオ|アルビレックス|"
    r"ヴァンフォーレ|サガン|大分トリニータ|横浜FC|浦和レッズ|鹿島アントラーズ|柏レイソル|東京ヴェルディ)")


def read_ipadic_org(recs: list[Rec]) -> list[Rec]:
    """Japanese organisation names of IPADIC 2.7.0 (名詞,固有名詞,組織) that name companies: the firms of Japanese
    news of the 1990s-2000s, many merged, renamed or unlisted since (三越, 松坂屋, 加ト吉, 大和証券,
    帝国データバンク, 日本長期信用銀行). Schools, hospitals, agencies, parties, unions, clubs and teams are left out
    by their endings, and so are names IPADIC also knows as a person's name; a name the judge would make
    ambiguous (2 characters, kana of 5 or fewer, a common noun or place) is left out too, as it would lend
    evidence to its neighbours. A name another source already has (or its short form) is that company: nothing
    new is added."""
    owners = Owners(recs)
    seen = Owners([], curated=False)  # IPADIC's own names, compared by their full spelling only
    person = set()
    for m in IpaDic.ENTRY.finditer((IPADIC_DIR / "Noun.name.dic").read_text(encoding="utf-8", errors="replace")):
        person.add(nfkc(m.group(1)))
    out = []
    for raw in (SOURCES / "ipadic-2.7.0-org-names.txt").read_text(encoding="utf-8").splitlines():
        name = nfkc(raw)
        if not name or not CJK.search(name) or name in person:
            continue
        if IPADIC_NOT_COMPANY.search(name) or IPADIC_TEAM.search(name) or IPADIC_NOT_COMPANY_PART.search(name):
            continue
        short = jpx_short(name)
        if owners.known([name, short]) or seen.known([name]):
            continue
        native = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        owner, where = owners.owner([name, short], dictionary=True), owners
        if owner is None:
            owner, where = seen.owner([name], dictionary=True), seen
        if owner is False:
            continue  # several companies have the name
        if owner is not None:
            twin = where.add_twin(owner, "ipadic", native, name, short)
            if twin is not None:
                out.append(twin)
            continue
        r = Rec("ipadic", native, None)
        r.name = name
        r.add(r.full, "ja", name)
        if short != name:
            r.add(r.short, "ja", short)
        seen.put_names(r, [name])
        out.append(r)
    return out


# ---------------------------------------------------------------------------------------------- curated
EXCHANGE_FAMILY = {"NASDAQ": "US", "NYSE": "US", "CBOE": "US", "OTC": "US", "NYSEAMERICAN": "US",
                   "TSE": "JP", "KRX": "KR", "KOSDAQ": "KR", "SSE": "CN", "SZSE": "CN", "TWSE": "TW",
                   "TPEX": "TW"}


def ticker_key(exchange: str, symbol: str) -> tuple[str, str]:
    fam = EXCHANGE_FAMILY.get(exchange.upper().replace(" ", ""), exchange.upper())
    symbol = symbol.upper().lstrip("$")
    if fam == "HKEX":
        symbol = symbol.lstrip("0") or symbol
    return fam, symbol


# Where a group is often incorporated or listed away from where it works: a holding company in Ireland, the
# Netherlands, Switzerland, Luxembourg, Jersey, Singapore or the Cayman/Virgin Islands/Bermuda (Medtronic, Aon, Linde,
# Royal Dutch Shell, Xiaomi, Bunge), and a mainland group listed in Hong Kong (CNOOC, China Mobile).
HOLDING_DOMICILES = {"IE", "NL", "CH", "LU", "JE", "GG", "IM", "SG", "KY", "BM", "VG"}


def other_country(a: str | None, b: str | None) -> bool:
    """True when a listing of country ``a`` and a curated company of country ``b`` are two companies although they
    share a name: the same Chinese characters, katakana or short Latin name is another company in another market
    (三星 on the Taiwan exchange is San Shing Fastech, not Samsung; 安永 on the Tokyo exchange is Yasunaga, not EY;
    ズーム is the Japanese Zoom Corporation, MOL the Hungarian oil group, Novatek the Russian gas producer, 삼익THK a
    Korean machine maker; 中石化 on the Taiwan exchange is China Petrochemical Development,
    not Sinopec). A name joins two countries only when one is a holding domicile (``HOLDING_DOMICILES``)
    or the two are mainland China and Hong Kong; an unknown country never separates. Listings that share a
    ticker are not judged by this (an ADR's filer country is a guess)."""
    if a is None or b is None or a == b:
        return False
    if {a, b} <= {"CN", "HK"}:
        return False
    return a not in HOLDING_DOMICILES and b not in HOLDING_DOMICILES


def read_curated() -> tuple[list[str], dict, dict, set, dict]:
    files = [l.strip() for l in (KB_DIR / "index.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#") and not l.strip().startswith("companies-open")]
    by_name: dict[str, str] = {}
    by_ticker: dict[tuple, str] = {}
    ids: set[str] = set()
    display: dict[str, str] = {}
    for c, names in curated_entries(files):
        ids.add(c["id"])
        display[c["id"]] = c["name"]
        for n in names:
            by_name.setdefault(key(n), c["id"])
        for t in c.get("tickers") or []:
            by_ticker.setdefault(ticker_key(t["exchange"], t["symbol"]), c["id"])
    return files, by_name, by_ticker, ids, display


def curated_entries(files: list[str]):
    """Each live (not deleted) curated company of ``files`` in file order, with its name, aliases and former names."""
    for fname in files:
        for line in (KB_DIR / fname).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            c = json.loads(line)
            if c.get("deleted"):
                continue
            names = [c["name"]] + [a for v in (c.get("aliases") or {}).values() for a in v]
            names += [a for v in (c.get("former_names") or {}).values() for a in v]
            yield c, names


def read_curated_spellings() -> list[tuple[str, str]]:
    """Every curated name, alias and former name as written, with its company id (first file first)."""
    return [(n, c["id"]) for c, names in curated_entries(read_curated()[0]) for n in names]


def curated_countries() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for fname in read_curated()[0]:
        for line in (KB_DIR / fname).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                c = json.loads(line)
                out.setdefault(c["id"], c.get("country"))
    return out


# ---------------------------------------------------------------------------------------------- build
def verify_manifest() -> list[dict]:
    manifest = json.loads((SOURCES / "manifest.json").read_text(encoding="utf-8"))
    for src in manifest["sources"]:
        data = (SOURCES / src["file"]).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != src["sha256"]:
            sys.exit(f"{src['file']}: sha256 {digest} does not match the manifest ({src['sha256']})")
    return manifest["sources"]


def build() -> tuple[str, dict]:
    verify_manifest()
    TWINS.clear()
    words = Words()
    recs = read_sec() + read_jpx() + read_krx() + read_cn() + read_tw()
    fd, english = read_fd()
    attach_english(recs, english)
    recs = absorb(recs, fd, words, loose=False)
    recs = absorb(recs, read_forbes(), words, loose=True)
    recs = absorb(recs, read_fortune(), words, loose=True)
    recs = absorb(recs, read_airlines(), words, loose=True)
    recs = merge_foreign_filers(recs)
    soes, dropped = read_sasac(recs)
    recs = [r for r in recs if id(r) not in dropped] + soes
    recs += read_edinet(recs, words)
    recs += read_dart(recs, words)
    for r in recs:
        if r.source in ("krx", "dart"):
            ko_variants(r)
    recs += read_ipadic_org(recs)
    judge = NameJudge(words, IpaDic(), kana_generic_words(recs), read_names("census-1990-surnames-top5000.txt"),
                      read_names("census-1990-given-names.txt"))
    _, cur_name, cur_ticker, cur_ids, cur_display = read_curated()
    cur_country = curated_countries()

    # 1. merge into the curated core: same listing, or the full name is a curated name
    kept = []
    merged = 0
    for r in recs:
        tks = list(r.tickers) + r.merge_tickers
        target = r.curated_twin
        if target is None:
            target = next((cur_ticker[ticker_key(e, s)] for e, s in tks if ticker_key(e, s) in cur_ticker), None)
        if target is None:
            target = next((cur_name[key(n)] for v in r.full.values() for n in v if key(n) in cur_name
                           and not other_country(r.country, cur_country.get(cur_name[key(n)]))), None)
        if target is None and r.source in ("fd", "fortune", "forbes", "airline"):
            # the big-company lists write the short name ("Barclays PLC" -> "Barclays"): the curated name
            target = next((cur_name[key(n)] for v in r.short.values() for n in v if key(n) in cur_name
                           and cur_country.get(cur_name[key(n)]) in (None, r.country)), None)
        r.merge_into = target
        merged += target is not None
        kept.append(r)

    dashed: dict[int, list[str]] = {}  # per record: one-word names a spaced dash joins to a description
    for i, r in enumerate(kept):
        for lang, names in list(r.full.items()) + list(r.short.items()):
            if lang != "en":
                continue
            for n in list(names):
                head = head_alias(strip_legal(n) or n)
                if head:
                    r.add(r.short, "en", head)
                    if tokens(strip_legal(n) or n)[-1].casefold() not in ("airways", "airlines"):
                        r.heads.add(head)  # a carrier's head stays trusted: "Qantas" of "Qantas Airways"
                for variant in group_variants(strip_legal(n) or n):
                    r.add(r.short, "en", variant)
                head = description_head(strip_legal(n) or n)
                if head:
                    r.add(r.short, "en", head)
                    r.heads.add(head)
                dashed.setdefault(i, []).extend(dash_parts(strip_legal(n) or n))
            if r.source in ASIAN_SOURCES or r.country in ASIAN_COUNTRIES or r.source == "airline":
                # romanised Japanese/Korean/Chinese in capitals are surnames and places (FUJITA, KANDA); an
                # airline's alias in capitals is often its city ("SOCHI" of Sochi Air)
                continue
            for n in list(names):
                variant = capitalised_variant(n)
                if variant and is_latin(n):
                    r.add(r.short, "en", variant)
        lang = COUNTRY_LANG.get(r.country or "")
        if lang and r.source in ("fd", "forbes", "sec", "airline"):
            for table in (r.full, r.short):
                for n in list(table.get("en", [])):
                    variant = accented_variant(n, lang, words)
                    if variant:
                        r.add(r.short, "en", variant)  # a variant: the company whose full name it is keeps it

    # a dash part is the weakest claim: it never takes a name another record has by the rules above ('ABSA' of
    # 'ABSA - Aerolinhas Brasileiras' would make the bank Absa lose 'Absa'); two dash parts alike cancel each other
    named = {key(n) for r in kept for table in (r.full, r.short) for names in table.values() for n in names}
    for i, parts in dashed.items():
        for part in parts:
            if key(part) not in named:
                kept[i].add(kept[i].short, "en", part)
                kept[i].heads.add(part)

    # a word that starts the names of four or more companies is a place or a group word ("Shenzhen X",
    # "Shanghai X", "Tata X"): alone it names none of them
    starts: dict[str, set[int]] = {}
    for i, r in enumerate(kept):
        for names in r.full.values():
            for n in names:
                toks = tokens(n)
                if is_latin(n) and len(toks) > 1:
                    starts.setdefault(toks[0].casefold(), set()).add(i)
    shared_head = {w for w, ids in starts.items() if len(ids) >= 4}

    # 2. judge every name; collect who claims each alias
    claims: dict[str, list[tuple[int, bool]]] = {}
    accepted: list[list[tuple[str, str, str]]] = []  # per rec: (kind, lang, name)
    for i, r in enumerate(kept):
        acc = []
        for kind, table in (("full", r.full), ("short", r.short), ("former", r.former)):
            for lang, names in table.items():
                for n in names:
                    if is_latin(n):
                        # a head cut from a longer name gets no trust from the lists of the largest companies:
                        # "Wisconsin" of "Wisconsin Energy", "Portugal" of "Portugal Telecom" are places
                        keep, amb = judge.latin(n, full=(kind != "short"), big=r.big and n not in r.heads)
                        if (not keep and r.source == "airline" and kind == "full" and len(tokens(n)) == 1
                                and AIRLINE_COINED.search(n)):
                            # "Swissair": a one-word carrier coined on air/jet/wings is the carrier, with evidence;
                            # other one-word carriers the dictionaries know are places ("Kyrgyzstan", "Tampa")
                            keep, amb = True, True
                        if (not keep and kind == "short" and r.large and acronym_name(n, words)
                                and any(strip_legal(f) == n for v in r.full.values() for f in v)):
                            keep, amb = True, False  # "OMV" of "OMV Aktiengesellschaft"
                        if kind == "short" and len(tokens(n)) == 1 and n.casefold() in shared_head:
                            keep = False
                        # (not for a company a list of the largest has: Vallourec is in the Forbes Global 2000)
                        micro = r.micro and not r.big
                        if keep and kind == "short" and micro and plain_words(n, words):
                            keep = False  # "Private Equity" of "Private Equity Holding AG": a phrase, not a name
                        if keep and kind == "short" and micro and len(tokens(n)) == 1:
                            # a micro cap's one-word name is a word of some other language or a name as often
                            # ("Capex", "Reti", "Illa", "Elop"): five letters or fewer are left out (its legal
                            # name stays), longer ones need evidence ("Vocento", "Tubacex") unless written in
                            # camel case
                            if latin_letters(n) <= 5:
                                keep = False
                            elif not re.search(r"[a-z][A-Z]", n):  # "HolidayCheck", "GreenMobility" are coined
                                amb = True
                    else:
                        keep, amb = judge.cjk(n, lang, full=(kind != "short"))
                        if r.source in ("cn", "tw", "sasac") and len(re.sub(r"\s", "", n)) <= 2:
                            keep = False  # 2-char Chinese names collide with Japanese words
                    if (not keep and r.source == "airline" and kind != "short" and len(tokens(n)) >= 2
                            and AIRLINE_WORD.search(n)):
                        keep, amb = True, False  # "Air France", "Air Canada": a carrier's name, generic words or not
                    if (r.source in ("ipadic", "edinet", "dart") or n in r.twins) and amb:
                        keep = False  # a dictionary's organisation name needs no evidence, or it is left out
                    if not keep:
                        continue
                    if amb:
                        r.ambiguous = True
                    acc.append((kind, lang, n, amb))
                    claims.setdefault(key(n), []).append((i, kind == "full"))
        accepted.append(acc)

    # 3. resolve shared aliases; curated names always win. A twin spelling of a curated name (a dash variant:
    #    the same key, another exact key) is added to that curated company when the record merges into it.
    cur_exact = {exact_key(n) for n, _ in read_curated_spellings()}
    out_recs = []
    supplements: dict[str, list[Rec]] = {}
    for i, r in enumerate(kept):
        aliases: dict[str, list[str]] = {}
        former: dict[str, list[str]] = {}
        for kind, lang, n, amb in accepted[i]:
            k = key(n)
            if amb and r.merge_into:
                continue  # a curated company keeps its own flags: it gets no name that would need evidence
            if k in cur_name and (cur_name[k] != r.merge_into or exact_key(n) in cur_exact):
                continue
            owners = claims[k]
            if any(not kept[o].late for o, _ in owners):
                # a company of a snapshot added later neither takes a name from the companies of the earlier
                # ones nor makes them lose it ('Adtran' of the micro cap Adtran Networks SE, 'Telus')
                if r.late:
                    continue
                owners = [(o, f) for o, f in owners if not kept[o].late]
            if len({o for o, _ in owners}) > 1:
                fulls = {o for o, f in owners if f}
                if fulls != {i}:
                    continue
            target = former if kind == "former" else aliases
            if n not in target.setdefault(lang, []):
                target[lang].append(n)
        if not any(aliases.values()) and not r.merge_into:
            continue
        r.aliases = {l: v for l, v in aliases.items() if v}
        r.former_out = {l: v for l, v in former.items() if v}
        if r.merge_into:
            supplements.setdefault(r.merge_into, []).append(r)
            continue
        if not r.name or key(r.name) not in {key(a) for v in r.aliases.values() for a in v}:
            r.name = next(iter(r.aliases.values()))[0]
        elif r.name not in {a for v in r.aliases.values() for a in v}:
            # the display name as an alias writes it ("OMV", not the SEC filer's "Omv")
            r.name = next(a for v in r.aliases.values() for a in v if key(a) == key(r.name))
        out_recs.append(r)

    # 4. ids: stable, collision-free, never a curated id
    taken = set(cur_ids)
    prefix = {"jpx": "jp-", "krx": "kr-", "cn": "cn-", "tw": "tw-", "ipadic": "jp-org-", "edinet": "jp-", "dart": "kr-",
              "sasac": "cn-soe-"}
    # companies of a snapshot added later get their ids last, so an id already given never moves to another
    # company ('immersion' stays Immersion Corp of NASDAQ; the French Immersion SA is 'immersion-alimr')
    order = sorted(out_recs, key=lambda r: (r.late, r.source, r.native.zfill(12)))
    for r in order:
        if r.source in prefix:
            base = prefix[r.source] + r.native.lower()
        else:
            base = slug(strip_legal(r.name) or r.name) or f"cik-{r.native}"
            if base in taken and r.tickers:
                base = f"{base}-{slug(r.tickers[0][1])}"
            if base in taken:
                base = f"{base}-cik{r.native}" if r.source == "sec" else f"{base}-{slug(r.native)}"
        cand = base
        n = 2
        while cand in taken:
            cand = f"{base}-{n}"
            n += 1
        taken.add(cand)
        r.id = cand

    lines = []
    n_supplements = 0
    for r in sorted(out_recs, key=lambda r: r.id):
        obj = {"id": r.id, "name": r.name, "aliases": r.aliases}
        if r.tickers:
            obj["tickers"] = [{"exchange": e, "symbol": s} for e, s in r.tickers]
        if r.country:
            obj["country"] = r.country
        if r.industry:
            obj["industry"] = r.industry
        if r.ambiguous:
            obj["ambiguous"] = True
        if r.former_out:
            obj["former_names"] = r.former_out
        obj["curated"] = False
        lines.append(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    # 5. supplements: names, listings, sector and former names the sources add to a curated company. The
    #    loader adds them to the curated line (which keeps its name, flags and context terms).
    for cid in sorted(supplements):
        aliases: dict[str, list[str]] = {}
        former: dict[str, list[str]] = {}
        tickers: list[tuple[str, str]] = []
        industry = None
        for r in supplements[cid]:
            for table, into in ((r.aliases, aliases), (r.former_out, former)):
                for lang, names in table.items():
                    for n in names:
                        if n not in into.setdefault(lang, []):
                            into[lang].append(n)
            for t in r.tickers:
                if ticker_key(*t) not in cur_ticker and t not in tickers:
                    tickers.append(t)
            industry = industry or r.industry
        obj = {"id": cid, "name": cur_display[cid]}
        if any(aliases.values()):
            obj["aliases"] = {l: v for l, v in aliases.items() if v}
        if tickers:
            obj["tickers"] = [{"exchange": e, "symbol": s} for e, s in tickers]
        if industry:
            obj["industry"] = industry
        if any(former.values()):
            obj["former_names"] = {l: v for l, v in former.items() if v}
        if len(obj) > 2:  # more than id and name
            obj["curated"] = False
            lines.append(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
            n_supplements += 1

    header = ("# Generated by tools/kb/build_kb.py from tools/kb/sources (see docs/knowledge-base.md); do not edit.\n"
              "# Curated files listed before this one in index.txt win for any id.\n")
    text = header + "\n".join(lines) + "\n"

    stats = {"companies": len(out_recs), "merged_into_curated": merged, "curated_supplemented": n_supplements,
             "twin_spellings_merged": {s: sum(1 for t in TWINS if t[0] == s) for s in sorted({t[0] for t in TWINS})},
             "ambiguous": 0,
             "by_source": {}, "by_country": {}, "by_language": {}, "with_tickers": 0, "with_former_names": 0,
             "with_industry": 0}
    for r in out_recs:
        stats["by_source"][r.source] = stats["by_source"].get(r.source, 0) + 1
        c = r.country or "unknown"
        stats["by_country"][c] = stats["by_country"].get(c, 0) + 1
        for lang in r.aliases:
            stats["by_language"][lang] = stats["by_language"].get(lang, 0) + 1
        stats["ambiguous"] += r.ambiguous
        stats["with_tickers"] += bool(r.tickers)
        stats["with_former_names"] += bool(r.former_out)
        stats["with_industry"] += bool(r.industry)
    for k in ("by_source", "by_country", "by_language"):
        stats[k] = dict(sorted(stats[k].items(), key=lambda kv: (-kv[1], kv[0])))
    return text, stats


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail when the bundled file differs from a rebuild")
    args = ap.parse_args()
    text, stats = build()
    out = KB_DIR / OUT_NAME
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{out} differs from a rebuild")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    STATS.write_text(json.dumps(stats, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {stats['companies']} companies "
          f"({stats['merged_into_curated']} merged into curated), {len(text.encode()) // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
