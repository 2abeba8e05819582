package io.newspulse.tagging.discovery;

import io.newspulse.tagging.match.CharClasses;
import io.newspulse.tagging.match.SportsTeamRule;
import java.util.List;
import java.util.Set;

/**
 * Discovery in Japanese, Chinese and Korean text by the words that mark a company:
 * <ul>
 *   <li>legal forms before or after the name: 株式会社センターロード, 平成電電株式会社, (株)X, X㈱, 有限会社X, 合同会社X,
 *       주식회사 X, (주)X, X(주), 阿里巴巴有限公司;</li>
 *   <li>"X社" where X is katakana or Latin (ミートホープ社, JSPORTS社; kanji + 社 is too often a plain word:
 *       同社, 本社, 新聞社), and Korean "X사" after Latin (SGS사);</li>
 *   <li>industry head nouns ending the name: 銀行, 証券, 電鉄, 石油, 製紙, ホールディングス, HD, グループ (not after kanji only:
 *       武装グループ), 저축은행, 은행, 증권, 카드, 캐피탈, 홈쇼핑, 그룹; Chinese 公司, 集团 (three Han chars or more);</li>
 *   <li>Japanese context ({@link DiscoveryRule#CONTEXT}): a category noun and ・ before the name (文具メーカー・トンボ鉛筆,
 *       英会話学校・NOVA), a company word before a quoted name (子会社「コナミデジタルエンタテインメント」, 「X」の社名), the head
 *       office in brackets after it (マンナンライフ(本社:群馬県富岡市), 旭川電気軌道(旭川市)), a research firm's survey
 *       (帝国データバンクの調べ; not kanji-only names: 警察の調べ) and the subject of an insolvency (大阪書籍が民事再生法申請,
 *       愛染蔵、破産).</li>
 * </ul>
 * The name is the run of kanji, katakana, Latin letters and digits (Hangul for Korean) next to the marker, up to
 * {@link #MAX_NAME} chars; generic words (同, 大手, 地方, 시중...) and institutions ({@link NotCompanies}) are
 * rejected.
 */
final class CjkDiscoverer {
    static final int MAX_NAME = 16;

    /** Japanese legal forms written before the name. */
    private static final List<String> JA_PREFIX = List.of("株式会社", "有限会社", "合同会社", "(株)", "(有)", "㈱", "(株)",
            "(有)");
    /** Japanese legal forms written after the name. */
    private static final List<String> JA_SUFFIX = List.of("株式会社", "有限会社", "合同会社", "(株)", "㈱", "(株)");
    /** Japanese head nouns ending a company name. */
    private static final List<String> JA_HEADS = List.of("ホールディングス", "ホールディング", "信託銀行", "銀行", "証券",
            "電気鉄道", "電鉄", "石油", "製紙", "製薬", "製作所", "重工業", "重工", "電機", "商事", "物産", "海上火災保険",
            "火災海上保険", "生命保険", "損害保険", "運輸", "新聞", "HD", "グループ");
    /** What may follow a Japanese head noun inside the same kanji run: roles and units of the company. */
    private static final List<String> JA_AFTER_HEAD = List.of("株式会社", "本社", "社長", "会長", "頭取", "社員", "行員",
            "本店", "株", "系列", "系", "傘下", "関連", "子会社");
    /** Generic words that are not a name before a head noun (大手証券, 地方銀行, 有価証券...). */
    private static final Set<String> JA_GENERIC = Set.of("同", "各", "大手", "中堅", "地方", "都市", "中央", "民間", "外資",
            "主要", "国内", "海外", "地銀", "投資", "信託", "ネット", "新興", "中小", "有価", "担保", "住宅", "原油", "輸入",
            "国産", "英字", "全国", "地元", "スポーツ", "夕刊", "朝刊", "業界", "専門", "経済", "日刊", "週刊", "当該", "他",
            "複数", "一部", "上場", "非上場", "系列", "子", "親", "持ち株", "持株", "純粋", "企業", "研究", "武装", "市民",
            "過激派", "支援", "作業", "音楽", "アイドル", "ロック", "バンド", "反政府", "テロ", "日本", "米国", "中国", "韓国",
            "英国", "世界", "欧州", "外国", "政府系", "邦銀", "大型", "メガ", "商業", "投資信託", "都市銀行", "ゆうちょ", "相互",
            "普通", "信用", "単独", "第二", "地域", "大衆", "娯楽", "産業", "総合", "全国紙", "地方紙", "ブロック紙",
            "機関", "業界紙", "専門紙", "一般", "銀行", "証券");
    /** Words before a name that are not part of it: 以前丸三証券, 現在鹿児島銀行. */
    private static final List<String> JA_LEADING = List.of("以前", "現在", "当時", "今回", "同日", "昨年", "今年", "来年",
            "同年", "翌年", "同月", "今月", "先月", "傘下", "子会社", "系列", "大手", "中堅", "地銀", "前", "元", "旧", "同",
            "各", "及び", "並び");
    /** Katakana words that are not a name before 社 (メーカー社...). */
    private static final Set<String> JA_GENERIC_KATAKANA = Set.of("メーカー", "グループ", "ニュース", "チーム", "クラブ",
            "サービス", "ゲーム", "システム", "ソフト", "ネット", "テレビ", "ラジオ", "カンパニー", "ホテル", "レコード",
            "メディア", "コンビニ", "スーパー", "ベンチャー", "ファンド");

    /** Category nouns written before ・ and a name: 文具メーカー・トンボ鉛筆, 英会話学校・NOVA, 和服店・愛染蔵. */
    private static final List<String> JA_CATEGORY = List.of("メーカー", "会社", "販売店", "専門店", "店", "チェーン",
            "大手", "業者", "ストア", "ショップ", "スーパー", "学校", "教室", "スクール", "遊園地", "テーマパーク", "商社",
            "ファンド", "ブランド", "企業", "百貨店", "ベンチャー", "レーベル", "スタジオ");
    /** Words before a quoted name that make it a company: 子会社「X」, 社名を「X」に. */
    private static final List<String> JA_QUOTE_BEFORE = List.of("会社", "企業", "社名を", "社名は", "社名が", "社名も",
            "商号を", "商号は", "法人", "運営する", "運営している");
    /** Words after a quoted name that make it a company: 「X」の社名, 「X」社. */
    private static final List<String> JA_QUOTE_AFTER = List.of("の社名", "社", "の商号");
    /** Words after a name that make it a company, in any script: X の子会社, X傘下の. */
    private static final List<String> JA_AFTER_ANY = List.of("の子会社", "の親会社", "の傘下", "傘下の", "系列の");
    /**
     * Words after a name that make it a company when the name is not kanji only (kanji-only names before them
     * are as often offices or people: 警察の調べ, 市が運営): X の調べ, X の元社長, X が運営する, X が発売した.
     */
    private static final List<String> JA_AFTER_NOT_KANJI = List.of("の調べ", "の社長", "の元社長", "の前社長", "の会長",
            "の元会長", "が運営", "が発売", "が製造", "が開発し");
    /** Insolvency words whose subject is a company: X(が|、)民事再生法. */
    private static final List<String> JA_INSOLVENCY = List.of("民事再生", "会社更生", "自己破産", "破産", "倒産", "経営破綻",
            "経営破たん", "特別清算");
    /** Kanji words that follow a katakana name without belonging to it (エキスポランド再休園); a name keeps its kanji
     * tail only when it ends in an industry noun (トンボ鉛筆 is cut to トンボ, カネボウ化粧品 stays). */
    private static final List<String> JA_NAME_TAILS = List.of("化粧品", "製菓", "食品", "工業", "建設", "電気", "電工",
            "化学", "自動車", "興産", "産業", "通信", "放送", "航空", "鉄道", "不動産", "開発", "精機", "精工", "薬品",
            "酒造", "電子", "出版", "書店", "新聞", "交通", "急便", "物流", "倉庫", "乳業", "製粉", "製糖", "紡績", "織物",
            "百貨店", "生命", "保険", "信託", "証券", "銀行", "商事", "物産", "製作所", "製薬", "電機", "重工業", "石油",
            "製紙", "運輸", "放送局", "工務店", "住宅", "商会", "商店", "本舗", "堂");
    /** Ends of a name before a head-office bracket that show a person, a post or a place rather than a company. */
    private static final List<String> JA_NOT_COMPANY_TAILS = List.of("容疑者", "被告", "氏", "社長", "会長", "代表",
            "市長", "知事", "議員", "選手", "監督", "店長", "院長", "校長", "工場", "支店", "店", "駅", "空港", "公園",
            "ドーム", "ホール", "会館", "センター", "寺", "神社", "城", "館", "場", "署", "地裁", "高裁", "地検");

    /** Korean head nouns (no particles: the name is the Hangul/Latin run right before them). */
    private static final List<String> KO_HEADS = List.of("저축은행", "은행", "증권", "그룹", "홀딩스", "생명", "화재",
            "카드", "캐피탈", "홈쇼핑", "커뮤니케이션즈", "시큐리티", "중공업", "건설", "제약", "항공");
    private static final Set<String> KO_GENERIC = Set.of("시중", "지방", "국책", "투자", "인터넷", "저축", "외국",
            "국내", "해외", "대형", "민간", "상업", "중앙", "세계", "한국", "미국", "일본", "중국", "주요", "대기업", "재벌",
            "금융", "두", "이", "그", "각", "해당", "일부", "여러", "다른", "모", "계열", "이들", "같은", "같은그룹",
            "신용", "체크", "교통", "선불", "직불", "법인", "현금", "기프트", "포인트", "저가", "저비용", "여객", "화물",
            "종합", "민항", "항공", "우주", "무인", "군용", "전세", "해상", "토목", "주택", "플랜트", "바이오", "복제",
            "카드", "신생", "보험", "대출", "사이버", "모바일", "TV", "데이터");
    private static final List<String> KO_PREFIX = List.of("주식회사 ", "주식회사", "(주)", "㈜", "(주)");
    private static final List<String> KO_SUFFIX = List.of("(주)", "㈜", "(주)", "주식회사");
    /** Korean particles that may follow "X사". */
    private static final String KO_PARTICLES = "은는이가을를의에와과도로";

    /** Chinese markers: legal forms and "group". */
    private static final List<String> ZH_HEADS = List.of("股份有限公司", "有限责任公司", "有限公司", "有限公司", "集团公司",
            "公司", "集团", "集團");
    private static final String ZH_STOP = "的和与與在是了向对對被将將把从從由为為据據及等家这這该該其一个個年月日自";
    private static final Set<String> ZH_GENERIC = Set.of("科技", "能源", "石油", "投资", "保险", "航空", "汽车", "电信",
            "上市", "跨国", "国有", "外国", "美国", "中国", "日本", "韩国", "子", "母", "分", "总", "控股", "这家", "一家",
            "该", "本", "两家", "多家", "各", "网络", "互联网", "科技有限", "贸易", "房地产");

    /** First chars of every marker: most chars of a text are rejected by one table look-up. */
    private static final boolean[] FIRST_CHARS = new boolean[0x10000];

    static {
        for (List<String> list : List.of(JA_PREFIX, JA_SUFFIX, JA_HEADS, KO_HEADS, KO_PREFIX, KO_SUFFIX, ZH_HEADS,
                JA_INSOLVENCY, JA_AFTER_ANY, JA_AFTER_NOT_KANJI, List.of("社", "사", "・", "「", "(", "（"))) {
            for (String marker : list) {
                FIRST_CHARS[marker.charAt(0)] = true;
            }
        }
    }

    /** The marker lists grouped by first char: the loops at a position test only the markers that may start there. */
    private static final ByFirstChar JA_SUFFIX_BY_FIRST = new ByFirstChar(JA_SUFFIX);
    private static final ByFirstChar JA_PREFIX_BY_FIRST = new ByFirstChar(JA_PREFIX);
    private static final ByFirstChar JA_HEADS_BY_FIRST = new ByFirstChar(JA_HEADS);
    private static final ByFirstChar JA_AFTER_ANY_BY_FIRST = new ByFirstChar(JA_AFTER_ANY);
    private static final ByFirstChar JA_AFTER_NOT_KANJI_BY_FIRST = new ByFirstChar(JA_AFTER_NOT_KANJI);
    private static final ByFirstChar JA_INSOLVENCY_BY_FIRST = new ByFirstChar(JA_INSOLVENCY);
    private static final ByFirstChar KO_PREFIX_BY_FIRST = new ByFirstChar(KO_PREFIX);
    private static final ByFirstChar KO_SUFFIX_BY_FIRST = new ByFirstChar(KO_SUFFIX);
    private static final ByFirstChar KO_HEADS_BY_FIRST = new ByFirstChar(KO_HEADS);
    private static final ByFirstChar ZH_HEADS_BY_FIRST = new ByFirstChar(ZH_HEADS);

    private CjkDiscoverer() {
    }

    static void discover(String text, boolean inTitle, boolean chinese, List<Discovered> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!FIRST_CHARS[c]) {
                continue;
            }
            if (chinese) {
                zh(text, i, inTitle, out);
                continue;
            }
            if (CharClasses.isHangul(c) || c == '(' || c == '㈜') {
                ko(text, i, inTitle, out);
            }
            ja(text, i, inTitle, out);
        }
    }

    private static void ja(String text, int i, boolean inTitle, List<Discovered> out) {
        if (jaContext(text, i, inTitle, out)) {
            return;
        }
        for (String form : JA_SUFFIX_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(form, i)) {
                int start = backwardName(text, i, false);
                start = trimLeadingPrefix(text, start, i);
                if (i - start >= 2 && !JA_GENERIC.contains(text.substring(start, i))) {
                    add(text, start, i + form.length(), start, i, inTitle, DiscoveryRule.LEGAL_FORM, out);
                    return;
                }
                break; // no name before it: maybe a legal form before the name
            }
        }
        for (String form : JA_PREFIX_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(form, i)) {
                int p = i + form.length();
                if (p < text.length() && text.charAt(p) == ' ') {
                    p++;
                }
                int end = forwardName(text, p);
                end = trimRoleWords(text, p, end);
                if (end - p >= 2) {
                    add(text, i, end, p, end, inTitle, DiscoveryRule.LEGAL_FORM, out);
                }
                return;
            }
        }
        char c = text.charAt(i);
        if (c == '社' && i > 0) {
            int start = i;
            while (start > 0 && (CharClasses.isKatakana(text.charAt(start - 1)) || text.charAt(start - 1) == '・')) {
                start--;
            }
            while (start < i && text.charAt(start) == '・') {
                start++; // グーグル・ヤフー社: a list, not one name
            }
            if (start == i) {
                while (start > 0 && isAsciiAlnum(text.charAt(start - 1))) {
                    start--;
                }
                if (start < i && start > 0 && isAsciiAlnum(text.charAt(start)) && text.charAt(start - 1) == ' ') {
                    // "JSPORTS社" is fine; "the X社" after a Latin sentence is not Japanese text: also fine
                }
            }
            String name = text.substring(start, i);
            if (i - start >= 2 && (start == 0 || !CharClasses.isKanji(text.charAt(start - 1))
                    || !CharClasses.isKatakana(text.charAt(start)))
                    && !JA_GENERIC_KATAKANA.contains(name) && !allDigits(name)) {
                add(text, start, i + 1, start, i, inTitle, DiscoveryRule.LEGAL_FORM, out);
            }
            return;
        }
        for (String head : JA_HEADS_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(head, i)) {
                int after = i + head.length();
                if (after < text.length() && CharClasses.isKanji(text.charAt(after))
                        && !startsWithAny(text, after, JA_AFTER_HEAD)) {
                    return; // 証券取引所, 銀行業: the head does not end the word
                }
                if (after < text.length() && CharClasses.isKatakana(text.charAt(after))
                        && CharClasses.isKatakana(head.charAt(head.length() - 1))) {
                    return;
                }
                boolean kanjiOnlyAllowed = !head.equals("グループ") && !head.equals("HD");
                int start = backwardName(text, i, false);
                start = trimLeadingPrefix(text, start, i);
                String name = text.substring(start, i);
                if (i - start < 2 || JA_GENERIC.contains(name) || endsWithGeneric(name)) {
                    return;
                }
                if (!kanjiOnlyAllowed && !mixedOrLatin(name)) {
                    return; // 武装グループ, ユーザーグループ: one script only is a plain word
                }
                add(text, start, after, start, after, inTitle, DiscoveryRule.HEAD_NOUN, out);
                return;
            }
        }
    }

    private static void ko(String text, int i, boolean inTitle, List<Discovered> out) {
        for (String form : KO_PREFIX_BY_FIRST.startingWith(text.charAt(i))) {
            // a prefix form right after a name is that name's suffix ("SK주식회사 측은": 측은 is no company)
            if (text.startsWith(form, i) && (i == 0 || !(CharClasses.isHangul(text.charAt(i - 1)) || isAsciiAlnum(text.charAt(i - 1))))) {
                int p = i + form.length();
                int end = p;
                while (end < text.length() && end - p < MAX_NAME && (CharClasses.isHangul(text.charAt(end))
                        || isAsciiAlnum(text.charAt(end)))) {
                    end++;
                }
                end = trimParticle(text, p, end);
                if (end - p >= 2) {
                    add(text, i, end, p, end, inTitle, DiscoveryRule.LEGAL_FORM, out);
                }
                return;
            }
        }
        for (String form : KO_SUFFIX_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(form, i)) {
                int start = i;
                while (start > 0 && i - start < MAX_NAME && (CharClasses.isHangul(text.charAt(start - 1))
                        || isAsciiAlnum(text.charAt(start - 1)))) {
                    start--;
                }
                if (i - start >= 2) {
                    add(text, start, i + form.length(), start, i, inTitle, DiscoveryRule.LEGAL_FORM, out);
                }
                return;
            }
        }
        char c = text.charAt(i);
        if (c == '사' && i > 0 && isAsciiAlnum(text.charAt(i - 1))) {
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (!CharClasses.isHangul(next) || KO_PARTICLES.indexOf(next) >= 0) {
                int start = i;
                while (start > 0 && isAsciiAlnum(text.charAt(start - 1))) {
                    start--;
                }
                String name = text.substring(start, i);
                if (name.length() >= 2 && !allDigits(name) && name.chars().anyMatch(Character::isUpperCase)) {
                    add(text, start, i + 1, start, i, inTitle, DiscoveryRule.LEGAL_FORM, out);
                }
            }
            return;
        }
        for (String head : KO_HEADS_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(head, i)) {
                int start = i;
                while (start > 0 && i - start < MAX_NAME && (CharClasses.isHangul(text.charAt(start - 1))
                        || isAsciiAlnum(text.charAt(start - 1)))) {
                    start--;
                }
                int nameEnd = i;
                if (start == i && head.equals("저축은행") && i >= 3 && text.charAt(i - 1) == ' ') {
                    // "대전 저축은행": a place name (one word of two or three syllables), a space, then the head
                    start = i - 1;
                    while (start > 0 && i - 1 - start < 4 && CharClasses.isHangul(text.charAt(start - 1))) {
                        start--;
                    }
                    nameEnd = i - 1;
                    boolean wholeWord = start == 0 || !CharClasses.isHangul(text.charAt(start - 1));
                    if (!wholeWord || nameEnd - start > 3 || "의서은는이가을를에도로고며면다".indexOf(text.charAt(nameEnd - 1)) >= 0) {
                        return;
                    }
                }
                String name = text.substring(start, nameEnd);
                if (name.length() >= 2 && !KO_GENERIC.contains(name) && !allDigits(name)
                        && !(head.equals("은행") && text.startsWith("저축", i - 2))) {
                    add(text, start, i + head.length(), start, i + head.length(), inTitle, DiscoveryRule.HEAD_NOUN,
                            out);
                }
                return;
            }
        }
    }

    private static void zh(String text, int i, boolean inTitle, List<Discovered> out) {
        for (String head : ZH_HEADS_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(head, i)) {
                int start = i;
                while (start > 0 && i - start < 10 && CharClasses.isKanji(text.charAt(start - 1))
                        && ZH_STOP.indexOf(text.charAt(start - 1)) < 0) {
                    start--;
                }
                String name = text.substring(start, i);
                for (String g : List.of("美国", "中国", "日本", "韩国", "英国", "德国", "法国")) {
                    if (name.startsWith(g) && name.length() - g.length() >= 3) {
                        start += g.length();
                        name = name.substring(g.length());
                        break;
                    }
                }
                if (name.length() >= 3 && name.length() <= 8 && !ZH_GENERIC.contains(name)
                        && !endsWithAny(name, ZH_GENERIC)) {
                    add(text, start, i + head.length(), start, i, inTitle, DiscoveryRule.LEGAL_FORM, out);
                }
                return;
            }
        }
    }

    /** The Japanese context rules ({@link DiscoveryRule#CONTEXT}); true when the char at {@code i} was a cue. */
    private static boolean jaContext(String text, int i, boolean inTitle, List<Discovered> out) {
        char c = text.charAt(i);
        if (c == '・') {
            if (i > 1 && endsWithAny(text, i, JA_CATEGORY) && !Character.isDigit(text.charAt(i - 2))) {
                int end = cutKatakanaTail(text, i + 1, trimRoleWords(text, i + 1, forwardName(text, i + 1)));
                addContext(text, i + 1, end, inTitle, out);
            }
            return false; // ・ also joins katakana words: let the other rules look at it
        }
        if (c == '「') {
            int close = text.indexOf('」', i + 1);
            if (close > i + 2 && close - i - 1 <= 24 && forwardName(text, i + 1) == close
                    && (endsWithAny(text, i, JA_QUOTE_BEFORE) || startsWithAny(text, close + 1, JA_QUOTE_AFTER))) {
                addContext(text, i + 1, close, inTitle, out);
            }
            return true;
        }
        if (c == '(' || c == '（') {
            if (i > 0 && headOfficeBracket(text, i + 1)) {
                int start = trimLeadingPrefix(text, backwardName(text, i, false), i);
                if (!endsWithAny(text, i, JA_NOT_COMPANY_TAILS)) {
                    addContext(text, start, i, inTitle, out);
                }
            }
            return true;
        }
        for (String cue : JA_AFTER_ANY_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(cue, i)) {
                int start = trimLeadingPrefix(text, backwardName(text, i, false), i);
                addContext(text, start, i, inTitle, out);
                return true;
            }
        }
        for (String cue : JA_AFTER_NOT_KANJI_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(cue, i) && !text.startsWith("さ", i + cue.length())) {
                int start = trimLeadingPrefix(text, backwardName(text, i, false), i);
                String name = text.substring(start, i);
                if (mixedOrLatin(name) || allKatakana(name)) {
                    addContext(text, start, i, inTitle, out);
                }
                return true;
            }
        }
        for (String word : JA_INSOLVENCY_BY_FIRST.startingWith(text.charAt(i))) {
            if (text.startsWith(word, i)) {
                int nameEnd = i;
                if (nameEnd > 0 && (text.charAt(nameEnd - 1) == 'が' || text.charAt(nameEnd - 1) == '、')) {
                    nameEnd--;
                }
                if (nameEnd < i && !endsWithAny(text, nameEnd, JA_NOT_COMPANY_TAILS)) {
                    int start = trimLeadingPrefix(text, backwardName(text, nameEnd, false), nameEnd);
                    if (nameEnd - start <= 10) {
                        addContext(text, start, nameEnd, inTitle, out);
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static void addContext(String text, int start, int end, boolean inTitle, List<Discovered> out) {
        start = afterCategory(text, start, end);
        if (end - start < 2 || countWord(text, start, end)) {
            return;
        }
        String name = text.substring(start, end);
        if (JA_GENERIC.contains(name) || JA_GENERIC_KATAKANA.contains(name) || allDigits(name)
                || name.startsWith("同") || name.startsWith("当")) {
            return;
        }
        add(text, start, end, start, end, inTitle, DiscoveryRule.CONTEXT, out);
    }

    /** Start of the name after a category noun read with it: レコード販売店HMV is HMV, 化粧品メーカーカネボウ化粧品 カネボウ化粧品. */
    private static int afterCategory(String text, int start, int end) {
        int from = start;
        for (int k = start + 1; k < end - 1; k++) {
            for (String category : JA_CATEGORY) {
                if (k - category.length() >= start && text.startsWith(category, k - category.length())) {
                    from = k;
                }
            }
        }
        return from;
    }

    /** Digits and a counter: 4350人, 239店, 3社. */
    private static boolean countWord(String text, int start, int end) {
        int k = start;
        while (k < end && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k > start && k < end && !isAsciiAlnum(text.charAt(k));
    }

    /** After an opening bracket: 本社, or a place ending in 都道府県市区町村 and closing the bracket: (旭川市), (東京都港区). */
    private static boolean headOfficeBracket(String text, int from) {
        if (text.startsWith("本社", from) || text.startsWith("本店", from)) {
            return true;
        }
        int k = from;
        while (k < text.length() && k - from <= 10 && CharClasses.isKanji(text.charAt(k))) {
            k++;
        }
        return k - from >= 2 && k < text.length() && (text.charAt(k) == ')' || text.charAt(k) == '）')
                && "都道府県市区町村".indexOf(text.charAt(k - 1)) >= 0;
    }

    /** A katakana name followed by kanji keeps the kanji only when they end in an industry noun. */
    private static int cutKatakanaTail(String text, int start, int end) {
        int k = start;
        while (k < end && (CharClasses.isKatakana(text.charAt(k)) || text.charAt(k) == '・')) {
            k++;
        }
        if (k == start || k == end || !CharClasses.isKanji(text.charAt(k))) {
            return end;
        }
        for (int e = end; e > k; e--) {
            for (String tail : JA_NAME_TAILS) {
                if (e - k >= tail.length() && text.startsWith(tail, e - tail.length())) {
                    return e;
                }
            }
        }
        return k;
    }

    private static boolean endsWithAny(String text, int end, List<String> words) {
        for (String w : words) {
            if (end >= w.length() && text.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allKatakana(String name) {
        return name.length() >= 3 && name.chars().allMatch(ch -> CharClasses.isKatakana((char) ch) || ch == '・');
    }

    /**
     * True when a discovered CJK name {@code name} is a different, longer company than the knowledge-base name at
     * {@code [from, to)} inside it: it adds a word before it (沖縄ヤマト運輸, 日興シティグループ証券) or a word after it
     * that is not only a legal form or industry noun (日本製紙クレシア). 三菱UFJ銀行 or トヨタ自動車株式会社 stay the
     * knowledge-base company.
     */
    static boolean supersedes(String name, int from, int to) {
        if (from < 0 || to > name.length() || to - from >= name.length() || !hasCjk(name)) {
            return false;
        }
        if (from > 0) {
            return true;
        }
        String rest = name.substring(to);
        return !(JA_HEADS.contains(rest) || JA_SUFFIX.contains(rest) || JA_NAME_TAILS.contains(rest)
                || KO_HEADS.contains(rest) || KO_SUFFIX.contains(rest) || ZH_HEADS.contains(rest) || rest.equals("社")
                || rest.equals("사"));
    }

    private static boolean hasCjk(String name) {
        for (int k = 0; k < name.length(); k++) {
            if (CharClasses.isCjk(name.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, int start, int end, int nameStart, int nameEnd, boolean inTitle,
                            DiscoveryRule rule, List<Discovered> out) {
        int partial = LegalForms.partialCjkFormAtEnd(text, nameStart, nameEnd);
        if (partial > 0) {
            // 明治株, X株式: the start of a legal form or the share word is no part of the name
            if (end == nameEnd) {
                end -= partial;
            }
            nameEnd -= partial;
            if (nameEnd - nameStart < 2) {
                return;
            }
        }
        String name = text.substring(nameStart, nameEnd);
        if (NotCompanies.cjk(name) || SportsTeamRule.isTeam(text, start, end)) {
            return;
        }
        String surface = text.substring(start, end);
        out.add(new Discovered(OrgIds.id(surface), surface, start, end, inTitle, rule));
    }

    /** Start of the name ending at {@code end}: kanji, katakana, Latin letters and digits, ・ ー &. */
    private static int backwardName(String text, int end, boolean hangul) {
        int start = end;
        while (start > 0 && isNameChar(text.charAt(start - 1), hangul) && !dotBetweenNonKatakana(text, start - 1)) {
            if (end - start >= MAX_NAME) {
                return end; // too long to be one name
            }
            start--;
        }
        while (start < end && (text.charAt(start) == '・' || text.charAt(start) == '&')) {
            start++;
        }
        return start;
    }

    private static int forwardName(String text, int start) {
        int end = start;
        if (start < text.length() && text.charAt(start) == '・') {
            return start;
        }
        while (end < text.length() && isNameChar(text.charAt(end), false) && !dotBetweenNonKatakana(text, end)) {
            if (end - start >= MAX_NAME) {
                return start;
            }
            end++;
        }
        while (end > start && (text.charAt(end - 1) == '・' || text.charAt(end - 1) == '&')) {
            end--;
        }
        return end;
    }

    /**
     * Role words that end a name read forward: 株式会社日立製作所社長, トンボ鉛筆会長覚せい剤; and 株, the share, which
     * runs on after a name in headlines and market reports (株式会社明治株が急伸, 株式会社X株価, X株主総会): no company
     * name goes on past 株 (it starts 株式会社 when it is a legal form).
     */
    private static final List<String> JA_ROLES = List.of("代表取締役", "取締役", "社長", "会長", "本社", "社員", "元社員",
            "従業員", "工場", "支店", "株");

    /** Cuts a name read forward at the first role word after its first two chars: 株式会社日立製作所社長 is 日立製作所. */
    private static int trimRoleWords(String text, int start, int end) {
        for (int k = start + 2; k < end; k++) {
            for (String role : JA_ROLES) {
                if (k + role.length() <= end && text.startsWith(role, k)) {
                    return k;
                }
            }
        }
        return end;
    }

    /** Drops a country or "former" prefix and leading time words: 米X, 旧・X, 元X, 現在X. */
    private static int trimLeadingPrefix(String text, int start, int end) {
        if (end - start > 3 && text.startsWith("旧・", start)) {
            return start + 2;
        }
        for (String w : JA_LEADING) {
            if (text.startsWith(w, start) && end - start - w.length() >= 2 && CharClasses.isKanji(w.charAt(0))) {
                return start + w.length();
            }
        }
        if (end - start > 3 && "米英独仏中韓台欧豪加印露蘭伊旧元".indexOf(text.charAt(start)) >= 0
                && CharClasses.isKatakana(text.charAt(start + 1))) {
            return start + 1;
        }
        return start;
    }

    /** A ・ that does not join two katakana chars separates names (徳島新聞・四国新聞). */
    private static boolean dotBetweenNonKatakana(String text, int at) {
        if (text.charAt(at) != '・') {
            return false;
        }
        return at == 0 || at + 1 >= text.length() || !CharClasses.isKatakana(text.charAt(at - 1))
                || !CharClasses.isKatakana(text.charAt(at + 1));
    }

    private static boolean isNameChar(char c, boolean hangul) {
        return CharClasses.isKanji(c) || CharClasses.isKatakana(c) || c == '・' || isAsciiAlnum(c) || c == '&'
                || (hangul && CharClasses.isHangul(c));
    }

    private static int trimParticle(String text, int start, int end) {
        if (end - start > 2 && KO_PARTICLES.indexOf(text.charAt(end - 1)) >= 0) {
            return end - 1;
        }
        return end;
    }

    /** A name with Latin letters, or with both kanji and katakana: 日興コーディアル, not ユーザー or 武装. */
    private static boolean mixedOrLatin(String name) {
        boolean kanji = false;
        boolean katakana = false;
        for (int k = 0; k < name.length(); k++) {
            char ch = name.charAt(k);
            if (isAsciiAlnum(ch) && Character.isLetter(ch)) {
                return true;
            }
            kanji |= CharClasses.isKanji(ch);
            katakana |= CharClasses.isKatakana(ch);
        }
        return kanji && katakana;
    }

    private static boolean endsWithGeneric(String name) {
        for (String g : JA_GENERIC) {
            if (g.length() >= 2 && name.endsWith(g)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String name, Set<String> words) {
        for (String g : words) {
            if (g.length() >= 2 && name.endsWith(g)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean allDigits(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
