package io.newspulse.tagging.match;

import io.newspulse.avro.Company;
import io.newspulse.avro.Ticker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name, alias, ticker form and context term of a set of companies, folded and compiled into one
 * {@link PatternMatcher}. A folded pattern may stand for several {@link Target}s (an alias shared by two
 * companies, or a context term that is also a name). Names shorter than two chars are left out. Immutable.
 */
public final class AliasDictionary {
    private final List<Company> companies;
    private final PatternMatcher matcher;
    private final List<String> patterns;
    private final List<List<Target>> targets;
    /** Per pattern: the pattern itself carries a corporate suffix ({@link CorporateSuffixes#aliasHasSuffix}). */
    private final boolean[] suffixed;
    /** Per company: flagged ambiguous in the knowledge base. */
    private final boolean[] ambiguous;
    /** Per pattern and target: the {@link CaseRules#shape} of the target's forms (0: case never rejects it). */
    private final int[][] caseShape;
    /** Per pattern: the strongest kind among its non-context targets (NAME before tickers), CONTEXT if none. */
    private final PatternKind[] strongestKind;
    /**
     * Per pattern: written in kanji only and known only as a Japanese name of generated (open-data) companies
     * (中国通信, 国際証券): such a name is a plain phrase in Chinese text, so Chinese articles skip it.
     */
    private final boolean[] japaneseOnly;

    private AliasDictionary(List<Company> companies, PatternMatcher matcher, List<String> patterns,
                            List<List<Target>> targets, java.util.Set<String> japaneseOnlyPatterns) {
        this.companies = companies;
        japaneseOnly = new boolean[patterns.size()];
        for (int p = 0; p < japaneseOnly.length; p++) {
            japaneseOnly[p] = japaneseOnlyPatterns.contains(patterns.get(p));
        }
        this.matcher = matcher;
        this.patterns = patterns;
        this.targets = targets;
        suffixed = new boolean[patterns.size()];
        for (int p = 0; p < suffixed.length; p++) {
            suffixed[p] = CorporateSuffixes.aliasHasSuffix(patterns.get(p));
        }
        ambiguous = new boolean[companies.size()];
        for (int c = 0; c < ambiguous.length; c++) {
            ambiguous[c] = companies.get(c).getAmbiguous();
        }
        strongestKind = new PatternKind[patterns.size()];
        for (int p = 0; p < strongestKind.length; p++) {
            PatternKind best = PatternKind.CONTEXT;
            for (Target t : targets.get(p)) {
                if (t.kind() != PatternKind.CONTEXT && t.kind().ordinal() < best.ordinal()) {
                    best = t.kind();
                }
            }
            strongestKind[p] = best;
        }
        caseShape = new int[patterns.size()][];
        for (int p = 0; p < caseShape.length; p++) {
            List<Target> list = targets.get(p);
            caseShape[p] = new int[list.size()];
            for (int k = 0; k < list.size(); k++) {
                caseShape[p][k] = CaseRules.shape(list.get(k).forms());
            }
        }
    }

    /** The dictionary {@link #writeTo} wrote, over its companies (see {@link DictionaryImage}). */
    private AliasDictionary(DictionaryImage.In in, List<Company> companies) {
        this.companies = List.copyOf(companies);
        matcher = PatternMatcher.readFrom(in);
        int count = in.integer();
        String[] patternArray = new String[count];
        List<List<Target>> targetLists = new ArrayList<>(count);
        PatternKind[] kinds = PatternKind.values();
        for (int p = 0; p < count; p++) {
            patternArray[p] = in.string();
            Target[] list = new Target[in.integer()];
            for (int k = 0; k < list.length; k++) {
                int company = in.integer();
                PatternKind kind = kinds[in.integer()];
                String[] forms = new String[in.integer()];
                for (int f = 0; f < forms.length; f++) {
                    forms[f] = in.string();
                }
                list[k] = new Target(company, kind, List.of(forms));
            }
            targetLists.add(List.of(list));
        }
        patterns = List.of(patternArray);
        targets = java.util.Collections.unmodifiableList(targetLists);
        suffixed = in.booleans();
        ambiguous = in.booleans();
        caseShape = new int[in.integer()][];
        for (int p = 0; p < caseShape.length; p++) {
            caseShape[p] = in.ints();
        }
        int[] strongest = in.ints();
        strongestKind = new PatternKind[strongest.length];
        for (int p = 0; p < strongest.length; p++) {
            strongestKind[p] = kinds[strongest[p]];
        }
        japaneseOnly = in.booleans();
        if (this.companies.size() != ambiguous.length) {
            throw new IllegalArgumentException("the image was written for " + ambiguous.length + " companies, not "
                    + this.companies.size());
        }
    }

    static AliasDictionary readFrom(DictionaryImage.In in, List<Company> companies) {
        return new AliasDictionary(in, companies);
    }

    /** Writes every field but the companies, in the order the reading constructor reads them. */
    void writeTo(DictionaryImage.Out out) throws java.io.IOException {
        matcher.writeTo(out);
        out.integer(patterns.size());
        for (int p = 0; p < patterns.size(); p++) {
            out.string(patterns.get(p));
            List<Target> list = targets.get(p);
            out.integer(list.size());
            for (Target t : list) {
                out.integer(t.company());
                out.integer(t.kind().ordinal());
                out.integer(t.forms().size());
                for (String form : t.forms()) {
                    out.string(form);
                }
            }
        }
        out.booleans(suffixed);
        out.booleans(ambiguous);
        out.integer(caseShape.length);
        for (int[] shapes : caseShape) {
            out.ints(shapes);
        }
        int[] strongest = new int[strongestKind.length];
        for (int p = 0; p < strongest.length; p++) {
            strongest[p] = strongestKind[p].ordinal();
        }
        out.ints(strongest);
        out.booleans(japaneseOnly);
    }

    /**
     * Compiles the dictionary of {@code companies}. They are put in {@link CompanyOrder} first, the last tie-break
     * between companies sharing an alias, so that the result does not depend on the order they were loaded in.
     */
    public static AliasDictionary build(Collection<Company> companies) {
        List<Company> list = List.copyOf(CompanyOrder.sort(companies));
        Map<String, List<Target>> byPattern = new LinkedHashMap<>();
        java.util.Set<String> japaneseGenerated = new java.util.HashSet<>();
        java.util.Set<String> otherwise = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Company c = list.get(i);
            String name = add(byPattern, c.getName(), new Target(i, PatternKind.NAME, List.of(c.getName())));
            List<String> japanese = c.getAliases().getOrDefault("ja", List.of());
            if (c.getCurated() || !kanjiOnly(c.getName()) || !japanese.contains(c.getName())) {
                otherwise.add(name); // a generated company's name that is one of its Japanese names counts as those
            }
            for (Map.Entry<String, List<String>> byLanguage : c.getAliases().entrySet()) {
                boolean japaneseGeneratedList = "ja".equals(byLanguage.getKey()) && !c.getCurated();
                for (String alias : byLanguage.getValue()) {
                    String folded = add(byPattern, alias, new Target(i, PatternKind.NAME, List.of(alias)));
                    (japaneseGeneratedList && kanjiOnly(alias) ? japaneseGenerated : otherwise).add(folded);
                }
            }
            for (String declined : declinedNames(c)) {
                otherwise.add(add(byPattern, declined, new Target(i, PatternKind.NAME, List.of(declined))));
            }
            for (Ticker t : c.getTickers()) {
                for (Map.Entry<String, PatternKind> form : TickerForms.forms(t).entrySet()) {
                    addFolded(byPattern, form.getKey(), new Target(i, form.getValue(), List.of(t.getSymbol())));
                }
            }
            for (String term : c.getContextTerms()) {
                add(byPattern, term, new Target(i, PatternKind.CONTEXT, List.of(term)));
            }
        }
        PatternMatcher.Builder builder = PatternMatcher.builder();
        List<String> patterns = new ArrayList<>(byPattern.size());
        List<List<Target>> targets = new ArrayList<>(byPattern.size());
        for (Map.Entry<String, List<Target>> e : byPattern.entrySet()) {
            builder.add(e.getKey());
            patterns.add(e.getKey());
            targets.add(List.copyOf(e.getValue()));
        }
        japaneseGenerated.removeAll(otherwise);
        return new AliasDictionary(list, builder.build(), List.copyOf(patterns), List.copyOf(targets), japaneseGenerated);
    }

    /** The German declined forms of a company's Latin names ({@link GermanInflection}), each once. */
    private static java.util.Set<String> declinedNames(Company c) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(GermanInflection.variants(c.getName(), c.getCountry()));
        for (Map.Entry<String, List<String>> byLanguage : c.getAliases().entrySet()) {
            if ("en".equals(byLanguage.getKey()) || "de".equals(byLanguage.getKey())) {
                for (String alias : byLanguage.getValue()) {
                    out.addAll(GermanInflection.variants(alias, c.getCountry()));
                }
            }
        }
        return out;
    }

    private static boolean kanjiOnly(String alias) {
        if (alias == null || alias.isBlank()) {
            return false;
        }
        for (int k = 0; k < alias.length(); k++) {
            if (!CharClasses.isKanji(alias.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The company (index into {@link #companies()}) whose name or alias is exactly {@code name} (folded as the
     * tagger folds text), or -1 when none is or when several companies share it.
     */
    public int companyNamed(String name) {
        FoldedText folded = FoldedText.of(name.strip());
        int length = folded.length();
        int[] found = {-1, 0}; // company, count of distinct companies
        matcher.scan(folded.chars(), length, (start, end, p) -> {
            if (start != 0 || end != length) {
                return;
            }
            for (Target t : targets.get(p)) {
                if (t.kind() == PatternKind.NAME && t.company() != found[0]) {
                    found[0] = t.company();
                    found[1]++;
                }
            }
        });
        return found[1] == 1 ? found[0] : -1;
    }

    /** True when pattern {@code p} is a kanji-only Japanese name of generated companies only (skipped in Chinese text). */
    public boolean japaneseOnly(int p) {
        return japaneseOnly[p];
    }

    /** Adds {@code form} folded as the tagger folds text; returns the folded pattern ("" for none). */
    private static String add(Map<String, List<Target>> byPattern, String form, Target target) {
        if (form == null) {
            return "";
        }
        String folded = FoldedText.of(form.strip()).text().strip();
        addFolded(byPattern, folded, target);
        return folded;
    }

    private static void addFolded(Map<String, List<Target>> byPattern, String folded, Target target) {
        if (folded.length() < 2) {
            return;
        }
        List<Target> list = byPattern.computeIfAbsent(folded, k -> new ArrayList<>(1));
        for (int k = 0; k < list.size(); k++) {
            Target t = list.get(k);
            if (t.company() == target.company() && t.kind() == target.kind()) {
                list.set(k, t.withForm(target.forms().get(0)));
                return;
            }
        }
        list.add(target);
    }

    public List<Company> companies() {
        return companies;
    }

    /** The matcher of every folded pattern, numbered as {@link #pattern(int)} numbers them. */
    public PatternMatcher matcher() {
        return matcher;
    }

    /** Folded text of pattern {@code p}. */
    public String pattern(int p) {
        return patterns.get(p);
    }

    public List<Target> targets(int p) {
        return targets.get(p);
    }

    /** True when pattern {@code p} itself ends (or starts) with a corporate suffix: "apple inc.", "任天堂株式会社". */
    boolean hasCorporateSuffix(int p) {
        return suffixed[p];
    }

    /** The {@link CaseRules#shape} of target {@code k} of pattern {@code p}: 0 when case never rejects it. */
    int caseShape(int p, int k) {
        return caseShape[p][k];
    }

    /** The strongest kind among the non-context targets of pattern {@code p} (CONTEXT when it has none). */
    PatternKind strongestKind(int p) {
        return strongestKind[p];
    }

    /** True when company number {@code company} is flagged ambiguous. */
    boolean ambiguous(int company) {
        return ambiguous[company];
    }
}
