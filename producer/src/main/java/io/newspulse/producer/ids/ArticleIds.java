package io.newspulse.producer.ids;

/**
 * Stable article ids: the same article always gets the same id, so a re-run or re-poll is detectable.
 * Ids are the first 16 hex digits (64 bits) of a SHA-256.
 * <ul>
 *   <li>text (files, feed items without guid/link): {@code sha256("text\0" + source + "\0" + norm(title) + "\0" + norm(body))};</li>
 *   <li>feed items: {@code sha256("feed\0" + (guid or link) + "\0" + norm(title))} — the title is part of it because
 *       some feeds reuse one guid for different items;</li>
 *   <li>JSON Lines input keeps its own id (not derived here).</li>
 * </ul>
 * {@code norm} is {@link ContentHash#normalized(String)}.
 */
public final class ArticleIds {
    /** Length of a derived id in hex digits. */
    public static final int LENGTH = 16;

    private ArticleIds() {
    }

    /** The id of a draft: its given id, else the feed identity rule, else the text rule. */
    public static String of(io.newspulse.producer.ArticleDraft draft) {
        if (draft.givenId() != null) {
            return draft.givenId();
        }
        if (draft.identity() != null && !draft.identity().isBlank()) {
            return forFeedItem(draft.identity(), draft.title());
        }
        return forText(draft.source(), draft.title(), draft.body());
    }

    public static String forText(String source, String title, String body) {
        return shorten(Sha256.hex("text\0" + source + "\0" + ContentHash.normalized(title) + "\0" + ContentHash.normalized(body)));
    }

    public static String forFeedItem(String identity, String title) {
        return shorten(Sha256.hex("feed\0" + identity.strip() + "\0" + ContentHash.normalized(title)));
    }

    private static String shorten(String hex) {
        return hex.substring(0, LENGTH);
    }
}
