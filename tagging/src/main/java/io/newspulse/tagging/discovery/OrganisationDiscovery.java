package io.newspulse.tagging.discovery;

import io.newspulse.tagging.match.BoundaryRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds organisations the knowledge base lacks ("unlinked" mentions) in one article: {@link LatinDiscoverer} for
 * Latin-script text, {@link CjkDiscoverer} for Japanese/Chinese/Korean markers, and, for Japanese articles when
 * enabled, {@link KuromojiOrganisations}. Spans are resolved leftmost-longest; each name found with its cue is then
 * also counted where the same name appears again in the article without it ("Calpine Corporation ... Calpine").
 * Immutable and thread-safe.
 */
public final class OrganisationDiscovery {
    private final boolean kuromoji;

    private OrganisationDiscovery(boolean kuromoji) {
        this.kuromoji = kuromoji;
    }

    /** Discovery with every rule, Kuromoji included for Japanese articles. */
    public static OrganisationDiscovery withKuromoji() {
        return new OrganisationDiscovery(true);
    }

    /** Discovery by patterns only (no morphological analysis): the fast default. */
    public static OrganisationDiscovery patternsOnly() {
        return new OrganisationDiscovery(false);
    }

    /** True when Kuromoji runs on Japanese articles. */
    public boolean usesKuromoji() {
        return kuromoji;
    }

    /** Spans already taken by knowledge-base mentions: discovery skips candidates that overlap them. */
    @FunctionalInterface
    public interface Occupied {
        /** True when {@code [start, end)} of the title ({@code inTitle}) or body overlaps a taken span. */
        boolean overlaps(boolean inTitle, int start, int end);

        Occupied NONE = (inTitle, start, end) -> false;
    }

    /**
     * Organisations named in the article (title first, then body, each in text order), not yet filtered against
     * linked companies. {@code title} and {@code language} may be null.
     */
    public List<Discovered> discover(String title, String body, String language) {
        return discover(title, body, language, Occupied.NONE);
    }

    /**
     * As {@link #discover(String, String, String)}, skipping candidates that overlap {@code occupied} spans (the
     * tagger would drop them anyway: a linked match always wins), which saves most of the work in name-dense text.
     */
    public List<Discovered> discover(String title, String body, String language, Occupied occupied) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        boolean chinese = lang.startsWith("zh");
        boolean japanese = lang.startsWith("ja");
        List<Discovered> titleFound = field(title, true, chinese, japanese, occupied);
        List<Discovered> bodyFound = field(body, false, chinese, japanese, occupied);
        if (titleFound.isEmpty() && bodyFound.isEmpty()) {
            return List.of();
        }
        List<Discovered> found = new ArrayList<>();
        found.addAll(withRepeats(title, true, chinese, titleFound, bodyFound));
        found.addAll(withRepeats(body, false, chinese, bodyFound, titleFound));
        return found;
    }

    private List<Discovered> field(String text, boolean inTitle, boolean chinese, boolean japanese,
                                   Occupied occupied) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Discovered> raw = new ArrayList<>();
        LatinDiscoverer.discover(text, inTitle, (start, end) -> occupied.overlaps(inTitle, start, end), raw);
        CjkDiscoverer.discover(text, inTitle, chinese, raw);
        if (kuromoji && japanese) {
            KuromojiOrganisations.discover(text, inTitle, raw);
        }
        return raw.isEmpty() ? List.of() : leftmostLongest(raw);
    }

    /**
     * A field's organisations plus every other occurrence, in this field, of a name found in either field: a
     * headline names the company its body introduces with a legal form ("加ト吉、..." over "加ト吉社は").
     */
    private static List<Discovered> withRepeats(String text, boolean inTitle, boolean chinese, List<Discovered> own,
                                                List<Discovered> other) {
        if (text == null || text.isEmpty() || (own.isEmpty() && other.isEmpty())) {
            return own;
        }
        List<Discovered> more = new ArrayList<>(own);
        for (Discovered d : own) {
            repeats(text, d, inTitle, chinese, more);
        }
        for (Discovered d : other) {
            repeats(text, d, inTitle, chinese, more);
        }
        return leftmostLongest(more);
    }

    /**
     * True when {@code found} names a different, longer company than the knowledge-base mention at
     * {@code [start, end)} of the same field inside it, so that the discovered name wins: 沖縄ヤマト運輸 over ヤマト運輸,
     * 日本製紙クレシア over 日本製紙; not 三菱UFJ銀行 over 三菱UFJ, nor any Latin-script name (Microsoft Japan stays
     * Microsoft).
     */
    public static boolean supersedes(Discovered found, boolean inTitle, int start, int end) {
        return found.inTitle() == inTitle && found.start() <= start && end <= found.end()
                && end - start < found.end() - found.start()
                && CjkDiscoverer.supersedes(found.text(), start - found.start(), end - found.start());
    }

    /**
     * End of a knowledge-base name ending at {@code end} of {@code text} together with a Latin legal form written
     * right after it ("Pacific Gas and Electric" + " Company", "Acme" + ", Inc."), or {@code end} when none
     * follows: the mention is reported as written.
     */
    public static int withLegalForm(String text, int end) {
        int formEnd = LatinDiscoverer.legalFormAt(text, end, true);
        return formEnd < 0 ? end : formEnd;
    }

    /** Other occurrences of a discovered name in the same field, without its legal form ("Calpine"). */
    private static void repeats(String text, Discovered d, boolean inTitle, boolean chinese, List<Discovered> out) {
        String core = core(d.text());
        if (core.length() < 2) {
            return;
        }
        int at = text.indexOf(core);
        while (at >= 0) {
            int end = at + core.length();
            if (!(inTitle == d.inTitle() && at >= d.start() && at < d.end()) && BoundaryRules.accepts(text, at, end, chinese)
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(core.charAt(core.length() - 1)))) {
                out.add(new Discovered(d.id(), core, at, end, inTitle, d.rule()));
            }
            at = text.indexOf(core, at + 1);
        }
    }

    /** The name as written without a trailing or leading legal form. */
    private static final List<String> LATIN_TAILS = latinTails();

    private static List<String> latinTails() {
        List<String> tails = new ArrayList<>();
        for (String form : LegalForms.LATIN) {
            tails.add(", " + form);
            tails.add(" " + form);
        }
        return LegalForms.sortLongestFirst(tails);
    }

    /** {@link #LATIN_TAILS} by last char, longest first within each group as in the list. */
    private static final ByFirstChar LATIN_TAILS_BY_LAST = ByFirstChar.byLastChar(LATIN_TAILS);

    /** The name as written without a trailing Latin or leading/trailing CJK legal form, or a trailing 社. */
    public static String core(String surface) {
        String s = surface;
        if (s.isEmpty()) {
            return s;
        }
        for (String tail : LATIN_TAILS_BY_LAST.endingWith(s.charAt(s.length() - 1))) {
            if (s.endsWith(tail) && s.length() > tail.length()) {
                return s.substring(0, s.length() - tail.length());
            }
        }
        String cjk = OrgIds.stripCjk(s);
        if (!cjk.equals(s)) {
            return cjk;
        }
        if (s.endsWith("社") && s.length() > 2) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static List<Discovered> leftmostLongest(List<Discovered> spans) {
        List<Discovered> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Discovered::inTitle).reversed().thenComparingInt(Discovered::start)
                .thenComparing(Comparator.comparingInt(Discovered::end).reversed()));
        List<Discovered> kept = new ArrayList<>();
        int coveredUntil = -1;
        boolean title = true;
        for (Discovered d : sorted) {
            if (d.inTitle() != title) {
                title = d.inTitle();
                coveredUntil = -1;
            }
            if (d.start() >= coveredUntil) {
                kept.add(d);
                coveredUntil = d.end();
            }
        }
        return kept;
    }
}
