package io.newspulse.producer.ids;

import io.newspulse.core.text.TextNormalizer;

/**
 * {@code content_hash} of an article: SHA-256 hex of the normalised ({@link TextNormalizer}) title and body,
 * with runs of white space collapsed, so re-wrapped whitespace does not change it.
 */
public final class ContentHash {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private ContentHash() {
    }

    public static String of(String title, String body) {
        return Sha256.hex(normalized(title) + "\n" + normalized(body));
    }

    /** NFKC + lower case + collapsed white space, trimmed. */
    public static String normalized(String text) {
        if (text == null) {
            return "";
        }
        return WHITESPACE.matcher(TextNormalizer.normalize(text)).replaceAll(" ").strip();
    }
}
