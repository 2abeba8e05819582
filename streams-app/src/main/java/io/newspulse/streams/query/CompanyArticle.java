package io.newspulse.streams.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.newspulse.streams.recent.RecentMention;

/** A recent article of a company, flattened with the company id for the all-companies article list. */
public record CompanyArticle(String companyId, @JsonUnwrapped RecentMention article) {
}
