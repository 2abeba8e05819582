package io.newspulse.tagging.relevance;

/**
 * Relevance of a company to an article, a deterministic number in [0,1]:
 * <pre>
 *   0.40 * title                      (1 if named in the title)
 * + 0.20 * early                      (1 if in the title, else 1 - position of the first body mention)
 * + 0.25 * (1 - exp(-(count - 1) / 3)) (repetition: 0 for one mention, 0.49 for 3, 0.9 for 8)
 * + 0.15 * count / articleMentions    (share of the article's company mentions)
 * </pre>
 * rounded to three decimals. A name dropped once deep in a long article scores below 0.3; the subject of the
 * story (in the title and repeated) scores above 0.7.
 */
public final class RelevanceScorer {
    static final double TITLE = 0.40;
    static final double EARLY = 0.20;
    static final double REPEAT = 0.25;
    static final double SHARE = 0.15;

    private RelevanceScorer() {
    }

    public static double score(RelevanceFeatures f) {
        double title = f.inTitle() ? 1 : 0;
        double early = f.inTitle() ? 1 : 1 - clamp(f.firstBodyPosition());
        double repeat = 1 - Math.exp(-(Math.max(1, f.count()) - 1) / 3.0);
        double share = f.articleMentions() <= 0 ? 0 : Math.min(1, (double) f.count() / f.articleMentions());
        double score = TITLE * title + EARLY * early + REPEAT * repeat + SHARE * share;
        return Math.round(clamp(score) * 1000) / 1000.0;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
