package io.newspulse.tagging.match;

import java.util.List;
import java.util.Set;

/**
 * German declines the adjective that opens many company names: "die Deutsche Bank", but "der Deutschen Bank",
 * "bei der Deutschen Telekom", "der Bayerischen Motoren Werke". For a company of a German-speaking country, a name of
 * two or more words whose first word is a capitalised adjective in {@code -e} is also matched with that word in
 * {@code -en} (the genitive and dative forms).
 */
final class GermanInflection {
    private static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT", "CH", "LI", "LU");

    private GermanInflection() {
    }

    /** The inflected forms of {@code name} for a company of {@code country} (ISO code, may be null); often none. */
    static List<String> variants(String name, String country) {
        if (name == null || country == null || !GERMAN_SPEAKING.contains(country)) {
            return List.of();
        }
        int space = name.indexOf(' ');
        if (space < 4 || space == name.length() - 1 || !Character.isUpperCase(name.charAt(0))
                || !Character.isUpperCase(name.charAt(space + 1)) || name.charAt(space - 1) != 'e') {
            return List.of();
        }
        for (int i = 1; i < space; i++) {
            if (!Character.isLowerCase(name.charAt(i))) {
                return List.of(); // an acronym or a mixed-case brand, not an adjective
            }
        }
        return List.of(name.substring(0, space) + "n" + name.substring(space));
    }
}
