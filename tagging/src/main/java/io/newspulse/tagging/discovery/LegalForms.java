package io.newspulse.tagging.discovery;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Legal forms of companies in the supported languages, as written after (or, in CJK, before) a name. */
final class LegalForms {
    /**
     * Latin-script legal forms as usually written (case matters: "AG" is a legal form, "Ag" is not), longest
     * first. The two-letter upper-case ones are accepted only without a comma before them (see
     * {@link #SHORT_NO_COMMA}).
     */
    static final List<String> LATIN = sortLongestFirst(List.of(
            "Incorporated", "Corporation", "Limited", "Company",
            "Inc.", "Inc", "INC", "Corp.", "Corp", "CORP", "Co.", "Co", "Ltd.", "Ltd", "LTD", "Plc", "plc", "PLC",
            "LLC", "L.L.C.", "LLP", "L.P.", "LP", "GmbH", "GMBH", "AG", "SE", "KGaA", "S.A.", "SA", "S.A.S.", "SAS",
            "S.p.A.", "SpA", "S.P.A.", "N.V.", "NV", "B.V.", "BV", "AB", "ASA", "Oyj", "Oy", "K.K.", "S.L.",
            "S.R.L.", "Srl", "S.r.l.", "A/S", "AS", "Pty Ltd", "Pty. Ltd.", "SARL", "S.à r.l.", "SCA", "Sdn Bhd",
            "Bhd", "Tbk", "PT"));

    /** Forms that are legal forms only when written right after the name, with no comma: "Bayer AG" not "Paris, SA". */
    static final List<String> SHORT_NO_COMMA = List.of("AG", "SE", "SA", "AB", "NV", "BV", "AS", "LP", "Co", "PT",
            "SCA", "Oy", "SAS");

    /** Forms that come before the name in Latin script ("PT Bank Central Asia"): none is safe enough yet. */
    static final List<String> LATIN_FOLDED = sortLongestFirst(
            LATIN.stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct().toList());

    /** CJK legal forms before the name: 株式会社ソニー, (株)ソニー, 주식회사 삼성, (주)롯데쇼핑. */
    static final List<String> CJK_PREFIX = sortLongestFirst(List.of("株式会社", "有限会社", "合同会社", "(株)", "(有)", "㈱",
            "(株)", "주식회사", "(주)", "㈜", "(주)"));

    /** CJK legal forms after the name: ソニー株式会社, 阿里巴巴集团?(no: a group is not a legal form), 롯데쇼핑(주). */
    static final List<String> CJK_SUFFIX = sortLongestFirst(List.of("株式会社", "有限会社", "合同会社", "(株)", "(有)", "㈱",
            "(株)", "股份有限公司", "有限责任公司", "有限公司", "有限公司", "公司", "주식회사", "(주)", "㈜", "(주)"));

    /**
     * Unfinished Japanese and Korean legal forms, longest first: what a name cut in the middle of "株式会社",
     * "주식회사" or "(株)" (or read on into 株, the share) ends in. No company name ends in one (明治株 is 明治 and its
     * share, 明治株式 a cut).
     */
    static final List<String> CJK_PARTIAL_SUFFIX = List.of("株式会", "有限会", "合同会", "주식회", "(株", "(有", "（株", "（有",
            "(주", "（주", "株式", "有限", "株");

    private LegalForms() {
    }

    /**
     * The length of the unfinished legal form that ends {@code text[from, to)} (see {@link #CJK_PARTIAL_SUFFIX}),
     * 0 when none does.
     */
    static int partialCjkFormAtEnd(String text, int from, int to) {
        for (String form : CJK_PARTIAL_SUFFIX) {
            if (to - from > form.length() && text.startsWith(form, to - form.length())) {
                return form.length();
            }
        }
        return 0;
    }

    static List<String> sortLongestFirst(List<String> forms) {
        return Stream.of(forms.toArray(String[]::new)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
