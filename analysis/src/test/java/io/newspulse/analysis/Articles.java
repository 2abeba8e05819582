package io.newspulse.analysis;

import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Span;
import java.util.ArrayList;
import java.util.List;

/** Builds tagger-style company matches for test texts: every occurrence of each name is a mention. */
final class Articles {
    private Articles() {
    }

    /** {@code ids[i]} is the company id of {@code names[i]} (id = name lower-cased when null). */
    static List<CompanyMatch> matches(String title, String body, String... names) {
        List<CompanyMatch> out = new ArrayList<>();
        for (String name : names) {
            List<Span> spans = new ArrayList<>();
            find(spans, title, name, true);
            find(spans, body, name, false);
            if (!spans.isEmpty()) {
                out.add(new CompanyMatch(id(name), name, 0.9, spans.size(), spans.get(0).inTitle(), spans));
            }
        }
        return out;
    }

    static String id(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static void find(List<Span> spans, String text, String name, boolean inTitle) {
        if (text == null) {
            return;
        }
        int i = text.indexOf(name);
        while (i >= 0) {
            spans.add(new Span(name, i, i + name.length(), inTitle));
            i = text.indexOf(name, i + name.length());
        }
    }
}
