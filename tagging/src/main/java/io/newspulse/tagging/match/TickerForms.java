package io.newspulse.tagging.match;

import io.newspulse.avro.Ticker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The written forms of a listing that count as a mention, in folded (lower-case) form:
 * {@code $msft} (symbols with a letter), {@code nasdaq:msft} / {@code nasdaq: msft} (also with exchange
 * synonyms such as TYO or 東証 for TSE), {@code 9984.t} (Yahoo-style exchange suffixes), {@code 東証9984} and
 * {@code 証券コード9984} for Tokyo, and {@code (9984)} / {@code (msft)} which count only right after a name.
 * The bare symbol is never a form: short upper-case words are too noisy.
 */
public final class TickerForms {
    private static final Map<String, List<String>> EXCHANGE_SYNONYMS = Map.ofEntries(
            Map.entry("TSE", List.of("tse", "tyo", "東証")),
            Map.entry("NASDAQ", List.of("nasdaq", "nasdaqgs", "nasdaqgm")),
            Map.entry("NYSE", List.of("nyse")),
            Map.entry("HKEX", List.of("hkex", "hkg", "sehk")),
            Map.entry("LSE", List.of("lse", "lon")),
            Map.entry("KRX", List.of("krx")),
            Map.entry("SSE", List.of("sse", "sha")),
            Map.entry("SZSE", List.of("szse", "she")),
            Map.entry("TWSE", List.of("twse", "tpe")),
            Map.entry("XETRA", List.of("xetra", "etr", "fra")),
            Map.entry("EURONEXT", List.of("euronext", "epa", "ams")));

    private static final Map<String, String> YAHOO_SUFFIX = Map.ofEntries(
            Map.entry("TSE", "t"), Map.entry("HKEX", "hk"), Map.entry("LSE", "l"), Map.entry("KRX", "ks"),
            Map.entry("KOSDAQ", "kq"), Map.entry("SSE", "ss"), Map.entry("SZSE", "sz"), Map.entry("TWSE", "tw"),
            Map.entry("ASX", "ax"), Map.entry("TSX", "to"), Map.entry("XETRA", "de"), Map.entry("SIX", "sw"));

    private TickerForms() {
    }

    /** Forms of {@code ticker} and their kind, folded, in a stable order. */
    public static Map<String, PatternKind> forms(Ticker ticker) {
        String exchange = ticker.getExchange().strip().toUpperCase(Locale.ROOT);
        String symbol = FoldedText.of(ticker.getSymbol().strip()).text();
        Map<String, PatternKind> forms = new LinkedHashMap<>();
        if (symbol.isEmpty()) {
            return forms;
        }
        boolean hasLetter = symbol.chars().anyMatch(Character::isLetter);
        if (hasLetter) {
            forms.put("$" + symbol, PatternKind.TICKER);
        }
        List<String> names = new ArrayList<>(EXCHANGE_SYNONYMS.getOrDefault(exchange, List.of()));
        String own = FoldedText.of(exchange).text();
        if (!names.contains(own)) {
            names.add(0, own);
        }
        for (String name : names) {
            forms.put(name + ":" + symbol, PatternKind.TICKER);
            forms.put(name + ": " + symbol, PatternKind.TICKER);
        }
        String suffix = YAHOO_SUFFIX.get(exchange);
        if (suffix != null) {
            forms.put(symbol + "." + suffix, PatternKind.TICKER);
        }
        if ("TSE".equals(exchange)) {
            for (String prefix : List.of("東証", "東証プライム", "東証スタンダード", "東証グロース", "証券コード",
                    "証券コード:", "コード:")) {
                forms.putIfAbsent(prefix + symbol, PatternKind.TICKER);
            }
        }
        forms.put("(" + symbol + ")", PatternKind.TICKER_NEAR_NAME);
        return forms;
    }
}
