package io.newspulse.streams.dedup;

/**
 * Decision state of one article while its verdicts arrive: the encoded article (null until it arrived), how many keys
 * are expected and covered so far, and the best verdict yet.
 */
public record PendingArticle(byte[] article, int expectedKeys, int coveredKeys, GroupVerdict best) {
    public static final PendingArticle EMPTY = new PendingArticle(null, -1, 0, null);

    public boolean complete() {
        return article != null && expectedKeys >= 0 && coveredKeys >= expectedKeys;
    }
}
