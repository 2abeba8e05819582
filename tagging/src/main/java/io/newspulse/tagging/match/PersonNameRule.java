package io.newspulse.tagging.match;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A one-word Latin company name right after a capitalised given name or an honorific is a person's surname:
 * "CEO Kevin Rollins", "Roy Disney", "Michael Dell", "Mr Dell", "Ratan Tata". The name before must be a plain
 * capitalised word (not an acronym, not a day, month, nationality or function word) joined by one space, or an
 * initial ("Kenneth L. Lay"). Works on the original text of the field.
 */
final class PersonNameRule {
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("The", "A", "An", "In", "On", "At", "By", "For",
            "From", "With", "And", "But", "Or", "Of", "To", "As", "If", "When", "While", "After", "Before", "Since",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "American", "British", "German", "French", "Japanese", "Chinese", "Korean", "Italian", "Spanish",
            "Dutch", "Swiss", "Swedish", "Irish", "Indian", "Russian", "Canadian", "Australian", "European", "Asian",
            "Rival", "Both", "Like", "Unlike", "Including", "Giant", "Via", "Said", "Says", "Than", "Then", "Also",
            "Only", "Even", "Where", "Why", "How", "What", "Which", "That", "This", "Its", "Their",
            "New", "Old", "Big", "Former", "Fellow", "Global", "Group", "Silicon", "Valley", "Street", "Wall",
            "Japan", "China", "Korea", "India", "Germany", "France", "Britain", "America", "Europe", "Asia", "Team",
            "Dear", "Yesterday", "Today", "Tomorrow", "Analysts", "Shares", "Investors", "Sources", "Apple",
            "Beyond", "Against", "Inside", "Outside", "About", "Over", "Under", "Into", "Upon", "Per",
            // the capitalised function words of the other Latin-script languages we tag (a sentence's first word)
            "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen", "Auch", "Und",
            "Bei", "Beim", "Mit", "Von", "Vom", "Zum", "Zur", "Für", "Nach", "Laut", "Seit", "Wie", "Dass", "Diese",
            "Dieser", "Dieses", "Doch", "Aber", "Noch", "Nun", "Jetzt", "Heute", "Gestern", "Morgen",
            "Les", "Une", "Aux", "Chez", "Selon", "Pour", "Avec", "Dans", "Sur", "Par", "Cette", "Mais", "Pendant",
            "Los", "Las", "Una", "Unos", "Unas", "Del", "Según", "Para", "Con", "Por", "Pero", "Tras", "Entre", "Sin",
            "Gli", "Della", "Dello", "Delle", "Nel", "Nella", "Anche", "Uma", "Dos", "Het", "Een", "Van", "Bij");
    /**
     * Endings of the (compound) category nouns that German writes before a company, capitalised like a given name:
     * "der Autobauer Volkswagen", "der Chiphersteller Infineon", "Konzern Siemens", "Discounter Aldi".
     */
    private static final List<String> CATEGORY_NOUN_ENDINGS = List.of("bauer", "hersteller", "konzern", "riese",
            "versicherer", "händler", "anbieter", "betreiber", "institut", "unternehmen", "firma", "kette",
            "discounter", "gigant", "zulieferer", "produzent", "entwickler", "dienstleister", "sender", "airline",
            "gesellschaft", "reederei", "mutter", "tochter", "konkurrent", "rivale", "marke", "gruppe", "holding",
            "versender", "vermieter", "verlag", "investor", "finanzierer", "ausrüster", "lieferant", "erzeuger",
            "versorger", "bank", "börse", "haus");
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
            "Sir", "Lady", "Lord", "Herr", "Frau", "Mme", "M.");

    private PersonNameRule() {
    }

    private static boolean isCategoryNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : CATEGORY_NOUN_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** True when the one-word mention starting at {@code start} of {@code original} is a person's surname. */
    static boolean isPerson(String original, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(original.charAt(i)) && original.charAt(i) != '-') {
                return false; // only plain one-word names
            }
        }
        if (start < 2 || original.charAt(start - 1) != ' ') {
            return false;
        }
        int wordEnd = start - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && (Character.isLetter(original.charAt(wordStart - 1))
                || original.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = original.substring(wordStart, wordEnd);
        if (HONORIFICS.contains(word)) {
            return true;
        }
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.') {
            return true; // a middle initial: "Kenneth L. Lay"
        }
        if (word.length() < 3 || word.length() > 15 || NOT_GIVEN_NAMES.contains(word)
                || !Character.isUpperCase(word.charAt(0)) || isCategoryNoun(word)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false; // an acronym or a dotted abbreviation
            }
        }
        // the given name must not itself follow a capitalised word of a longer name ("Bank of America Visa")
        return wordStart == 0 || original.charAt(wordStart - 1) != '-';
    }
}
