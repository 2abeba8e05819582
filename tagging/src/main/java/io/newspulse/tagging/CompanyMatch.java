package io.newspulse.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * One company found in one article: id and display name, relevance in [0,1], number of mentions, whether the
 * title names it, and the mentions themselves (title first, then body, in text order).
 */
public record CompanyMatch(String companyId, String companyName, double relevance, int count, boolean inTitle,
                           List<Span> spans) {
    public CompanyMatch {
        spans = List.copyOf(spans);
    }

    /** Distinct surface forms in order of appearance, e.g. ["マイクロソフト", "Microsoft"]. */
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>();
        for (Span s : spans) {
            if (!forms.contains(s.text())) {
                forms.add(s.text());
            }
        }
        return forms;
    }
}
