package io.newspulse.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Mean, standard deviation, min, median and max of repeated measurements of one figure. */
public record Spread(List<Double> values, double mean, double stdev, double min, double median, double max) {

    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = sorted.size() < 2 ? 0
                : sorted.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (sorted.size() - 1);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(List.copyOf(values), mean, Math.sqrt(var), sorted.get(0), median, sorted.get(n - 1));
    }

    /** For JSON: mean, stdev, min, median, max, n and the raw values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", round(mean));
        m.put("stdev", round(stdev));
        m.put("min", round(min));
        m.put("median", round(median));
        m.put("max", round(max));
        m.put("n", values.size());
        m.put("values", values.stream().map(Spread::round).toList());
        return m;
    }

    /** "mean ± stdev (min–max)" with the given number of decimals. */
    public String format(int decimals) {
        String f = "%,." + decimals + "f";
        return String.format(Locale.ROOT, f + " ± " + f + " (" + f + "–" + f + ")", mean, stdev, min, max);
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
