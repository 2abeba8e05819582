package io.newspulse.tagging.relevance;

/**
 * What the relevance of one company in one article is computed from.
 *
 * @param inTitle          the company is named in the title
 * @param firstBodyPosition where its first body mention starts, as a fraction of the body length in [0,1];
 *                          1 when it is not named in the body
 * @param count            its mentions in title and body (at least 1)
 * @param articleMentions  mentions of all companies in the article (at least {@code count})
 */
public record RelevanceFeatures(boolean inTitle, double firstBodyPosition, int count, int articleMentions) {
}
