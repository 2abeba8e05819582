package io.newspulse.tagging;

import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The rule-test fixture knowledge base and a tagger over it. */
final class TestCompanies {
    private static final Tagger TAGGER = Tagger.build(fixture().companies());

    private TestCompanies() {
    }

    static CompanyKnowledgeBase fixture() {
        try (InputStream in = TestCompanies.class.getResourceAsStream("test-companies.jsonl")) {
            return CompanyKnowledgeBase.fromJsonl(in, "test-companies.jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Tagger tagger() {
        return TAGGER;
    }
}
