package io.newspulse.tagging.kb;

import io.newspulse.avro.Company;
import io.newspulse.avro.Ticker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a generated line ({@code "curated": false}) with the id of a curated company adds to it: the generated
 * knowledge base ({@code tools/kb/build_kb.py}) merges a company of an open-data source into the curated one
 * when it is the same company (same listing or same full name), and writes what the source adds under the
 * curated id. The curated company keeps its name, country, parent, ambiguity flag, context terms and curated
 * flag; the supplement adds aliases, former names, brands and listings it lacks, and the industry when the
 * curated company has none.
 */
final class CuratedSupplement {
    private CuratedSupplement() {
    }

    /** True when {@code later} supplements {@code earlier} rather than repeating its id by mistake. */
    static boolean applies(Company earlier, Company later) {
        return earlier.getCurated() && !later.getCurated() && !later.getDeleted();
    }

    static Company apply(Company curated, Company supplement) {
        List<Ticker> tickers = new ArrayList<>(curated.getTickers());
        for (Ticker t : supplement.getTickers()) {
            boolean known = tickers.stream().anyMatch(k -> k.getExchange().equalsIgnoreCase(t.getExchange())
                    && k.getSymbol().equalsIgnoreCase(t.getSymbol()));
            if (!known) {
                tickers.add(t);
            }
        }
        return Company.newBuilder(curated)
                .setAliases(union(curated.getAliases(), supplement.getAliases()))
                .setFormerNames(union(curated.getFormerNames(), supplement.getFormerNames()))
                .setBrands(union(curated.getBrands(), supplement.getBrands()))
                .setTickers(tickers)
                .setIndustry(curated.getIndustry() != null ? curated.getIndustry() : supplement.getIndustry())
                .build();
    }

    private static Map<String, List<String>> union(Map<String, List<String>> first, Map<String, List<String>> more) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        first.forEach((lang, names) -> out.put(lang, new ArrayList<>(names)));
        more.forEach((lang, names) -> {
            List<String> into = out.computeIfAbsent(lang, k -> new ArrayList<>());
            for (String name : names) {
                if (!into.contains(name)) {
                    into.add(name);
                }
            }
        });
        return out;
    }
}
