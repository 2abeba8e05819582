package io.newspulse.tagging.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the company mentions of one article (title and body) with an {@link AliasDictionary}: one
 * {@link PatternMatcher} pass per field, {@link BoundaryRules}, names inside URLs skipped, {@link CaseRules}, leftmost-longest overlap resolution, ticker-in-parentheses check,
 * choice among companies sharing an alias, and the evidence rule for ambiguous companies (see
 * {@code io.newspulse.tagging.Tagger}). Stateless apart from the dictionary; thread-safe.
 */
public final class MentionExtractor {
    /** How far (folded chars, same field) another company's mention may be to count as business context. */
    static final int NEARBY = 200;
    /** How many chars (spaces) may separate a name from its "(9984)". */
    private static final int NEAR_NAME_GAP = 2;

    private final AliasDictionary dictionary;

    public MentionExtractor(AliasDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Mentions in the title first, then in the body, each in text order. */
    public List<Mention> extract(FoldedText title, FoldedText body) {
        return extract(title, body, false);
    }

    /** As {@link #extract(FoldedText, FoldedText)}; {@code chinese} relaxes the kanji boundaries ({@link BoundaryRules}). */
    public List<Mention> extract(FoldedText title, FoldedText body, boolean chinese) {
        return extract(title, body, chinese, new ArrayList<>());
    }

    /**
     * As {@link #extract(FoldedText, FoldedText, boolean)}, adding to {@code jointVentures} the folded spans
     * ({@code {inTitle ? 1 : 0, start, end}}) of names made of two companies' names ({@link JointVentureRule}),
     * which are not mentions of either.
     */
    public List<Mention> extract(FoldedText title, FoldedText body, boolean chinese, List<int[]> jointVentures) {
        List<Occurrence> occurrences = new ArrayList<>();
        CompanySet context = new CompanySet();
        scan(title, true, occurrences, context, chinese);
        scan(body, false, occurrences, context, chinese);
        keepTickersNextToNames(occurrences);
        CompanySet tickers = new CompanySet();
        CompanySet unique = new CompanySet();
        for (Occurrence o : occurrences) {
            if (o.kind != PatternKind.NAME) {
                o.targets.forEach(t -> tickers.set(t.company()));
            } else if (o.targets.size() == 1) {
                unique.set(o.company());
            }
        }
        for (Occurrence o : occurrences) {
            if (o.targets.size() > 1) {
                o.targets = List.of(choose(o.targets, unique, tickers, context));
            }
        }
        jointVentures.addAll(JointVentureRule.apply(occurrences, dictionary::ambiguous));
        dropTraps(occurrences);
        return weighEvidence(occurrences, tickers, context);
    }

    /**
     * Drops names that are part of a sports team's name ({@link SportsTeamRule}: then every mention of that company
     * in the article without a corporate affix goes too), a place ({@link PlaceNameRule}), a medium or venue
     * ({@link MediumRule}: "posted on Twitter", "Chesapeake Energy Arena"), a market index ({@link IndexRule}: "Dow
     * Jones Industrial Average", "日経平均") or a person's name ({@link PersonNameRule},
     * body only).
     */
    private void dropTraps(List<Occurrence> occurrences) {
        CompanySet teams = new CompanySet();
        List<Occurrence> kept = new ArrayList<>(occurrences.size());
        for (Occurrence o : occurrences) {
            if (o.kind != PatternKind.NAME) {
                kept.add(o);
                continue;
            }
            String text = o.field.text();
            if (SportsTeamRule.isTeam(text, o.start, o.end)) {
                teams.set(o.company());
            } else if (!PlaceNameRule.isPlace(text, o.start, o.end) && !MediumRule.isMediumOrVenue(text, o.start, o.end)
                    && !IndexRule.isIndex(text, o.start, o.end) && (o.inTitle
                    || !PersonNameRule.isPerson(o.field.original(), o.field.originalStart(o.start),
                    o.field.originalEnd(o.end)))) {
                kept.add(o);
            }
        }
        if (!teams.isEmpty()) {
            kept.removeIf(o -> o.kind == PatternKind.NAME && teams.get(o.company())
                    && !AmbiguityRules.corporateAffix(dictionary.hasCorporateSuffix(o.pattern), o.field.text(),
                    o.start, o.end));
        }
        if (kept.size() != occurrences.size()) {
            occurrences.clear();
            occurrences.addAll(kept);
        }
    }

    private void scan(FoldedText field, boolean inTitle, List<Occurrence> out, CompanySet context, boolean chinese) {
        String text = field.text();
        if (text.isEmpty()) {
            return;
        }
        String original = field.original();
        List<OverlapResolver.Span> spans = new ArrayList<>();
        UrlRanges urls = UrlRanges.of(text);
        dictionary.matcher().scan(field.chars(), field.length(), (start, end, p) -> {
            if (!BoundaryRules.accepts(text, start, end, chinese) || urls.overlaps(start, end)
                    || (chinese && dictionary.japaneseOnly(p))) {
                return;
            }
            boolean mention = false;
            int surface = -1;
            List<Target> targets = dictionary.targets(p);
            for (int k = 0, n = targets.size(); k < n; k++) {
                Target t = targets.get(k);
                if (t.kind() == PatternKind.CONTEXT) {
                    context.set(t.company());
                } else if (t.kind() != PatternKind.NAME) {
                    mention = true;
                } else if (!mention) {
                    int shape = dictionary.caseShape(p, k);
                    if (shape != 0 && surface < 0) {
                        surface = CaseRules.surface(original, field.originalStart(start), field.originalEnd(end));
                    }
                    mention = !CaseRules.contradicts(shape, surface);
                }
            }
            if (mention) {
                spans.add(new OverlapResolver.Span(start, end, p));
            }
        });
        for (OverlapResolver.Span s : OverlapResolver.resolve(spans)) {
            PatternKind kind = dictionary.strongestKind(s.pattern());
            List<Target> targets = new ArrayList<>(2);
            int surface = CaseRules.surface(original, field.originalStart(s.start()), field.originalEnd(s.end()));
            List<Target> candidates = dictionary.targets(s.pattern());
            for (int k = 0; k < candidates.size(); k++) {
                Target t = candidates.get(k);
                if (t.kind() == kind && (kind != PatternKind.NAME
                        || !CaseRules.contradicts(dictionary.caseShape(s.pattern(), k), surface))) {
                    targets.add(t);
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            out.add(new Occurrence(field, inTitle, s.start(), s.end(), s.pattern(), kind, targets));
        }
    }

    /** "(9984)" counts only right after a name of the same company; otherwise the occurrence is dropped. */
    private static void keepTickersNextToNames(List<Occurrence> occurrences) {
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence o = occurrences.get(i);
            if (o.kind != PatternKind.TICKER_NEAR_NAME) {
                continue;
            }
            Occurrence before = i > 0 ? occurrences.get(i - 1) : null;
            List<Target> kept = new ArrayList<>();
            if (before != null && before.field == o.field && before.kind == PatternKind.NAME
                    && o.start - before.end <= NEAR_NAME_GAP) {
                for (Target t : o.targets) {
                    if (before.hasCompany(t.company())) {
                        kept.add(t);
                    }
                }
            }
            o.targets = kept;
        }
        occurrences.removeIf(o -> o.targets.isEmpty());
    }

    /**
     * Among companies sharing an alias, prefer one named elsewhere in the article by an alias of its own,
     * then one whose ticker or context term appears, then a parent of another candidate, then the first in
     * {@link CompanyOrder} (parents first, then id order: never the load order).
     */
    private Target choose(List<Target> targets, CompanySet unique, CompanySet tickers, CompanySet context) {
        Target best = null;
        int bestScore = -1;
        for (Target t : targets) {
            int c = t.company();
            int score = (unique.get(c) ? 8 : 0) + (tickers.get(c) ? 4 : 0) + (context.get(c) ? 2 : 0)
                    + (isParentOfAnother(c, targets) ? 1 : 0);
            if (score > bestScore || (score == bestScore && c < best.company())) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean isParentOfAnother(int company, List<Target> targets) {
        String id = dictionary.companies().get(company).getId();
        for (Target t : targets) {
            if (id.equals(dictionary.companies().get(t.company()).getParentId())) {
                return true;
            }
        }
        return false;
    }

    private List<Mention> weighEvidence(List<Occurrence> occurrences, CompanySet tickers, CompanySet context) {
        int n = occurrences.size();
        boolean[] accepted = new boolean[n];
        boolean[] pending = new boolean[n];
        CompanySet confirmed = new CompanySet();
        for (int i = 0; i < n; i++) {
            Occurrence o = occurrences.get(i);
            if (o.kind != PatternKind.NAME || !dictionary.ambiguous(o.company())) {
                accepted[i] = true;
            } else if (confirmed.get(o.company())) {
                accepted[i] = true; // evidence elsewhere already counts for every mention of the company
            } else if (hasEvidence(occurrences, i, tickers, context)) {
                accepted[i] = true;
            } else {
                pending[i] = true;
            }
            if (accepted[i]) {
                confirmed.set(o.company());
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Occurrence o = occurrences.get(i);
            if (accepted[i] || (pending[i] && confirmed.get(o.company()))) {
                mentions.add(new Mention(o.company(), o.inTitle, o.start, o.end, o.kind));
            }
        }
        return mentions;
    }

    private boolean hasEvidence(List<Occurrence> occurrences, int index, CompanySet tickers, CompanySet context) {
        Occurrence o = occurrences.get(index);
        int company = o.company();
        String text = o.field.text();
        if (tickers.get(company) || context.get(company)
                || AmbiguityRules.corporateAffix(dictionary.hasCorporateSuffix(o.pattern), text, o.start, o.end)) {
            return true;
        }
        if (unambiguousNearby(occurrences, index)) {
            return true;
        }
        return !o.inTitle && CharClasses.isWord(text.charAt(o.start))
                && AmbiguityRules.capitalisedMidSentence(o.field.original(), o.field.originalStart(o.start));
    }

    /**
     * True when a mention of another, unambiguous company starts within {@link #NEARBY} chars of occurrence
     * {@code index} in the same field. Occurrences are in text order field by field, so only the window around
     * {@code index} is looked at (all of them when title and body are the same object).
     */
    private boolean unambiguousNearby(List<Occurrence> occurrences, int index) {
        Occurrence o = occurrences.get(index);
        int n = occurrences.size();
        boolean sorted = n < 2 || occurrences.get(0).field != occurrences.get(n - 1).field
                || occurrences.get(0).inTitle == occurrences.get(n - 1).inTitle;
        int from = 0;
        int to = n;
        if (sorted) {
            from = index;
            while (from > 0 && occurrences.get(from - 1).field == o.field
                    && o.start - occurrences.get(from - 1).start <= NEARBY) {
                from--;
            }
            to = index + 1;
            while (to < n && occurrences.get(to).field == o.field && occurrences.get(to).start - o.start <= NEARBY) {
                to++;
            }
        }
        for (int k = from; k < to; k++) {
            Occurrence other = occurrences.get(k);
            if (other.field == o.field && other.company() != o.company()
                    && !dictionary.ambiguous(other.company())
                    && Math.abs(other.start - o.start) <= NEARBY) {
                return true;
            }
        }
        return false;
    }
}
