package io.newspulse.producer.generate;

import io.newspulse.avro.Company;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.util.Collection;

/**
 * The companies the generator writes about: the curated core of the built-in knowledge base (module
 * {@code tagging}). The open-data companies are left out on purpose: their names are checked by rule, not by hand,
 * so a synthetic sentence could make one read as another company or as an organisation the tagger discovers,
 * and the generator's ground truth would no longer be the truth.
 */
public final class BuiltInCompanies {
    private BuiltInCompanies() {
    }

    public static Collection<Company> curated() {
        return CompanyKnowledgeBase.builtIn().companies().stream().filter(Company::getCurated).toList();
    }
}
