package io.newspulse.analysis;

/**
 * What an {@link OfflineTagger} run did: articles read (including bad lines), (article, company) pairs written,
 * distinct companies found, and input lines that could not be tagged.
 */
public record TagSummary(long articles, long companyMentions, int distinctCompanies, long errors) {
}
