package io.newspulse.tagging.discovery;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What discovery must never report as a company, by the words a name contains: governments, ministries,
 * regulators, courts, police, central and multilateral banks, universities and schools, unions, associations,
 * foundations, parties, sports clubs and leagues, places and events. The dev set's annotation rules say these
 * are not companies (docs/tagging.md).
 */
final class NotCompanies {
    /** Latin words (lower case) that make a name an institution, not a company. */
    private static final Set<String> LATIN_WORDS = Set.of(
            "ministry", "ministère", "ministerium", "ministerio", "department", "government", "gouvernement",
            "regierung", "gobierno", "agency", "agence", "agentur", "agencia", "authority", "autorité", "behörde",
            "commission", "kommission", "comisión", "council", "conseil", "consejo", "court", "tribunal",
            "gericht", "police", "polizei", "policía", "army", "navy", "military", "parliament", "parlement",
            "bundestag", "congress", "senate", "assembly", "committee", "komitee", "comité", "office", "bureau",
            "administration", "service", "services", "university", "universität", "université", "universidad",
            "college", "school", "schule", "école", "institute", "institut", "instituto", "academy", "akademie",
            "union", "gewerkschaft", "syndicat", "sindicato", "federation", "föderation", "fédération",
            "association", "verband", "verein", "society", "gesellschaft für", "foundation", "stiftung",
            "fondation", "fundación", "league", "liga", "ligue", "club", "fc", "f.c.", "afc", "cf", "sc", "team",
            "party", "partei", "parti", "partido", "reserve", "central", "federal", "world", "united nations",
            "nations", "organisation", "organization", "church", "hospital", "museum",
            "republic", "kingdom", "states", "province", "county", "airport", "stadium", "arena",
            "park", "station", "street", "avenue", "river", "mountain", "island", "festival", "cup", "games",
            "championship", "olympics", "awards", "prize", "index", "exchange commission", "board", "bundesbank",
            "eurozone", "european union", "nasa", "fbi", "cia", "sec", "fda", "ftc", "fcc", "epa");

    /** Names of central/multilateral banks ending in "Bank": they are not companies. */
    private static final List<String> INSTITUTIONAL_BANK_WORDS = List.of("development", "investment", "islamic",
            "reinvestment", "settlements", "export-import", "people's");

    /** CJK words whose presence in a name makes it an institution: 省 庁 大学 組合 協会 党 委員会 銀行 (central)... */
    private static final List<String> CJK_WORDS = List.of("省", "庁", "局", "府", "県", "市役所", "区役所", "役所", "大学",
            "学校", "学園", "高校", "組合", "協会", "協議会", "連盟", "連合", "機構", "財団", "党", "委員会", "議会", "裁判所",
            "警察", "リーグ", "政府", "日本銀行", "日銀", "中央銀行", "世界銀行", "開発銀行", "国際", "研究所", "病院", "球団", "協同",
            "자치", "정부", "대학", "학교", "노조", "조합", "협회", "위원회", "법원", "경찰", "한국은행", "중앙은행", "재단", "연맹",
            "政府", "大学", "银行监", "委员会", "协会", "工会", "人民银行", "中央");

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s,]+");

    private NotCompanies() {
    }

    /** True when the Latin-script {@code name} names an institution, place or event rather than a company. */
    static boolean latin(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : SEPARATORS.split(lower)) {
            if (LATIN_WORDS.contains(word)) {
                return true;
            }
        }
        if (lower.endsWith(" bank") || lower.endsWith(" banks")) {
            for (String w : INSTITUTIONAL_BANK_WORDS) {
                if (lower.contains(w + " bank")) {
                    return lower.startsWith("asian") || lower.startsWith("african") || lower.startsWith("european")
                            || lower.startsWith("inter-american") || lower.startsWith("islamic")
                            || lower.startsWith("international") || lower.startsWith("north american")
                            || lower.startsWith("caribbean") || lower.startsWith("nordic")
                            || lower.startsWith("new development");
                }
            }
        }
        return false;
    }

    /** True when the CJK {@code name} names an institution rather than a company. */
    static boolean cjk(String name) {
        for (String w : CJK_WORDS) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
