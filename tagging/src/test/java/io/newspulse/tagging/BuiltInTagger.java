package io.newspulse.tagging;

import java.util.List;

import io.newspulse.tagging.kb.CompanyKnowledgeBase;

/** The tagger of the built-in knowledge base, built once per test JVM (seconds), for the tests that tag sentences. */
final class BuiltInTagger {
    private static Tagger tagger;

    private BuiltInTagger() {
    }

    static synchronized Tagger get() {
        if (tagger == null) {
            tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
        }
        return tagger;
    }

    /** The ids of the companies tagged in {@code body} (no title), in the tagger's order. */
    static List<String> ids(String body, String lang) {
        return get().tag(null, body, lang).stream().map(CompanyMatch::companyId).toList();
    }
}
