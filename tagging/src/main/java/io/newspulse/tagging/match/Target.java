package io.newspulse.tagging.match;

import java.util.List;

/**
 * One meaning of an automaton pattern: company number (index into the dictionary's company list), the kind
 * of pattern, and the forms as written in the knowledge base that fold to this pattern (for case checks).
 */
public record Target(int company, PatternKind kind, List<String> forms) {
    public Target {
        forms = List.copyOf(forms);
    }

    Target withForm(String form) {
        if (forms.contains(form)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(forms);
        more.add(form);
        return new Target(company, kind, more);
    }
}
