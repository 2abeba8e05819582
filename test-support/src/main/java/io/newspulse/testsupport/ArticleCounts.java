package io.newspulse.testsupport;

/** Articles of one window: all of them, the novel ones (originals) and the repeated ones (duplicates). */
public record ArticleCounts(long articles, long novel, long repeated) {
    public static final ArticleCounts ZERO = new ArticleCounts(0, 0, 0);

    /** These counts plus one article. */
    public ArticleCounts plus(boolean isNovel) {
        return new ArticleCounts(articles + 1, novel + (isNovel ? 1 : 0), repeated + (isNovel ? 0 : 1));
    }

    @Override
    public String toString() {
        return articles + " (novel " + novel + ", repeated " + repeated + ")";
    }
}
