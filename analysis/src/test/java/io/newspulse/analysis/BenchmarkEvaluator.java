package io.newspulse.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Span;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the analyzer on two public English benchmarks that are NOT shipped with the project (their licences do
 * not allow it; keep local copies outside the repository, e.g. under {@code /work/scratch/bench-data/}):
 * <ul>
 *   <li>Financial PhraseBank v1.0 (Malo et al. 2014, CC BY-NC-SA 3.0): {@code Sentences_AllAgree.txt} and
 *       {@code Sentences_50Agree.txt}, lines {@code sentence@label}. Each sentence is analysed as a body with no
 *       title; its tone (three classes, +-0.1) is compared with the label. A fixed half of the sentences (by the
 *       parity of {@link #half}) is the tuning half; the other half is the held-out one reported.</li>
 *   <li>SemEval-2017 Task 5 subtask 2 headlines (Cortis et al. 2017): the training and the test CSV/JSON with
 *       {@code company}, {@code title} and {@code sentiment}/{@code sentiment score}. The company is located in
 *       the headline (its name, else its first word), the headline analysed as a title, and the company's score
 *       compared by cosine similarity of the score vectors (the task's metric).</li>
 * </ul>
 * Command line (test classpath): {@code BenchmarkEvaluator fpb FILE... | semeval FILE... | trace [COMPANY] TEXT}; {@code -Derrors=N}
 * prints the first N errors of the tuning part.
 */
final class BenchmarkEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchmarkEvaluator() {
    }

    /** One FinancialPhraseBank sentence. */
    record Sentence(String text, int label) {
    }

    /** One SemEval headline with its target company and gold score. */
    record Headline(String title, String company, double gold) {
    }

    /** 0 = tuning half, 1 = held-out half; fixed by the text, so it is the same in every agreement file. */
    static int half(String text) {
        return Math.floorMod(text.strip().hashCode(), 2);
    }

    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    static List<Sentence> phraseBank(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        for (String line : read(file).split("\r?\n")) {
            int at = line.lastIndexOf('@');
            if (at <= 0) {
                continue;
            }
            out.add(new Sentence(line.substring(0, at).strip(), DevSetEvaluator.label(line.substring(at + 1).strip())));
        }
        return out;
    }

    static List<Headline> semEval(Path file) throws IOException {
        String text = read(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Headline> out = new ArrayList<>();
        if (text.stripLeading().startsWith("[")) {
            for (JsonNode n : JSON.readTree(text)) {
                JsonNode score = n.has("sentiment score") ? n.get("sentiment score") : n.get("sentiment");
                out.add(new Headline(n.path("title").asText(), n.path("company").asText(), score.asDouble()));
            }
            return out;
        }
        List<List<String>> rows = csv(text);
        List<String> header = rows.get(0);
        int title = header.indexOf("title");
        int company = header.indexOf("company");
        int score = header.indexOf("sentiment score");
        if (score < 0) {
            score = header.indexOf("sentiment");
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(title, Math.max(company, score))) {
                out.add(new Headline(row.get(title), row.get(company), Double.parseDouble(row.get(score))));
            }
        }
        return out;
    }

    /** Minimal RFC 4180 reader (quoted fields, doubled quotes). */
    static List<List<String>> csv(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        StringReader r = new StringReader(text);
        int c;
        while ((c = r.read()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    int next = r.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        r.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Confusion matrix [gold][predicted] of sentence tone, for the sentences of {@code half} (-1: all). */
    static int[][] tone(SentimentAnalyzer analyzer, List<Sentence> sentences, int half, List<String> errors) {
        int[][] m = new int[3][3];
        for (Sentence s : sentences) {
            if (half >= 0 && half(s.text()) != half) {
                continue;
            }
            double tone = analyzer.analyze(null, s.text(), "en", List.of()).tone();
            int p = DevSetEvaluator.label(tone);
            m[s.label()][p]++;
            if (p != s.label() && errors != null) {
                errors.add(String.format(Locale.ROOT, "%s->%s %+.2f %s", DevSetEvaluator.LABELS[s.label()],
                        DevSetEvaluator.LABELS[p], tone, s.text()));
            }
        }
        return m;
    }

    /** The company's mention in the headline: the name as given, without a legal suffix, or its first word. */
    static List<Span> locate(String title, String company) {
        String lower = title.toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        String name = company.strip();
        candidates.add(name);
        String bare = name.replaceAll("(?i)[ ,]+(plc|inc\\.?|group|holdings|ltd|co\\.?|corp\\.?|ag|sa|nv)$", "");
        candidates.add(bare);
        candidates.add(bare.replaceAll("(?i)[ ,]+(plc|inc\\.?|group|holdings|ltd|co\\.?|corp\\.?|ag|sa|nv)$", ""));
        int space = bare.indexOf(' ');
        if (space > 2) {
            candidates.add(bare.substring(0, space));
        }
        if (bare.endsWith("s")) {
            candidates.add(bare.substring(0, bare.length() - 1));
        }
        for (String c : candidates) {
            String cl = c.toLowerCase(Locale.ROOT);
            if (cl.length() < 2) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            int from = 0;
            int at;
            while ((at = lower.indexOf(cl, from)) >= 0) {
                spans.add(new Span(title.substring(at, at + cl.length()), at, at + cl.length(), true));
                from = at + cl.length();
            }
            if (!spans.isEmpty()) {
                return spans;
            }
        }
        return List.of();
    }

    /** Per-headline predicted score for its company (the headline's tone when the name is not found). */
    static double[] predict(SentimentAnalyzer analyzer, List<Headline> headlines, List<String> errors) {
        double[] out = new double[headlines.size()];
        for (int i = 0; i < headlines.size(); i++) {
            Headline h = headlines.get(i);
            List<Span> spans = locate(h.title(), h.company());
            List<CompanyMatch> matches = spans.isEmpty() ? List.of()
                    : List.of(new CompanyMatch("c", h.company(), 1.0, spans.size(), true, spans));
            ArticleSentiment a = analyzer.analyze(h.title(), null, "en", matches);
            out[i] = spans.isEmpty() ? a.tone() : a.of("c").sentiment();
            if (errors != null && Math.abs(out[i] - h.gold()) > 0.5) {
                errors.add(String.format(Locale.ROOT, "gold %+.2f pred %+.2f [%s] %s", h.gold(), out[i], h.company(),
                        h.title()));
            }
        }
        return out;
    }

    static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    static double[] gold(List<Headline> headlines) {
        double[] g = new double[headlines.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = headlines.get(i).gold();
        }
        return g;
    }

    private static String figures(String what, int[][] m) {
        int n = 0;
        for (int[] row : m) {
            for (int v : row) {
                n += v;
            }
        }
        return String.format(Locale.ROOT, "%-40s n=%5d accuracy=%.3f macroF1=%.3f  confusion(neg,neu,pos)=%s%n", what,
                n, DevSetEvaluator.Figures.accuracy(m), DevSetEvaluator.Figures.macroF1(m),
                java.util.Arrays.deepToString(m));
    }

    public static void main(String[] args) throws IOException {
        SentimentAnalyzer analyzer = SentimentAnalyzer.builtIn();
        int showErrors = Integer.getInteger("errors", 0);
        StringBuilder sb = new StringBuilder();
        List<String> errors = new ArrayList<>();
        if (args[0].equals("trace")) {
            // trace [company] text: how one sentence or headline is scored, clause by clause.
            String company = args.length > 2 ? args[1] : null;
            String text = args[args.length - 1];
            List<Span> spans = company == null ? List.of() : locate(text, company);
            List<CompanyMatch> matches = spans.isEmpty() ? List.of()
                    : List.of(new CompanyMatch("c", company, 1.0, spans.size(), true, spans));
            ArticleSentiment a = company == null ? analyzer.analyze(null, text, "en", List.of(), sb)
                    : analyzer.analyze(text, null, "en", matches, sb);
            sb.append(String.format(Locale.ROOT, "tone %+.3f company %+.3f%n", a.tone(), a.of("c").sentiment()));
        } else if (args[0].equals("fpb")) {
            for (int i = 1; i < args.length; i++) {
                Path p = Path.of(args[i]);
                List<Sentence> s = phraseBank(p);
                String name = p.getFileName().toString();
                sb.append(figures(name + " all", tone(analyzer, s, -1, null)));
                sb.append(figures(name + " tuning half", tone(analyzer, s, 0, errors)));
                sb.append(figures(name + " held-out half", tone(analyzer, s, 1, null)));
            }
        } else {
            for (int i = 1; i < args.length; i++) {
                Path p = Path.of(args[i]);
                List<Headline> h = semEval(p);
                double[] pred = predict(analyzer, h, i == 1 ? errors : null);
                int found = 0;
                for (Headline x : h) {
                    found += locate(x.title(), x.company()).isEmpty() ? 0 : 1;
                }
                sb.append(String.format(Locale.ROOT, "%-40s n=%5d cosine=%.3f (company found in %d)%n",
                        p.getFileName(), h.size(), cosine(pred, gold(h)), found));
            }
        }
        for (int i = 0; i < Math.min(showErrors, errors.size()); i++) {
            sb.append(errors.get(i)).append('\n');
        }
        String report = System.getProperty("report");
        if (report == null) {
            System.out.print(sb); // command-line tool (test scope)
        } else {
            Files.writeString(Path.of(report), sb.toString());
        }
    }
}
