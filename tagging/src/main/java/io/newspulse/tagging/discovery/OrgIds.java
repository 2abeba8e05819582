package io.newspulse.tagging.discovery;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Ids of discovered (unlinked) organisations: {@code org:} + the name with its legal forms stripped, NFKC,
 * lower case, spaces as '-'. "Acme Widgets plc", "Acme Widgets" and "ACME WIDGETS, Inc." all give
 * {@code org:acme-widgets}; 株式会社センターロード and センターロード give {@code org:センターロード}.
 */
public final class OrgIds {
    public static final String PREFIX = "org:";

    private OrgIds() {
    }

    /** The id of the organisation named {@code name}. */
    public static String id(String name) {
        return PREFIX + key(name);
    }

    /** The normalised name behind {@link #id}: legal forms stripped, NFKC, lower case, spaces as '-'. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (s.indexOf("  ") >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\t') >= 0) {
            s = s.replaceAll("\\s+", " ");
        }
        s = s.replace('’', '\'');
        String previous;
        do {
            previous = s;
            s = stripLatin(s);
            s = stripCjk(s);
            s = trimPunctuation(s);
        } while (!s.equals(previous) && !s.isEmpty());
        if (s.isEmpty()) {
            s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        }
        return s.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** Every lower-case legal-form tail a name may end with: " & co.", ", inc.", " plc"... longest first. */
    private static final List<String> LATIN_TAILS = tails();

    private static List<String> tails() {
        List<String> tails = new java.util.ArrayList<>(List.of(" & co.", " & co", " and co.", " and co",
                " & company", " and company"));
        for (String form : LegalForms.LATIN_FOLDED) {
            for (String sep : List.of(", ", " ", ",")) {
                tails.add(sep + form);
            }
        }
        return LegalForms.sortLongestFirst(tails);
    }

    /** Last words of {@link #LATIN_TAILS}: a name whose last word is none of them keeps its end. */
    private static final java.util.Set<String> LAST_WORDS = lastWords();

    private static java.util.Set<String> lastWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String tail : tails()) {
            String t = tail.strip();
            int space = Math.max(t.lastIndexOf(' '), t.lastIndexOf(','));
            words.add(t.substring(space + 1));
        }
        return java.util.Set.copyOf(words);
    }

    private static String stripLatin(String s) {
        int space = Math.max(s.lastIndexOf(' '), s.lastIndexOf(','));
        if (space < 0 || !LAST_WORDS.contains(s.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return s;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String tail : LATIN_TAILS) {
            if (lower.endsWith(tail) && lower.length() > tail.length()) {
                return s.substring(0, s.length() - tail.length());
            }
        }
        return s;
    }

    /** {@code s} without one leading or trailing CJK legal form (株式会社, (株), 公司, 주식회사...), else {@code s}. */
    static String stripCjk(String s) {
        for (String form : LegalForms.CJK_PREFIX) {
            if (s.startsWith(form) && s.length() > form.length()) {
                return s.substring(form.length()).strip();
            }
        }
        for (String form : LegalForms.CJK_SUFFIX) {
            if (s.endsWith(form) && s.length() > form.length()) {
                return s.substring(0, s.length() - form.length()).strip();
            }
        }
        return s;
    }

    private static String trimPunctuation(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isTrimmed(s.charAt(from))) {
            from++;
        }
        while (to > from && isTrimmed(s.charAt(to - 1)) && s.charAt(to - 1) != '.' ) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isTrimmed(char c) {
        return Character.isWhitespace(c) || ",;:\"'“”「」『』()（）[]・-".indexOf(c) >= 0;
    }
}
