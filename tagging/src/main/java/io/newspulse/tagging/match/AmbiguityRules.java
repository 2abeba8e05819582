package io.newspulse.tagging.match;

/**
 * Local evidence that a name of an ambiguous company (Apple, Shell, Visa...) means the company: a corporate
 * suffix or legal form around it, and, for Latin script, capitalisation in mid-sentence.
 */
final class AmbiguityRules {
    private static final String TERMINATORS = ".!?。！？|\n\r";
    private static final String SKIPPED = " \t,;:-\"'()[]“”‘’「」『』（）、・";

    private AmbiguityRules() {
    }

    /**
     * A corporate suffix in the alias itself ({@code aliasHasSuffix}, see {@link CorporateSuffixes#aliasHasSuffix}),
     * right after the occurrence, or a legal form before it.
     */
    static boolean corporateAffix(boolean aliasHasSuffix, String text, int start, int end) {
        return aliasHasSuffix || CorporateSuffixes.latinSuffixAfter(text, end)
                || CorporateSuffixes.japaneseAffix(text, start, end);
    }

    /**
     * True when the mention starts with a capital and is not at the start of a sentence: looking back over
     * spaces and quotes/brackets/commas, the previous word starts with a lower-case letter or a digit, or is
     * CJK text (a Latin name inside a Japanese sentence). A sentence terminator, a line break or the start
     * of the field before it means "not mid-sentence".
     */
    static boolean capitalisedMidSentence(String original, int originalStart) {
        if (!Character.isUpperCase(original.charAt(originalStart))) {
            return false;
        }
        int i = originalStart - 1;
        while (i >= 0 && TERMINATORS.indexOf(original.charAt(i)) < 0 && SKIPPED.indexOf(original.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0 || TERMINATORS.indexOf(original.charAt(i)) >= 0) {
            return false;
        }
        char c = original.charAt(i);
        if (CharClasses.isCjk(c)) {
            return true;
        }
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        int j = i;
        while (j > 0 && (Character.isLetterOrDigit(original.charAt(j - 1)) || original.charAt(j - 1) == '\'')) {
            j--;
        }
        char w = original.charAt(j);
        return Character.isLowerCase(w) || Character.isDigit(w);
    }
}
