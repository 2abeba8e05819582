package io.newspulse.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * One company found in one article: id and display name, relevance in [0,1], number of mentions, whether the
 * title names it, the mentions themselves (title first, then body, in text order), and whether it is a company of
 * the knowledge base ({@code linked}) or an organisation found by discovery ({@code linked == false}, id
 * {@code org:<normalised-name>}, name as first written in the article).
 */
public record CompanyMatch(String companyId, String companyName, double relevance, int count, boolean inTitle,
                           List<Span> spans, boolean linked) {
    public CompanyMatch {
        spans = List.copyOf(spans);
    }

    /** A knowledge-base company ({@code linked == true}). */
    public CompanyMatch(String companyId, String companyName, double relevance, int count, boolean inTitle,
                        List<Span> spans) {
        this(companyId, companyName, relevance, count, inTitle, spans, true);
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
