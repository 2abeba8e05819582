package io.newspulse.tagging.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Two company names written as one name are one company, not its two parents: "Fuji Xerox", "Sony Ericsson",
 * "Nokia Siemens Networks", 富士ゼロックス. Two name occurrences of different companies count as one name when
 * nothing but one space (Latin) or nothing (CJK) separates them; a Latin name then runs on over the capitalised
 * words that follow ("Networks"). Both parents' occurrences are dropped and the whole name is returned, for the
 * tagger to report as an unlinked organisation. Companies flagged ambiguous do not take part (their names are
 * too often plain words or places).
 */
final class JointVentureRule {
    private JointVentureRule() {
    }

    /**
     * Removes the occurrences that form joint-venture names from {@code occurrences} (text order, field by field)
     * and returns those names as folded spans {@code {inTitle ? 1 : 0, start, end}}.
     */
    static List<int[]> apply(List<Occurrence> occurrences, java.util.function.IntPredicate ambiguous) {
        List<int[]> names = new ArrayList<>();
        boolean[] drop = new boolean[occurrences.size()];
        for (int i = 0; i + 1 < occurrences.size(); i++) {
            Occurrence a = occurrences.get(i);
            Occurrence b = occurrences.get(i + 1);
            if (a.field != b.field || a.inTitle != b.inTitle || a.kind != PatternKind.NAME
                    || b.kind != PatternKind.NAME || a.company() == b.company() || drop[i]
                    || ambiguous.test(a.company()) || ambiguous.test(b.company())) {
                continue;
            }
            String text = a.field.text();
            int gap = b.start - a.end;
            boolean latin = CharClasses.isWord(text.charAt(a.end - 1)) && CharClasses.isWord(text.charAt(b.start));
            boolean joined = latin ? gap == 1 && text.charAt(a.end) == ' ' : gap == 0;
            if (!joined || !capitalised(a.field, a) || !capitalised(a.field, b)) {
                continue;
            }
            int end = b.end;
            if (latin) {
                end = runOn(a.field, end);
            }
            drop[i] = true;
            drop[i + 1] = true;
            names.add(new int[] {a.inTitle ? 1 : 0, a.start, end});
        }
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            if (drop[i]) {
                occurrences.remove(i);
            }
        }
        return names;
    }

    /** Every Latin word of the occurrence starts with a capital in the original ("Sony Ericsson", not "US bank"). */
    private static boolean capitalised(FoldedText field, Occurrence o) {
        String original = field.original();
        int from = field.originalStart(o.start);
        int to = field.originalEnd(o.end);
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            boolean wordStart = i == from || original.charAt(i - 1) == ' ';
            if (wordStart && Character.isLetter(c) && CharClasses.isWord(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Extends a Latin name over up to two following capitalised words joined by single spaces. */
    private static int runOn(FoldedText field, int end) {
        String original = field.original();
        String text = field.text();
        int result = end;
        for (int words = 0; words < 2; words++) {
            if (result + 1 >= text.length() || text.charAt(result) != ' ') {
                break;
            }
            int origStart = field.originalStart(result + 1);
            if (!Character.isUpperCase(original.charAt(origStart))) {
                break;
            }
            int e = result + 1;
            while (e < text.length() && CharClasses.isWord(text.charAt(e))) {
                e++;
            }
            if (e == result + 1) {
                break;
            }
            result = e;
        }
        return result;
    }
}
