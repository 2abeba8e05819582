package io.newspulse.tagging.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the folded text holds web addresses ({@code https://openai.com/...}, {@code www.example.com}): names
 * inside them are not mentions. A URL runs over printable ASCII up to white space or non-ASCII text.
 */
final class UrlRanges {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[\\x21-\\x7E]+");

    /** The common case: no address in the text (shared, immutable). */
    private static final UrlRanges NONE = new UrlRanges(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private UrlRanges(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static UrlRanges of(String folded) {
        if (folded.indexOf("://") < 0 && folded.indexOf("www.") < 0) {
            return NONE;
        }
        List<int[]> found = new ArrayList<>();
        Matcher m = URL.matcher(folded);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return new UrlRanges(found.stream().mapToInt(r -> r[0]).toArray(), found.stream().mapToInt(r -> r[1]).toArray());
    }

    /** True when {@code [start, end)} overlaps a URL. */
    boolean overlaps(int start, int end) {
        for (int i = 0; i < starts.length; i++) {
            if (start < ends[i] && end > starts[i]) {
                return true;
            }
        }
        return false;
    }
}
