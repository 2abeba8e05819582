package io.newspulse.producer;

import java.util.Objects;

/**
 * Input a source could not turn into an article. It is published raw to {@code news.articles.rejected}.
 *
 * @param source the source name (e.g. {@code dir:/data/seeds}, {@code jsonl:stdin}, {@code feed:https://...})
 * @param ref    file name or URL the input came from
 * @param line   1-based line number in {@code ref}, or 0 when the reject is a whole file or item
 * @param reason one sentence saying why
 * @param raw    the offending bytes (possibly truncated by the publisher)
 */
public record Reject(String source, String ref, long line, String reason, byte[] raw) {
    public Reject {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        ref = ref == null ? "" : ref;
        raw = raw == null ? new byte[0] : raw;
    }

    @Override
    public String toString() {
        return ref + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
