package io.newspulse.producer.generate;

import io.newspulse.producer.ArticleDraft;

/** One synthetic article and its ground truth. */
public record GeneratedArticle(ArticleDraft draft, TruthRecord truth) {
}
