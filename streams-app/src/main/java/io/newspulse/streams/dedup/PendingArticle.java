package io.newspulse.streams.dedup;

import java.util.Objects;

import io.newspulse.dedup.Verdict;

/**
 * Decision state of one article while its verdicts arrive: the encoded article (null until it arrived), how many keys
 * are expected (-1 until the article arrived) and covered so far, and the best verdict yet ({@link Verdict#none()}
 * before any).
 */
public record PendingArticle(byte[] article, int expectedKeys, int coveredKeys, Verdict best) {
    public static final PendingArticle EMPTY = new PendingArticle(null, -1, 0, Verdict.none());

    /** Validates the fields. */
    public PendingArticle {
        Objects.requireNonNull(best, "best");
    }

    public boolean complete() {
        return article != null && expectedKeys >= 0 && coveredKeys >= expectedKeys;
    }
}
