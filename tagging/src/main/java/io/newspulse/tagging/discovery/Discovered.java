package io.newspulse.tagging.discovery;

/**
 * One organisation name found by discovery: {@code org:} id, the name as written, its UTF-16 offsets
 * {@code [start, end)} in the original title (when {@code inTitle}) or body, and the rule that found it.
 */
public record Discovered(String id, String text, int start, int end, boolean inTitle, DiscoveryRule rule) {
    /** True when this span and {@code [otherStart, otherEnd)} in the same field share a char. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
