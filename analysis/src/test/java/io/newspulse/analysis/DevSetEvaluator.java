package io.newspulse.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Span;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the built-in tagger (or, in oracle mode, the gold company mentions) and the analyzer over the labelled
 * development set and measures sentiment, tone and events per language as {@code score.py} does (same company
 * matching: NFKC + case-insensitive equality of a name or mention with the gold name or an alias).
 *
 * <p>Command line (test classpath): {@code DevSetEvaluator [articles.jsonl] [out.jsonl] [oracle]} writes the
 * scorer-format output and prints the figures.
 */
final class DevSetEvaluator {
    static final String[] LABELS = {"negative", "neutral", "positive"};

    /** Confusion counts and event counts of one language (or "ALL"). */
    static final class Figures {
        final int[][] sentiment = new int[3][3];
        final int[][] tone = new int[3][3];
        int eventTp;
        int eventFp;
        int eventFn;
        int matched;

        double sentimentAccuracy() {
            return accuracy(sentiment);
        }

        double sentimentMacroF1() {
            return macroF1(sentiment);
        }

        double toneAccuracy() {
            return accuracy(tone);
        }

        double toneMacroF1() {
            return macroF1(tone);
        }

        double eventPrecision() {
            return eventTp + eventFp == 0 ? 0 : (double) eventTp / (eventTp + eventFp);
        }

        double eventRecall() {
            return eventTp + eventFn == 0 ? 0 : (double) eventTp / (eventTp + eventFn);
        }

        double eventF1() {
            double p = eventPrecision();
            double r = eventRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        static double accuracy(int[][] m) {
            int ok = 0;
            int n = 0;
            for (int g = 0; g < 3; g++) {
                for (int p = 0; p < 3; p++) {
                    n += m[g][p];
                    if (g == p) {
                        ok += m[g][p];
                    }
                }
            }
            return n == 0 ? 0 : (double) ok / n;
        }

        /** Macro-F1 over the classes that occur in gold or prediction. */
        static double macroF1(int[][] m) {
            double sum = 0;
            int classes = 0;
            for (int c = 0; c < 3; c++) {
                int tp = m[c][c];
                int gold = 0;
                int pred = 0;
                for (int k = 0; k < 3; k++) {
                    gold += m[c][k];
                    pred += m[k][c];
                }
                if (gold == 0 && pred == 0) {
                    continue;
                }
                classes++;
                double p = pred == 0 ? 0 : (double) tp / pred;
                double r = gold == 0 ? 0 : (double) tp / gold;
                sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
            }
            return classes == 0 ? 0 : sum / classes;
        }

        int sentimentCount() {
            int n = 0;
            for (int[] row : sentiment) {
                for (int v : row) {
                    n += v;
                }
            }
            return n;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "sentiment acc=%.3f macroF1=%.3f (n=%d) | tone acc=%.3f macroF1=%.3f | events P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
                    sentimentAccuracy(), sentimentMacroF1(), sentimentCount(), toneAccuracy(), toneMacroF1(),
                    eventPrecision(), eventRecall(), eventF1(), eventTp, eventFp, eventFn);
        }
    }

    private final SentimentAnalyzer analyzer;
    private final Tagger tagger;
    private final boolean oracle;
    final Map<String, Figures> figures = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    final Set<String> traceIds = new HashSet<>(List.of(System.getProperty("trace", "").split(",")));
    final StringBuilder traces = new StringBuilder();

    DevSetEvaluator(SentimentAnalyzer analyzer, Tagger tagger, boolean oracle) {
        this.analyzer = analyzer;
        this.tagger = tagger;
        this.oracle = oracle;
    }

    static Tagger builtInTagger() {
        return Tagger.build(CompanyKnowledgeBase.builtIn().companies());
    }

    static List<JsonNode> read(InputStream in) throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
                articles.add(Json.mapper().readTree(line));
            }
        }
        return articles;
    }

    static List<JsonNode> bundled() throws IOException {
        return io.newspulse.testsupport.DevSet.articles();
    }

    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    static int label(double score) {
        return score > 0.1 ? 2 : score < -0.1 ? 0 : 1;
    }

    static int label(String name) {
        return switch (name) {
            case "negative" -> 0;
            case "positive" -> 2;
            default -> 1;
        };
    }

    /** The gold companies as tagger matches: every occurrence of every alias (oracle mode). */
    static List<CompanyMatch> goldMatches(String title, String body, JsonNode gold) {
        List<CompanyMatch> out = new ArrayList<>();
        for (JsonNode g : gold) {
            List<Span> spans = new ArrayList<>();
            for (JsonNode a : g.path("aliases")) {
                String alias = a.asText();
                addAll(spans, title, alias, true);
                addAll(spans, body, alias, false);
            }
            if (spans.isEmpty()) {
                continue;
            }
            spans.sort((x, y) -> x.inTitle() != y.inTitle() ? (x.inTitle() ? -1 : 1) : Integer.compare(x.start(), y.start()));
            boolean inTitle = spans.get(0).inTitle();
            // The gold set has no relevance: 0, so that only the title makes a company the subject (SentimentAnalyzer.isSubject).
            out.add(new CompanyMatch(g.path("name").asText(), g.path("name").asText(), 0.0, spans.size(), inTitle, spans));
        }
        return out;
    }

    private static void addAll(List<Span> spans, String text, String alias, boolean inTitle) {
        if (text == null || alias.isEmpty()) {
            return;
        }
        int i = text.indexOf(alias);
        while (i >= 0) {
            int s = i;
            if (spans.stream().noneMatch(x -> x.inTitle() == inTitle && x.start() < s + alias.length() && s < x.end())) {
                spans.add(new Span(alias, i, i + alias.length(), inTitle));
            }
            i = text.indexOf(alias, i + alias.length());
        }
    }

    Figures of(String lang) {
        return figures.computeIfAbsent(lang, l -> new Figures());
    }

    /** Evaluates all articles; writes scorer lines to {@code out} when not null. */
    void run(List<JsonNode> articles, Writer out) throws IOException {
        for (JsonNode art : articles) {
            String id = art.path("id").asText();
            String lang = art.path("lang").asText();
            String title = art.path("title").asText("");
            String body = art.path("body").asText("");
            List<CompanyMatch> matches = oracle ? goldMatches(title, body, art.path("gold")) : tagger.tag(title, body, lang);
            StringBuilder trace = traceIds.contains(id) ? new StringBuilder() : null;
            ArticleSentiment result = analyzer.analyze(title, body, lang, matches, trace);
            if (trace != null) {
                traces.append("=== ").append(id).append(' ').append(title).append('\n').append(trace);
                for (JsonNode g : art.path("gold")) {
                    traces.append("  gold ").append(g.path("name").asText()).append(' ')
                            .append(g.path("sentiment").asText()).append(' ').append(g.path("events")).append('\n');
                }
                traces.append("  gold tone ").append(art.path("tone").asText()).append(" pred ")
                        .append(result.tone()).append('\n');
                for (CompanyMatch m : matches) {
                    traces.append("  pred ").append(m.companyName()).append(' ').append(result.of(m.companyId())).append('\n');
                }
            }
            if (out != null) {
                out.write(line(id, result, matches));
                out.write('\n');
            }
            score(art, lang, result, matches);
        }
    }

    static String line(String id, ArticleSentiment result, List<CompanyMatch> matches) throws IOException {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", id);
        ArrayNode companies = Json.mapper().createArrayNode();
        OfflineTagger.write(o, companies, new AnalyzedArticle(matches, result)); // the tag command's format
        o.set("companies", companies);
        return Json.mapper().writeValueAsString(o);
    }

    private void score(JsonNode art, String lang, ArticleSentiment result, List<CompanyMatch> matches) {
        String id = art.path("id").asText();
        List<Set<String>> goldKeys = new ArrayList<>();
        for (JsonNode g : art.path("gold")) {
            Set<String> k = new HashSet<>();
            k.add(key(g.path("name").asText()));
            g.path("aliases").forEach(a -> k.add(key(a.asText())));
            goldKeys.add(k);
        }
        Set<String> optional = new HashSet<>();
        for (JsonNode g : art.path("gold_optional")) {
            optional.add(key(g.path("name").asText()));
            g.path("aliases").forEach(a -> optional.add(key(a.asText())));
        }
        List<CompanyMatch> sorted = new ArrayList<>(matches);
        sorted.sort((a, b) -> Double.compare(b.relevance(), a.relevance()));
        CompanyMatch[] taken = new CompanyMatch[goldKeys.size()];
        for (CompanyMatch m : sorted) {
            Set<String> pk = new HashSet<>();
            pk.add(key(m.companyName()));
            m.surfaceForms().forEach(f -> pk.add(key(f)));
            int free = -1;
            boolean any = false;
            for (int i = 0; i < goldKeys.size(); i++) {
                if (!java.util.Collections.disjoint(pk, goldKeys.get(i))) {
                    any = true;
                    if (taken[i] == null) {
                        free = i;
                        break;
                    }
                }
            }
            if (free >= 0) {
                taken[free] = m;
            } else if (!any && java.util.Collections.disjoint(pk, optional)) {
                int fp = result.of(m.companyId()).events().size();
                for (String l : new String[] {lang, "ALL"}) {
                    of(l).eventFp += fp;
                }
            }
        }
        int i = 0;
        for (JsonNode g : art.path("gold")) {
            Set<String> ge = new LinkedHashSet<>();
            g.path("events").forEach(e -> ge.add(e.asText()));
            CompanyMatch m = taken[i++];
            if (m == null) {
                for (String l : new String[] {lang, "ALL"}) {
                    of(l).eventFn += ge.size();
                }
                continue;
            }
            CompanySentiment s = result.of(m.companyId());
            int gl = label(g.path("sentiment").asText());
            int pl = label(s.sentiment());
            Set<String> pe = new LinkedHashSet<>();
            s.events().forEach(e -> pe.add(e.code()));
            int tp = 0;
            for (String e : pe) {
                if (ge.contains(e)) {
                    tp++;
                }
            }
            for (String l : new String[] {lang, "ALL"}) {
                Figures f = of(l);
                f.matched++;
                f.sentiment[gl][pl]++;
                f.eventTp += tp;
                f.eventFp += pe.size() - tp;
                f.eventFn += ge.size() - tp;
            }
            if (gl != pl) {
                misses.add(String.format(Locale.ROOT, "SENT %s %s gold=%s pred=%.2f", id, g.path("name").asText(),
                        LABELS[gl], s.sentiment()));
            }
            if (!ge.equals(pe)) {
                Set<String> missing = new LinkedHashSet<>(ge);
                missing.removeAll(pe);
                Set<String> extra = new LinkedHashSet<>(pe);
                extra.removeAll(ge);
                misses.add(String.format(Locale.ROOT, "EVENT %s %s missing=%s extra=%s", id, g.path("name").asText(),
                        missing, extra));
            }
        }
        int gt = label(art.path("tone").asText());
        int pt = label(result.tone());
        for (String l : new String[] {lang, "ALL"}) {
            of(l).tone[gt][pt]++;
        }
        if (gt != pt) {
            misses.add(String.format(Locale.ROOT, "TONE %s gold=%s pred=%.2f", id, LABELS[gt], result.tone()));
        }
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        figures.forEach((l, f) -> sb.append(String.format(Locale.ROOT, "%-4s %s%n", l, f)));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        List<JsonNode> articles;
        if (args.length > 0) {
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                articles = read(in);
            }
        } else {
            articles = bundled();
        }
        boolean oracle = args.length > 2 && args[2].equals("oracle");
        DevSetEvaluator ev = new DevSetEvaluator(SentimentAnalyzer.builtIn(), oracle ? null : builtInTagger(), oracle);
        if (args.length > 1) {
            try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                ev.run(articles, w);
            }
        } else {
            ev.run(articles, null);
        }
        StringBuilder sb = new StringBuilder(ev.traces).append(ev.report());
        if (args.length > 3) {
            int n = Integer.parseInt(args[3]);
            ev.misses.stream().limit(n).forEach(m -> sb.append(m).append('\n'));
        }
        Files.writeString(Path.of(System.getProperty("report", "/dev/stdout")), sb.toString());
    }
}
