package io.newspulse.producer.generate;

import io.newspulse.avro.Company;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.util.Collection;

/** The companies of the built-in knowledge base (module {@code tagging}), for the generator. */
public final class BuiltInCompanies {
    private BuiltInCompanies() {
    }

    public static Collection<Company> all() {
        return CompanyKnowledgeBase.builtIn().companies();
    }
}
