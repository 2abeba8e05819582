package io.newspulse.streams.recent;

import java.util.ArrayList;
import java.util.List;

/** The newest mentions of one company, newest first, at most {@value #MAX} (the store value). */
public record RecentList(List<RecentMention> items) {
    public static final int MAX = 30;

    public RecentList with(RecentMention mention) {
        List<RecentMention> next = new ArrayList<>(Math.min(MAX, items.size() + 1));
        next.add(mention);
        for (RecentMention m : items) {
            if (next.size() >= MAX) {
                break;
            }
            if (!m.articleId().equals(mention.articleId())) {
                next.add(m);
            }
        }
        return new RecentList(next);
    }
}
