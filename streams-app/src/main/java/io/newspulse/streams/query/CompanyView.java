package io.newspulse.streams.query;

import java.util.List;
import java.util.Map;

import io.newspulse.avro.Company;

/** A known company with its latest signal per window size (absent sizes have no data yet). */
public record CompanyView(String id, String name, String country, List<String> tickers, Map<String, SignalView> latest) {

    public static CompanyView of(Company c, Map<String, SignalView> latest) {
        List<String> tickers = c.getTickers().stream().map(t -> t.getExchange() + ":" + t.getSymbol()).toList();
        return new CompanyView(c.getId(), c.getName(), c.getCountry(), tickers, latest);
    }
}
