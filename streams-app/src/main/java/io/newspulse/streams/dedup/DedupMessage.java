package io.newspulse.streams.dedup;

/**
 * What the decision step receives, keyed by article id: either the article itself (encoded, with the number of
 * dedup keys to wait for) or one partition's verdict about it.
 */
public record DedupMessage(byte[] article, int expectedKeys, GroupVerdict verdict) {
    public static DedupMessage article(byte[] encodedArticle, int expectedKeys) {
        return new DedupMessage(encodedArticle, expectedKeys, null);
    }

    public static DedupMessage verdict(GroupVerdict verdict) {
        return new DedupMessage(null, 0, verdict);
    }

    public boolean isArticle() {
        return article != null;
    }
}
