package io.newspulse.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** Grid search of {@link Calibration} on the development set, oracle mentions (tuning aid, not a test). */
final class Tune {
    public static void main(String[] args) throws Exception {
        List<JsonNode> articles = DevSetEvaluator.bundled();
        SentimentAnalyzer base = SentimentAnalyzer.builtIn();
        double[] titleW = {3.0, 4.0};
        double[] dz = {0.6, 0.8, 1.0, 1.2};
        double[] spread = {4.0, 8.0};
        double[] noEv = {0.3, 0.5};
        for (double tw : titleW) {
            for (double d : dz) {
                for (double sp : spread) {
                    for (double ne : noEv) {
                        Calibration c = new Calibration(tw, Double.parseDouble(System.getProperty("dz1", "0.3")), d, 1.0, sp, Double.parseDouble(System.getProperty("tdz", "0.8")), 1.5, Double.parseDouble(System.getProperty("tsp", "3")), ne, 0.1);
                        DevSetEvaluator ev = new DevSetEvaluator(base.withCalibration(c), null, true);
                        ev.run(articles, null);
                        DevSetEvaluator.Figures en = ev.of("en");
                        DevSetEvaluator.Figures ja = ev.of("ja");
                        DevSetEvaluator.Figures ko = ev.of("ko");
                        DevSetEvaluator.Figures all = ev.of("ALL");
                        System.out.println(String.format(Locale.ROOT,
                                "tw=%.1f dz=%.1f sp=%.0f ne=%.1f | en %.3f/%.3f ja %.3f/%.3f ko %.3f/%.3f | tone %.3f/%.3f",
                                tw, d, sp, ne, en.sentimentAccuracy(), en.sentimentMacroF1(), ja.sentimentAccuracy(),
                                ja.sentimentMacroF1(), ko.sentimentAccuracy(), ko.sentimentMacroF1(),
                                all.toneAccuracy(), all.toneMacroF1()));
                    }
                }
            }
        }
    }
}
