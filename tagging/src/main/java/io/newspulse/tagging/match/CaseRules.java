package io.newspulse.tagging.match;

import java.util.List;

/**
 * Case evidence against a Latin-script name, for every company: an acronym of the knowledge base (ANA, NEC, 3M)
 * must be written in capitals ("Ana Gomes", "$3m" are not mentions), and a capitalised name written entirely in
 * lower case ("neste sábado", a CSS class ".youtube") is not a mention. Matching itself is case-insensitive, so
 * "MICROSOFT" in a shouting headline still counts.
 */
final class CaseRules {
    private CaseRules() {
    }

    /**
     * False when {@link #contradicts(List, String)} is false for every surface: some form has no upper-case
     * letter, and such a form is never contradicted.
     */
    static boolean canContradict(List<String> kbForms) {
        for (String form : kbForms) {
            boolean upper = false;
            for (int i = 0; i < form.length() && !upper; i++) {
                char c = form.charAt(i);
                upper = Character.isLetter(c) && Character.isUpperCase(c);
            }
            if (!upper) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code surface} (as written in the article) contradicts every knowledge-base form. */
    static boolean contradicts(List<String> kbForms, String surface) {
        return contradicts(kbForms, surface, 0, surface.length());
    }

    /** As {@link #contradicts(List, String)} for the surface {@code original[from, to)}, without copying it. */
    static boolean contradicts(List<String> kbForms, String original, int from, int to) {
        if (!hasLatinLetter(original, from, to)) {
            return false;
        }
        for (int f = 0, n = kbForms.size(); f < n; f++) {
            if (!contradicts(kbForms.get(f), original, from, to)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contradicts(String form, String surface, int from, int to) {
        int letters = 0;
        boolean allUpper = true;
        boolean anyUpper = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
                anyUpper |= Character.isUpperCase(c);
            }
        }
        if (letters >= 2 && allUpper) {
            for (int i = from; i < to; i++) {
                if (Character.isLowerCase(surface.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
        if (anyUpper) {
            for (int i = from; i < to; i++) {
                if (Character.isUpperCase(surface.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean hasLatinLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && CharClasses.isWord(c)) {
                return true;
            }
        }
        return false;
    }
}
