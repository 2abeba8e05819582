package io.newspulse.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Compares expected and actual per-window counts and lists every difference (missing, unexpected, different). */
public final class CountComparison {
    private CountComparison() {
    }

    /** One line per differing window, sorted by window; empty when both maps are equal. */
    public static List<String> differences(Map<WindowKey, ArticleCounts> expected, Map<WindowKey, ArticleCounts> actual) {
        TreeSet<WindowKey> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        List<String> diffs = new ArrayList<>();
        for (WindowKey key : keys) {
            ArticleCounts e = expected.get(key);
            ArticleCounts a = actual.get(key);
            if (e == null) {
                diffs.add(key + ": unexpected window with " + a);
            } else if (a == null) {
                diffs.add(key + ": missing, expected " + e);
            } else if (!e.equals(a)) {
                diffs.add(key + ": expected " + e + " but was " + a);
            }
        }
        return diffs;
    }

    /** Sum of article counts over all windows of one label. */
    public static long totalArticles(Map<WindowKey, ArticleCounts> counts, String window) {
        return counts.entrySet().stream().filter(e -> e.getKey().window().equals(window)).mapToLong(e -> e.getValue().articles()).sum();
    }
}
