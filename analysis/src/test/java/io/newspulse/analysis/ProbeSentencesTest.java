package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Targeted sentiment, tone and events on hand-written business-news sentences in German, French, Spanish, Chinese
 * (simplified and traditional) and Korean ({@code /probes/<lang>.tsv}; the dev set has almost no labelled
 * companies in these languages), and in English and Japanese (session 15: the vocabulary of business news beyond
 * the dev set's Wikinews stories). Each sentence is analysed as the body of an article with no title, its companies
 * located by name (every occurrence), as the dev-set evaluator does with gold mentions.
 *
 * <p>The sentences were written before the lexicons were widened; data lines alternate between a tuning half
 * (even index: its errors were read while writing lexicon entries) and a held-out half (odd index: only measured).
 * The floors sit a little under the figures reached on the whole set (docs/sentiment.md), so a lexicon or rule
 * change that loses them fails.
 *
 * <p>Command line (test classpath): {@code ProbeSentencesTest [lang...]} prints the figures per half and the
 * tuning half's errors.
 */
class ProbeSentencesTest {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeSentencesTest.class);

    /** One labelled sentence: gold tone, gold label and events per company name, in file order. */
    record Probe(int tone, Map<String, Gold> companies, String sentence) {
    }

    record Gold(int label, Set<EventCode> events) {
    }

    static List<Probe> probes(String lang) throws IOException {
        List<Probe> out = new ArrayList<>();
        try (InputStream in = ProbeSentencesTest.class.getResourceAsStream("/probes/" + lang + ".tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                Map<String, Gold> companies = new LinkedHashMap<>();
                for (String c : cols[1].split(";")) {
                    String[] nameRest = c.split("=", 2);
                    String[] labelEvents = nameRest[1].split(":", 2);
                    Set<EventCode> events = EnumSet.noneOf(EventCode.class);
                    if (labelEvents.length > 1) {
                        for (String code : labelEvents[1].split(",")) {
                            events.add(EventCode.fromCode(code)
                                    .orElseThrow(() -> new IllegalArgumentException("unknown event " + code)));
                        }
                    }
                    companies.put(nameRest[0], new Gold(DevSetEvaluator.label(labelEvents[0]), events));
                }
                out.add(new Probe(DevSetEvaluator.label(cols[0]), companies, cols[2]));
            }
        }
        return out;
    }

    /** Every occurrence of each company name in the sentence, as a tagger match of a body with no title. */
    static List<CompanyMatch> matches(Probe p) {
        List<CompanyMatch> out = new ArrayList<>();
        for (String name : p.companies().keySet()) {
            List<Span> spans = new ArrayList<>();
            for (int i = p.sentence().indexOf(name); i >= 0; i = p.sentence().indexOf(name, i + name.length())) {
                spans.add(new Span(name, i, i + name.length(), false));
            }
            if (spans.isEmpty()) {
                throw new IllegalArgumentException("company not in its sentence: " + name + " / " + p.sentence());
            }
            out.add(new CompanyMatch(name, name, 0.0, spans.size(), false, spans));
        }
        return out;
    }

    /** Figures of one half (0 tuning, 1 held out) or of both (-1); errors of that part appended to {@code errors}. */
    static DevSetEvaluator.Figures measure(SentimentAnalyzer analyzer, String lang, List<Probe> probes, int half,
                                           List<String> errors) {
        DevSetEvaluator.Figures f = new DevSetEvaluator.Figures();
        for (int i = 0; i < probes.size(); i++) {
            if (half >= 0 && i % 2 != half) {
                continue;
            }
            Probe p = probes.get(i);
            ArticleSentiment a = analyzer.analyze(null, p.sentence(), lang, matches(p));
            int tone = DevSetEvaluator.label(a.tone());
            f.tone[p.tone()][tone]++;
            StringBuilder wrong = new StringBuilder();
            if (tone != p.tone()) {
                wrong.append(String.format(Locale.ROOT, " TONE %s→%.2f", DevSetEvaluator.LABELS[p.tone()], a.tone()));
            }
            for (Map.Entry<String, Gold> c : p.companies().entrySet()) {
                CompanySentiment s = a.of(c.getKey());
                int label = DevSetEvaluator.label(s.sentiment());
                f.sentiment[c.getValue().label()][label]++;
                f.matched++;
                if (label != c.getValue().label()) {
                    wrong.append(String.format(Locale.ROOT, " %s %s→%.2f", c.getKey(),
                            DevSetEvaluator.LABELS[c.getValue().label()], s.sentiment()));
                }
                for (EventCode e : s.events()) {
                    if (c.getValue().events().contains(e)) {
                        f.eventTp++;
                    } else {
                        f.eventFp++;
                        wrong.append(" +").append(e.code());
                    }
                }
                for (EventCode e : c.getValue().events()) {
                    if (!s.events().contains(e)) {
                        f.eventFn++;
                        wrong.append(" -").append(e.code());
                    }
                }
            }
            if (!wrong.isEmpty()) {
                errors.add(i + ":" + wrong + " | " + p.sentence());
            }
        }
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // lang, min sentences, sentiment macro-F1, tone accuracy, events F1: floors about 0.05 under the figures
            // reached on 2026-12-06 (de 0.927 / 0.936 / 0.913, fr 0.951 / 0.949 / 0.958, es 0.951 / 0.936 / 0.972,
            // zh 0.964 / 0.949 / 0.964, ko 0.962 / 0.948 / 0.942; before the session-14 lexicons de 0.580 / 0.615 /
            // 0.567, fr 0.631 / 0.654 / 0.658, es 0.839 / 0.744 / 0.796, zh 0.807 / 0.744 / 0.832, ko 0.756 / 0.766 /
            // 0.779): a lost rule or lexicon section fails, a single sentence does not. en and ja (session 15,
            // 2026-12-06): en 0.934 / 0.901 / 0.925, ja 0.935 / 0.941 / 0.914 (before its rules en 0.934 / 0.911 /
            // 0.882, ja 0.891 / 0.931 / 0.877: their lexicons were already tuned on the English and Japanese dev set)
            "de, 75, 0.88, 0.88, 0.86",
            "fr, 75, 0.90, 0.90, 0.90",
            "es, 75, 0.90, 0.88, 0.92",
            "zh, 75, 0.91, 0.90, 0.91",
            "ko, 75, 0.91, 0.90, 0.89",
            "en, 95, 0.88, 0.85, 0.87",
            "ja, 95, 0.88, 0.89, 0.86"})
    void shouldScoreCompaniesToneAndEventsOfHandWrittenNewsSentences(String lang, int minSentences,
                                                                     double minSentimentF1, double minToneAccuracy,
                                                                     double minEventF1) throws IOException {
        List<Probe> probes = probes(lang);
        List<String> errors = new ArrayList<>();
        DevSetEvaluator.Figures all = measure(SentimentAnalyzer.builtIn(), lang, probes, -1, errors);
        LOG.info("probe sentences {}: n={} {}", lang, probes.size(), all);

        assertThat(probes).hasSizeGreaterThanOrEqualTo(minSentences);
        assertThat(all.sentimentMacroF1()).isGreaterThanOrEqualTo(minSentimentF1);
        assertThat(all.toneAccuracy()).isGreaterThanOrEqualTo(minToneAccuracy);
        assertThat(all.eventF1()).isGreaterThanOrEqualTo(minEventF1);
    }

    public static void main(String[] args) throws IOException {
        String[] langs = args.length == 0 ? new String[] {"de", "fr", "es", "zh", "ko", "en", "ja"} : args;
        boolean showErrors = Boolean.getBoolean("errors");
        for (String lang : langs) {
            List<Probe> probes = probes(lang);
            List<String> errors = new ArrayList<>();
            DevSetEvaluator.Figures tuning = measure(SentimentAnalyzer.builtIn(), lang, probes, 0, errors);
            DevSetEvaluator.Figures heldOut = measure(SentimentAnalyzer.builtIn(), lang, probes, 1, new ArrayList<>());
            DevSetEvaluator.Figures all = measure(SentimentAnalyzer.builtIn(), lang, probes, -1, new ArrayList<>());
            System.out.printf(Locale.ROOT, "%s tuning   %s%n%s held-out %s%n%s all      %s%n", lang, tuning, lang,
                    heldOut, lang, all);
            if (showErrors) {
                errors.forEach(e -> System.out.println("  " + lang + " " + e));
            }
        }
    }
}
