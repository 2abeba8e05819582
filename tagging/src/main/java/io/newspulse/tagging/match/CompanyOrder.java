package io.newspulse.tagging.match;

import io.newspulse.avro.Company;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical order of a set of companies, which decides the last tie between companies sharing an alias:
 * parents before their children (a company with no parent in the set first, then its children, and so on), then
 * by id. It depends only on the companies themselves, never on the order they were loaded in, so the offline
 * tagger (built-in files, then the user's overlay) and the stream (a compacted topic, read in partition order)
 * resolve a shared alias to the same company.
 */
public final class CompanyOrder {
    private CompanyOrder() {
    }

    /** {@code companies} sorted into the canonical order (a new list). */
    public static List<Company> sort(Collection<Company> companies) {
        Map<String, Company> byId = new HashMap<>();
        for (Company c : companies) {
            byId.put(c.getId(), c);
        }
        Map<String, Integer> depth = new HashMap<>();
        for (Company c : companies) {
            depth.put(c.getId(), depth(c, byId));
        }
        List<Company> sorted = new ArrayList<>(companies);
        sorted.sort(Comparator.<Company>comparingInt(c -> depth.get(c.getId())).thenComparing(Company::getId));
        return sorted;
    }

    /** Number of ancestors of {@code c} in the set (cycles and missing parents end the walk). */
    private static int depth(Company c, Map<String, Company> byId) {
        int d = 0;
        Company current = c;
        while (current.getParentId() != null && d < 16) {
            Company parent = byId.get(current.getParentId());
            if (parent == null || parent == c) {
                break;
            }
            d++;
            current = parent;
        }
        return d;
    }
}
