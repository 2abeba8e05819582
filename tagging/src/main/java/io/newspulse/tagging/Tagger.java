package io.newspulse.tagging;

import io.newspulse.avro.Company;
import io.newspulse.core.concurrent.Daemons;
import io.newspulse.tagging.discovery.Discovered;
import io.newspulse.tagging.discovery.OrgIds;
import io.newspulse.tagging.discovery.OrganisationDiscovery;
import io.newspulse.tagging.match.AliasDictionary;
import io.newspulse.tagging.match.FoldedText;
import io.newspulse.tagging.match.Mention;
import io.newspulse.tagging.match.MentionExtractor;
import io.newspulse.tagging.relevance.RelevanceFeatures;
import io.newspulse.tagging.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the companies an article mentions and how relevant each is. Immutable and thread-safe: build it once
 * from the knowledge base and share it.
 *
 * <h2>Matching</h2>
 * Title and body are folded ({@link FoldedText}: NFKC, case, width, spaces, apostrophes) and scanned once each
 * with one Aho–Corasick automaton holding every name and alias of every language, the ticker forms and the
 * context terms. All languages' aliases are matched whatever the article language, because Japanese articles
 * name companies in Latin script and vice versa; {@code language} only matters for Chinese ({@code zh*}), whose
 * unbroken Han runs need relaxed kanji boundaries.
 * An occurrence must pass the script-aware boundary rules of {@code match.BoundaryRules}; overlapping
 * occurrences are resolved leftmost-longest. Case is folded for matching, but for every company a Latin name
 * the knowledge base writes as an acronym must be in capitals (ANA is not "Ana"), and a capitalised name
 * written all in lower case does not count ("visa application", "neste sábado", "$3m"). Tickers count in these forms only: {@code $MSFT},
 * {@code NASDAQ:MSFT} / {@code (NASDAQ: MSFT)}, {@code 9984.T}, {@code TSE:9984}, {@code 東証9984}, and
 * {@code (9984)} / {@code (MSFT)} right after a name of the same company; a bare symbol never counts.
 *
 * <h2>Ambiguous companies</h2>
 * A name of a company flagged {@code ambiguous} counts only with evidence, any of:
 * <ol>
 *   <li>a corporate suffix or legal form: in the alias itself ("Apple Inc."), right after the name (Inc., Corp.,
 *       plc, Group, 社, 株式会社, グループ, 社長...) or before it (株式会社, (株));</li>
 *   <li>a ticker of that company anywhere in the article;</li>
 *   <li>one of its {@code context_terms} anywhere in the article (title or body);</li>
 *   <li>a mention of another, unambiguous company within 200 chars in the same field (business context);</li>
 *   <li>Latin script, body only: the name is capitalised mid-sentence (the previous word starts lower-case or
 *       is Japanese/Chinese text, with no sentence end in between).</li>
 * </ol>
 * Once one mention of the company has evidence, its other capitalised mentions in the article count too.
 *
 * <h2>Discovery</h2>
 * Organisations the knowledge base lacks are found by {@link OrganisationDiscovery} (legal forms, industry head
 * nouns, corporate context; see docs/tagging.md) and reported as unlinked matches with id
 * {@code org:<normalised-name>}; a discovered span that overlaps a knowledge-base mention is dropped.
 *
 * <h2>Relevance</h2>
 * See {@link RelevanceScorer}. Results are sorted by relevance (descending), then first appearance, then id.
 */
public final class Tagger {
    private final AliasDictionary dictionary;
    /** Taggers started by {@link #loadAhead}, each handed to the first {@link #of} of its knowledge base. */
    private static final Map<io.newspulse.tagging.kb.CompanyKnowledgeBase, CompletableFuture<Tagger>> AHEAD =
            new ConcurrentHashMap<>();

    private final MentionExtractor extractor;
    /** Null: discovery off. */
    private final OrganisationDiscovery discovery;

    Tagger(AliasDictionary dictionary, OrganisationDiscovery discovery) {
        this.dictionary = dictionary;
        this.extractor = new MentionExtractor(dictionary);
        this.discovery = discovery;
    }

    /**
     * Compiles a tagger for {@code companies} (deleted ones are skipped) with pattern discovery of unlinked
     * organisations ({@link OrganisationDiscovery#patternsOnly()}). The order of {@code companies} does not matter.
     * A company's {@code former_names} and {@code brands} are matched like its aliases: a former name tags the
     * company that bore it, a brand tags its owner.
     */
    public static Tagger build(Collection<Company> companies) {
        return build(companies, OrganisationDiscovery.patternsOnly());
    }

    /** As {@link #build(Collection)} with the given discovery; {@code null} turns discovery off. */
    public static Tagger build(Collection<Company> companies, OrganisationDiscovery discovery) {
        List<Company> live = new ArrayList<>();
        for (Company c : companies) {
            if (!c.getDeleted()) {
                live.add(withFormerNamesAndBrands(c));
            }
        }
        return new Tagger(AliasDictionary.build(live), discovery);
    }

    /**
     * The tagger of a knowledge base, with pattern discovery: for the built-in one, the tagger compiled for it at
     * build time ({@link TaggerImage}) when that matches it and this code, else (and for any other) {@link #build}.
     * Loading the compiled tagger takes a fraction of the CPU a build takes (issue 23: start-up).
     */
    public static Tagger of(io.newspulse.tagging.kb.CompanyKnowledgeBase kb) {
        CompletableFuture<Tagger> ahead = AHEAD.remove(kb);
        if (ahead != null) {
            try {
                return ahead.join();
            } catch (CompletionException | CancellationException e) {
                // loaded again below, which throws the failure itself
            }
        }
        return load(kb);
    }

    /**
     * Starts loading the tagger of {@code kb} ({@link #of}) on a daemon thread; the next {@link #of} of that knowledge
     * base takes it, once, instead of loading it again (the future returned). For a launcher that has other work to wait for (the demo
     * loads it while its broker starts: issue 23). Calling it again before the handover starts nothing.
     */
    public static CompletableFuture<Tagger> loadAhead(io.newspulse.tagging.kb.CompanyKnowledgeBase kb) {
        return AHEAD.computeIfAbsent(kb, k -> CompletableFuture.supplyAsync(() -> load(k), Daemons.executor("tagger-ahead")));
    }

    private static Tagger load(io.newspulse.tagging.kb.CompanyKnowledgeBase kb) {
        return TaggerImage.load(kb).orElseGet(() -> build(kb.companies()));
    }

    /** The dictionary the tagger matches with (to write it, {@link TaggerImage}). */
    AliasDictionary dictionary() {
        return dictionary;
    }

    /** The company as the dictionary holds it: its former names and brands among its aliases. */
    static Company withFormerNamesAndBrands(Company c) {
        if (c.getFormerNames().isEmpty() && c.getBrands().isEmpty()) {
            return c;
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        c.getAliases().forEach((lang, list) -> names.put(lang, new ArrayList<>(list)));
        for (Map<String, List<String>> extra : List.of(c.getFormerNames(), c.getBrands())) {
            extra.forEach((lang, list) -> {
                List<String> into = names.computeIfAbsent(lang, k -> new ArrayList<>());
                for (String name : list) {
                    if (!into.contains(name)) {
                        into.add(name);
                    }
                }
            });
        }
        return Company.newBuilder(c).setAliases(names).build();
    }

    /** Number of companies the tagger knows. */
    public int companyCount() {
        return dictionary.companies().size();
    }

    /**
     * Companies mentioned in the article, most relevant first. {@code title} and {@code language} may be null.
     */
    public List<CompanyMatch> tag(String title, String body, String language) {
        // Neither folded text outlives this call: their arrays are the thread's, reused article after article.
        FoldedText foldedTitle = FoldedText.ofReused(title, 0);
        FoldedText foldedBody = FoldedText.ofReused(body, 1);
        boolean chinese = language != null && language.strip().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
        List<int[]> jointVentures = new ArrayList<>();
        List<Mention> mentions = extractor.extract(foldedTitle, foldedBody, chinese, jointVentures);
        CompanyGroups groups = CompanyGroups.of(mentions);
        // Linked companies with their spans, in order of first appearance.
        List<Company> linkedCompanies = new ArrayList<>(groups.count() + 2);
        List<List<Span>> linkedSpans = new ArrayList<>(groups.count() + 2);
        for (int g = 0; g < groups.count(); g++) {
            int[] members = groups.members(g);
            List<Span> spans = new ArrayList<>(members.length);
            for (int member : members) {
                Mention m = mentions.get(member);
                FoldedText field = m.inTitle() ? foldedTitle : foldedBody;
                int start = field.originalStart(m.start());
                int end = OrganisationDiscovery.withLegalForm(field.original(), field.originalEnd(m.end()));
                spans.add(new Span(field.original().substring(start, end), start, end, m.inTitle()));
            }
            linkedCompanies.add(dictionary.companies().get(mentions.get(members[0]).company()));
            linkedSpans.add(spans);
        }
        Map<String, List<Span>> unlinked = new LinkedHashMap<>();
        for (int[] jv : jointVentures) {
            FoldedText field = jv[0] == 1 ? foldedTitle : foldedBody;
            int start = field.originalStart(jv[1]);
            int end = field.originalEnd(jv[2]);
            String text = field.original().substring(start, end);
            unlinked.computeIfAbsent(OrgIds.id(text), k -> new ArrayList<>(1))
                    .add(new Span(text, start, end, jv[0] == 1));
        }
        if (discovery != null) {
            List<Discovered> found = discovery.discover(title, body, language,
                    (inTitle, start, end) -> overlapsLinked(inTitle, start, end, linkedSpans));
            if (!chinese) {
                // Chinese discovery cannot tell where a name starts in an unbroken Han run (来自斯沃琪集团): the
                // knowledge-base name inside it stays
                dropSuperseded(found, linkedCompanies, linkedSpans);
            }
            unlinked(found, linkedSpans, unlinked);
        }
        // A discovered name that is exactly a knowledge-base name (大和証券 found by its cue where the scan's boundary
        // rules passed it over) joins that company.
        linkDiscoveredNames(unlinked, linkedCompanies, linkedSpans);
        int linkedCount = linkedCompanies.size();
        int count = linkedCount + unlinked.size();
        if (count == 0) {
            return List.of();
        }
        int articleMentions = 0;
        for (List<Span> spans : linkedSpans) {
            articleMentions += spans.size();
        }
        for (List<Span> spans : unlinked.values()) {
            articleMentions += spans.size();
        }
        int bodyLength = Math.max(1, foldedBody.original().length());
        CompanyMatch[] matches = new CompanyMatch[count];
        for (int g = 0; g < linkedCount; g++) {
            Company company = linkedCompanies.get(g);
            matches[g] = match(company.getId(), company.getName(), linkedSpans.get(g), bodyLength,
                    articleMentions, true);
        }
        int next = linkedCount;
        for (Map.Entry<String, List<Span>> e : unlinked.entrySet()) {
            List<Span> spans = e.getValue();
            matches[next++] = match(e.getKey(), spans.get(0).text(), spans, bodyLength, articleMentions, false);
        }
        // Linked groups, then unlinked ones, each in order of first appearance: a stable sort by relevance breaks
        // ties by linked first, then first appearance (each company appears first at its own place).
        Integer[] order = new Integer[count];
        for (int g = 0; g < count; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (x, y) -> Double.compare(matches[y].relevance(), matches[x].relevance()));
        CompanyMatch[] sorted = new CompanyMatch[count];
        for (int g = 0; g < count; g++) {
            sorted[g] = matches[order[g]];
        }
        return List.of(sorted);
    }

    private static CompanyMatch match(String id, String name, List<Span> spans, int bodyLength, int articleMentions,
                                      boolean linked) {
        boolean inTitle = false;
        double firstBody = 1;
        for (Span s : spans) {
            if (s.inTitle()) {
                inTitle = true;
            } else {
                firstBody = Math.min(firstBody, (double) s.start() / bodyLength);
            }
        }
        double relevance = RelevanceScorer.score(
                new RelevanceFeatures(inTitle, firstBody, spans.size(), articleMentions));
        return new CompanyMatch(id, name, relevance, spans.size(), inTitle, spans, linked);
    }

    /**
     * Moves every discovered organisation whose name without its legal form is exactly one knowledge-base company's
     * name or alias to that company (joining its spans, title first, in text order).
     */
    private void linkDiscoveredNames(Map<String, List<Span>> unlinked, List<Company> companies, List<List<Span>> spans) {
        if (unlinked.isEmpty()) {
            return;
        }
        var it = unlinked.entrySet().iterator();
        while (it.hasNext()) {
            List<Span> found = it.next().getValue();
            int c = dictionary.companyNamed(OrganisationDiscovery.core(found.get(0).text()));
            if (c < 0) {
                continue;
            }
            Company company = dictionary.companies().get(c);
            int at = companies.indexOf(company);
            if (at < 0) {
                companies.add(company);
                spans.add(new ArrayList<>(found));
            } else {
                spans.get(at).addAll(found);
                spans.get(at).sort(java.util.Comparator.comparing(Span::inTitle).reversed().thenComparingInt(Span::start));
            }
            it.remove();
        }
    }

    /**
     * Drops the knowledge-base spans inside a longer discovered CJK name that is another company
     * ({@link OrganisationDiscovery#supersedes}), and the companies left without spans.
     */
    private static void dropSuperseded(List<Discovered> found, List<Company> companies, List<List<Span>> spans) {
        for (int g = spans.size() - 1; g >= 0; g--) {
            spans.get(g).removeIf(s -> supersededByAny(found, s));
            if (spans.get(g).isEmpty()) {
                spans.remove(g);
                companies.remove(g);
            }
        }
    }

    private static boolean supersededByAny(List<Discovered> found, Span s) {
        for (int k = 0, n = found.size(); k < n; k++) {
            if (OrganisationDiscovery.supersedes(found.get(k), s.inTitle(), s.start(), s.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Discovered organisations grouped by id in order of first appearance (title first), without the spans that
     * overlap a knowledge-base mention.
     */
    private static void unlinked(List<Discovered> found, List<List<Span>> linkedSpans, Map<String, List<Span>> byId) {
        List<Span> jointVentures = new ArrayList<>();
        byId.values().forEach(jointVentures::addAll);
        for (Discovered d : found) {
            if (overlapsLinked(d, linkedSpans) || overlaps(d, jointVentures)) {
                continue;
            }
            byId.computeIfAbsent(d.id(), k -> new ArrayList<>(2))
                    .add(new Span(d.text(), d.start(), d.end(), d.inTitle()));
        }
    }

    private static boolean overlaps(Discovered d, List<Span> spans) {
        for (Span s : spans) {
            if (s.inTitle() == d.inTitle() && d.overlaps(s.start(), s.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsLinked(boolean inTitle, int start, int end, List<List<Span>> linkedSpans) {
        for (List<Span> spans : linkedSpans) {
            for (Span s : spans) {
                if (s.inTitle() == inTitle && start < s.end() && s.start() < end) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlapsLinked(Discovered d, List<List<Span>> linkedSpans) {
        return overlapsLinked(d.inTitle(), d.start(), d.end(), linkedSpans);
    }
}
