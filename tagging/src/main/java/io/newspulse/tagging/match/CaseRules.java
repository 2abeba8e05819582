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

    /** Shape bit: a form written as an acronym (two or more letters, all capitals). */
    static final int ACRONYM = 1;
    /** Shape bit: a form with a capital that is not an acronym. */
    static final int CAPITALISED = 2;
    /** Shape bit: no forms at all, so any surface with a Latin letter contradicts them all. */
    static final int NO_FORMS = 4;
    /** Surface bit: a letter of an alphabetic script ({@link CharClasses#isWord}). */
    static final int LATIN = 1;
    /** Surface bit: a lower-case char. */
    static final int LOWER = 2;
    /** Surface bit: an upper-case char. */
    static final int UPPER = 4;

    /** True when {@code surface} (as written in the article) contradicts every knowledge-base form. */
    static boolean contradicts(List<String> kbForms, String surface) {
        return contradicts(shape(kbForms), surface(surface, 0, surface.length()));
    }

    /**
     * What the case of a target's forms demands, as {@link #ACRONYM} / {@link #CAPITALISED} bits; 0 when some
     * form has no capital, which no surface contradicts.
     */
    static int shape(List<String> kbForms) {
        if (kbForms.isEmpty()) {
            return NO_FORMS;
        }
        int shape = 0;
        for (String form : kbForms) {
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
                shape |= ACRONYM;
            } else if (anyUpper) {
                shape |= CAPITALISED;
            } else {
                return 0;
            }
        }
        return shape;
    }

    /** The {@link #LATIN} / {@link #LOWER} / {@link #UPPER} bits of the surface {@code original[from, to)}. */
    static int surface(String original, int from, int to) {
        int bits = 0;
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    bits |= LATIN | LOWER;
                } else if (c >= 'A' && c <= 'Z') {
                    bits |= LATIN | UPPER;
                }
                continue;
            }
            if (Character.isLetter(c) && CharClasses.isWord(c)) {
                bits |= LATIN;
            }
            if (Character.isLowerCase(c)) {
                bits |= LOWER;
            }
            if (Character.isUpperCase(c)) {
                bits |= UPPER;
            }
        }
        return bits;
    }

    /**
     * True when a surface with bits {@code surface} contradicts every form of a target of shape {@code shape}:
     * it has a Latin letter, and it has a lower-case char (against an acronym) / no capital (against a
     * capitalised name) for each kind of form the target has.
     */
    static boolean contradicts(int shape, int surface) {
        if (shape == 0 || (surface & LATIN) == 0) {
            return false;
        }
        if ((shape & ACRONYM) != 0 && (surface & LOWER) == 0) {
            return false;
        }
        return (shape & CAPITALISED) == 0 || (surface & UPPER) == 0;
    }
}
