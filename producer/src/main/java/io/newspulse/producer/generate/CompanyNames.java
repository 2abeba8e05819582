package io.newspulse.producer.generate;

import io.newspulse.avro.Company;
import io.newspulse.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The company names the generator may write, chosen so that the ground truth stays true:
 * ambiguous and deleted companies are left out, and an alias is usable only if no alias of another company
 * occurs inside it (normalised; whole words for Latin names, any substring for CJK), so writing "Toyota
 * Industries" never also plants "Toyota". Aliases with commas or periods (legal forms) are skipped for
 * readability. {@link #mentionsAnyCompany} checks template text the same way.
 */
final class CompanyNames {
    private final Map<String, Set<String>> companiesByAlias = new HashMap<>();
    private final Map<String, Map<String, List<String>>> usable = new LinkedHashMap<>();
    private final int maxAliasLength;

    CompanyNames(Collection<Company> companies) {
        int longest = 0;
        for (Company c : companies) {
            if (c.getDeleted()) {
                continue;
            }
            for (List<String> aliases : c.getAliases().values()) {
                for (String alias : aliases) {
                    String n = TextNormalizer.normalize(alias).strip();
                    if (n.length() >= 2) {
                        companiesByAlias.computeIfAbsent(n, k -> new HashSet<>()).add(c.getId());
                        longest = Math.max(longest, n.length());
                    }
                }
            }
        }
        this.maxAliasLength = longest;
        List<Company> sorted = new ArrayList<>(companies);
        sorted.sort(Comparator.comparing(Company::getId));
        for (Company c : sorted) {
            if (c.getDeleted() || c.getAmbiguous()) {
                continue;
            }
            Map<String, List<String>> perLanguage = new LinkedHashMap<>();
            c.getAliases().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                List<String> ok = e.getValue().stream()
                        .filter(a -> a.strip().length() >= 2 && a.indexOf(',') < 0 && a.indexOf('.') < 0)
                        .filter(a -> !containsOtherCompany(a, c.getId()))
                        .toList();
                if (!ok.isEmpty()) {
                    perLanguage.put(e.getKey(), ok);
                }
            });
            if (!perLanguage.isEmpty()) {
                usable.put(c.getId(), perLanguage);
            }
        }
    }

    /** Ids of companies with at least one usable alias in {@code aliasLanguage}, sorted. */
    List<String> companiesWith(String aliasLanguage) {
        return usable.entrySet().stream().filter(e -> e.getValue().containsKey(aliasLanguage)).map(Map.Entry::getKey).toList();
    }

    List<String> aliases(String companyId, String aliasLanguage) {
        return usable.getOrDefault(companyId, Map.of()).getOrDefault(aliasLanguage, List.of());
    }

    boolean known(String companyId) {
        return usable.containsKey(companyId);
    }

    /** True when any alias of any company occurs in {@code text}. */
    boolean mentionsAnyCompany(String text) {
        return !companiesIn(text).isEmpty();
    }

    private boolean containsOtherCompany(String alias, String ownId) {
        for (String id : companiesIn(alias)) {
            if (!id.equals(ownId)) {
                return true;
            }
        }
        return false;
    }

    /** Companies whose aliases occur in {@code text} (whole words for Latin aliases). */
    Set<String> companiesIn(String text) {
        String n = TextNormalizer.normalize(text);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < n.length(); i++) {
            for (int len = 2; len <= maxAliasLength && i + len <= n.length(); len++) {
                Set<String> ids = companiesByAlias.get(n.substring(i, i + len));
                if (ids != null && boundaryOk(n, i, i + len)) {
                    found.addAll(ids);
                }
            }
        }
        return found;
    }

    private static boolean boundaryOk(String text, int from, int to) {
        if (!isLatinWordChar(text.charAt(from)) && !isLatinWordChar(text.charAt(to - 1))) {
            return true;
        }
        boolean before = from == 0 || !(isLatinWordChar(text.charAt(from - 1)) && isLatinWordChar(text.charAt(from)));
        boolean after = to == text.length() || !(isLatinWordChar(text.charAt(to)) && isLatinWordChar(text.charAt(to - 1)));
        return before && after;
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
