package io.newspulse.tagging;

/**
 * Where a company is mentioned: the text as written, its UTF-16 offsets {@code [start, end)} in the original
 * title (when {@code inTitle}) or body.
 */
public record Span(String text, int start, int end, boolean inTitle) {
}
