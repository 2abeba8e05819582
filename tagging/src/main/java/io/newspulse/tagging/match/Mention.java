package io.newspulse.tagging.match;

/**
 * An accepted mention: company number in the dictionary, whether it is in the title, its folded span
 * {@code [start, end)} in that field, and whether it was a name or a ticker.
 */
public record Mention(int company, boolean inTitle, int start, int end, PatternKind kind) {
}
