package io.newspulse.analysis;

import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Span;
import java.util.Arrays;
import java.util.List;

/**
 * Which company a clause's polarity is about: the subject nearest the predicate. The polar term goes to the
 * company mentioned nearest before it in the clause ("Rival's profit fell", "Toyota gained share"), else to the
 * nearest one after it ("Strong demand lifted Toyota"). Companies joined only by "and", ",", "&", "、", "と", "・",
 * "및"... form one group and share it ("Toyota and Honda reported record profits"). An agent or a source ("cut by
 * Moody's", "according to X", "Xによると") is passed over when another company precedes the term. Also remembers the first
 * group of the last clause that named a company, for clauses that refer back to it ("the company", 同社).
 */
final class Attribution {
    private static final String[] JOINERS = {"and", "&", ",", "、", "と", "・", "や", "및", "와", "과", "und", "et",
        "y", "e", "和", "与", "及", "/", "or", "as well as"};

    private final int[] company;
    private final boolean[] inTitle;
    private final int[] start;
    private final int[] end;
    private final Field title;
    private final Field body;
    private int[] last = new int[0];
    private int[] plural = new int[0];

    Attribution(List<CompanyMatch> matches, Field title, Field body) {
        this.title = title;
        this.body = body;
        int n = 0;
        for (CompanyMatch m : matches) {
            n += m.spans().size();
        }
        long[] keys = new long[n];
        int[] c0 = new int[n];
        boolean[] t0 = new boolean[n];
        int[] s0 = new int[n];
        int[] e0 = new int[n];
        int k = 0;
        for (int c = 0; c < matches.size(); c++) {
            for (Span s : matches.get(c).spans()) {
                c0[k] = c;
                t0[k] = s.inTitle();
                // Clamped: spans of another text version must not break the analysis.
                int length = (s.inTitle() ? title : body).length();
                s0[k] = Math.max(0, Math.min(s.start(), length));
                e0[k] = Math.max(s0[k], Math.min(Math.max(s.end(), s0[k] + 1), length));
                keys[k] = ((s.inTitle() ? 0L : 1L) << 62) | ((long) s0[k] << 20) | k;
                k++;
            }
        }
        Arrays.sort(keys);
        company = new int[n];
        inTitle = new boolean[n];
        start = new int[n];
        end = new int[n];
        for (int i = 0; i < n; i++) {
            int from = (int) (keys[i] & 0xFFFFF);
            company[i] = c0[from];
            inTitle[i] = t0[from];
            start[i] = s0[from];
            end[i] = e0[from];
        }
    }

    /** Indices of the mentions inside {@code clause}, in text order. */
    int[] mentionsIn(Clause clause) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < company.length; i++) {
            if (inTitle[i] == clause.inTitle && start[i] >= clause.start && start[i] < clause.end) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        if (count == 0) {
            return new int[0];
        }
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = first + i;
        }
        return out;
    }

    /**
     * {@code mentions} without those cited as the source of the news ("according to X", "Xによると"): the source
     * reports the clause, it is not its subject. The same array when none is cited.
     */
    int[] withoutCited(int[] mentions) {
        int cited = 0;
        for (int m : mentions) {
            if (isCited(m)) {
                cited++;
            }
        }
        if (cited == 0) {
            return mentions;
        }
        int[] out = new int[mentions.length - cited];
        int n = 0;
        for (int m : mentions) {
            if (!isCited(m)) {
                out[n++] = m;
            }
        }
        return out;
    }

    /** Distinct companies of {@code mentions}. */
    int[] companiesOf(int[] mentions) {
        int[] out = new int[mentions.length];
        int n = 0;
        for (int m : mentions) {
            if (!contains(out, n, company[m])) {
                out[n++] = company[m];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The companies that a polar term at folded {@code position} of the clause is about. */
    int[] targetOf(int[] mentions, int position) {
        int chosen = -1;
        int source = -1;
        for (int i = 0; i < mentions.length; i++) {
            if (end[mentions[i]] <= position) {
                if (isSource(mentions[i])) {
                    source = i;
                } else {
                    chosen = i;
                }
            }
        }
        if (chosen < 0) {
            chosen = source;
        }
        if (chosen < 0) {
            chosen = 0;
            for (int i = 0; i < mentions.length; i++) {
                if (start[mentions[i]] >= position) {
                    chosen = i;
                    break;
                }
            }
        }
        return group(mentions, chosen);
    }

    /**
     * A mention that is an agent or a source rather than the subject: "cut by Moody's", "according to
     * Gartner", "IDCによると", "三菱電機製" (made by).
     */
    private boolean isSource(int m) {
        Field field = inTitle[m] ? title : body;
        int s = start[m];
        // The words just before the mention (up to 14 chars) and just after it (up to 6), read in place.
        if (endsBefore(field, s, "by ") || endsBefore(field, s, "according to ")
                || endsBefore(field, s, "analysts at ") || endsBefore(field, s, "analyst at ")) {
            return true;
        }
        int e = end[m];
        return startsAfter(field, e, "によると") || startsAfter(field, e, "によれば") || startsAfter(field, e, "の調べ")
                || startsAfter(field, e, "에 따르면") || startsAfter(field, e, " said") || startsAfter(field, e, " analyst")
                // "三菱電機製FOMA端末": the maker of a product named in passing, as "made by X".
                || startsAfter(field, e, "製");
    }

    /** {@code word} (at most 14 chars to count) ends right before {@code at}. */
    private static boolean endsBefore(Field field, int at, String word) {
        return word.length() <= 14 && at >= word.length() && field.startsWith(word, at - word.length());
    }

    /** {@code word} (at most 6 chars to count) starts at {@code at}. */
    private static boolean startsAfter(Field field, int at, String word) {
        return word.length() <= 6 && field.startsWith(word, at);
    }

    /** A mention cited as the source of the news: "according to X", "Xによると", "X에 따르면". */
    private boolean isCited(int m) {
        Field field = inTitle[m] ? title : body;
        int s = start[m];
        if (s >= 13 && field.startsWith("according to ", s - 13)) {
            return true;
        }
        return field.startsWith("によると", end[m]) || field.startsWith("によれば", end[m])
                || field.startsWith("の調べ", end[m]) || field.startsWith("에 따르면", end[m]);
    }

    /** Distance in chars from {@code position} to the nearest mention of company {@code c} among {@code mentions}. */
    int distance(int[] mentions, int c, int position) {
        int best = Integer.MAX_VALUE;
        for (int m : mentions) {
            if (company[m] == c) {
                int d = position >= end[m] ? position - end[m] : position < start[m] ? start[m] - position : 0;
                best = Math.min(best, d);
            }
        }
        return best;
    }

    /**
     * True when company {@code c} is only cited as a source in this clause ("according to X", "Xによると") or when the trigger at {@code position} is its own name ("Moody's"): the clause's event is then
     * about someone else.
     */
    boolean onlySourceOrTrigger(int[] mentions, int c, int position) {
        boolean any = false;
        for (int m : mentions) {
            if (company[m] != c) {
                continue;
            }
            if (position >= start[m] && position < end[m]) {
                return true;
            }
            if (!isCited(m)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * True when every mention of company {@code c} among {@code mentions} stands inside brackets that do not hold
     * {@code position}: an aside about someone else ("池田氏(前足利銀行頭取)", "Lakshmi Mittal (owner of Mittal
     * Steel)") is not the party of the clause's event. {@code from} is where the clause starts.
     */
    boolean onlyInAside(int[] mentions, int c, int position, int from) {
        boolean any = false;
        for (int m : mentions) {
            if (company[m] != c) {
                continue;
            }
            char[] t = (inTitle[m] ? title : body).chars();
            int open = -1;
            for (int i = start[m] - 1; i >= from && i >= 0; i--) {
                char ch = t[i];
                if (ch == ')' || ch == '）') {
                    break;
                }
                if (ch == '(' || ch == '（') {
                    open = i;
                    break;
                }
            }
            if (open < 0) {
                return false;
            }
            int close = -1;
            for (int i = end[m]; i < t.length; i++) {
                char ch = t[i];
                if (ch == '(' || ch == '（' || ch == '。') {
                    break;
                }
                if (ch == ')' || ch == '）') {
                    close = i;
                    break;
                }
            }
            if (close < 0 || position > open && position < close) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * True when {@code position} lies inside one of {@code mentions}: a word of a company's name ("Asahi Fire &amp;
     * Marine", 朝日火災海上保険, "Fortune Brands") is not a polar word or an event trigger of the clause.
     */
    boolean insideMention(int[] mentions, int position) {
        for (int m : mentions) {
            if (position >= start[m] && position < end[m]) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a company is named just before {@code position} (only a space between): it is then the subject
     * of the word there ("Shell quits the Irish market": the company quits, not a manager).
     */
    boolean companyJustBefore(int[] mentions, int position) {
        for (int m : mentions) {
            if (end[m] <= position && position - end[m] <= 2) {
                return true;
            }
        }
        return false;
    }

    /** True when a mention of {@code mentions} starts after {@code position} (a later object of the clause). */
    boolean companyAfter(int[] mentions, int position) {
        for (int m : mentions) {
            if (start[m] > position) {
                return true;
            }
        }
        return false;
    }

    /** True when company {@code c} is named before {@code position} in the clause. */
    boolean companyBefore(int[] mentions, int c, int position) {
        for (int m : mentions) {
            if (company[m] == c && end[m] <= position) {
                return true;
            }
        }
        return false;
    }

    /** The company whose mention covers {@code position}, else -1. */
    int companyAt(int[] mentions, int position) {
        for (int m : mentions) {
            if (position >= start[m] && position < end[m]) {
                return company[m];
            }
        }
        return -1;
    }

    private static final String[] AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were"};

    /**
     * True when a company is the subject right before {@code position}, with at most an auxiliary between
     * ("Easyjet has declined 11%", "Tesco rebounds 5%").
     */
    boolean subjectJustBefore(int[] mentions, int position) {
        for (int m : mentions) {
            if (end[m] > position) {
                continue;
            }
            int gap = position - end[m];
            if (gap <= 2) {
                return true;
            }
            if (gap <= 6) {
                char[] t = (inTitle[m] ? title : body).chars();
                for (String a : AUXILIARIES) {
                    if (gap == a.length() + 2 && t[end[m]] == ' ' && t[position - 1] == ' '
                            && Field.matches(t, end[m] + 1, a)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Japanese: true when a company, its topic or subject particle (は, が) and a percentage stand right before
     * {@code position} ("パナソニックは3%下落した", "楽天が5%上昇"): the company's own value moved, as
     * {@link #subjectJustBefore(int[], int)} in spaced languages.
     */
    boolean subjectPercentJustBefore(int[] mentions, int position) {
        for (int m : mentions) {
            if (end[m] > position || position - end[m] > 12) {
                continue;
            }
            char[] t = (inTitle[m] ? title : body).chars();
            int i = end[m];
            if (i < position && (t[i] == 'は' || t[i] == 'が')) {
                i++;
            }
            int digits = 0;
            while (i < position && (t[i] >= '0' && t[i] <= '9' || digits > 0 && t[i] == '.')) {
                i++;
                digits++;
            }
            if (digits > 0 && i + 1 == position && t[i] == '%') {
                return true;
            }
        }
        return false;
    }

    /** As {@link #companyJustBefore(int[], int)}, for company {@code c} only. */
    boolean companyJustBefore(int[] mentions, int c, int position) {
        for (int m : mentions) {
            if (company[m] == c && end[m] <= position && position - end[m] <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Where mention {@code m} starts in its field. */
    int startOf(int m) {
        return start[m];
    }

    /**
     * Remembers the first group of a clause that names companies, for later clauses that refer back; a pair named
     * in a {@code history} clause ("merged in 1999") is not the story's pair.
     */
    void remember(int[] mentions, boolean history) {
        last = group(mentions, 0);
        if (plural.length == 0 && !history && last.length >= 2 && !isCited(mentions[groupEnd(mentions, 0)])) {
            plural = last;
        }
    }

    /**
     * The first group of two or more companies named together that is not a cited source ("新日石と新日鉱" in
     * the title), for 両社, "both companies": the pair the story is about.
     */
    int[] pluralGroup() {
        return plural;
    }

    private int groupEnd(int[] mentions, int index) {
        int hi = index;
        while (hi + 1 < mentions.length && joined(mentions[hi], mentions[hi + 1])) {
            hi++;
        }
        return hi;
    }

    int[] lastGroup() {
        return last;
    }

    private int[] group(int[] mentions, int index) {
        int lo = index;
        while (lo > 0 && joined(mentions[lo - 1], mentions[lo])) {
            lo--;
        }
        int hi = index;
        while (hi + 1 < mentions.length && joined(mentions[hi], mentions[hi + 1])) {
            hi++;
        }
        int[] out = new int[hi - lo + 1];
        int n = 0;
        for (int i = lo; i <= hi; i++) {
            if (!contains(out, n, company[mentions[i]])) {
                out[n++] = company[mentions[i]];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** True when only a conjunction, comma or nothing stands between mentions {@code a} and {@code b}. */
    private boolean joined(int a, int b) {
        if (company[a] == company[b]) {
            return true;
        }
        Field field = inTitle[a] ? title : body;
        int from = Math.min(end[a], field.length());
        int to = Math.min(Math.max(start[b], from), field.length());
        if (to - from > 14) {
            return false;
        }
        String gap = new String(field.chars(), from, to - from).strip();
        if (gap.startsWith("'s") || gap.startsWith("’s")) {
            gap = gap.substring(2).strip();
        }
        if (gap.isEmpty()) {
            return true;
        }
        for (String j : JOINERS) {
            if (gap.equals(j)) {
                return true;
            }
            if (gap.startsWith(",") && gap.substring(1).strip().equals(j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }
}
