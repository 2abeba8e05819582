package io.newspulse.bench.cpu;

import io.newspulse.analysis.ArticleAnalyzer;
import io.newspulse.analysis.SentimentAnalyzer;
import io.newspulse.avro.Company;
import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.discovery.OrganisationDiscovery;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import io.newspulse.tagging.match.AhoCorasick;
import io.newspulse.tagging.match.AliasDictionary;
import io.newspulse.tagging.match.FoldedText;
import io.newspulse.tagging.match.MentionExtractor;
import io.newspulse.tagging.match.PatternMatcher;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Where the tagger's and the analysis' CPU time goes, step by step (a tool, not a test): each step is timed alone
 * over the articles of a JSONL file (thread CPU time, best of N rounds, steps interleaved round by round), with
 * the bytes it allocates per pass. Each step includes the ones before it where it needs their output (the scan
 * needs folded text), so the cost of a step is the difference of two rows: folding; folding and a copy of the
 * folded chars, then the pattern scan over that copy ({@code PatternMatcher}); folding and {@code MentionExtractor} (scan, rules, overlap resolution, evidence);
 * discovery alone on the raw text ({@code OrganisationDiscovery}, without the knowledge-base spans the tagger
 * lets it skip); the tagger without and with discovery; the analysis alone on the tagger's matches; tagging and
 * analysis one after the other as the stream runs them ({@code ArticleAnalyzer}).
 *
 * <p>Steps timed alone run with their data in cache; in the tagger they share it, so the sum of the parts is
 * smaller than the whole (compare "tag" plus "analysis" with "tag + analysis"). Sampling profilers (JFR with
 * {@code -XX:+DebugNonSafepoints}) charged the inlined scan loops to their neighbours in this code (no sample at
 * all in {@code WordPatterns.scan}); these direct timings do not depend on that.
 *
 * <pre>java -cp bench/target/newspulse-bench.jar io.newspulse.bench.cpu.TaggerStepCosts [articles.jsonl] [rounds]</pre>
 */
public final class TaggerStepCosts {
    private TaggerStepCosts() {
    }

    /** One step over one article; returns something derived from the result, so that the work is not dropped. */
    @FunctionalInterface
    private interface Step {
        long run(int article);
    }

    private record Named(String name, Step step) {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/dev-set/articles.jsonl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<String[]> articles = TaggerCpuThroughput.read(file);
        long bytes = 0;
        for (String[] a : articles) {
            bytes += (a[0] + a[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        Collection<Company> companies = CompanyKnowledgeBase.builtIn().companies();
        Tagger tagger = Tagger.build(companies);
        Tagger plain = Tagger.build(companies, (OrganisationDiscovery) null);
        AliasDictionary dictionary = AliasDictionary.build(companies);
        MentionExtractor extractor = new MentionExtractor(dictionary);
        PatternMatcher matcher = dictionary.matcher();
        OrganisationDiscovery discovery = OrganisationDiscovery.patternsOnly();
        SentimentAnalyzer sentiment = SentimentAnalyzer.builtIn();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(sentiment);
        List<List<CompanyMatch>> matches = new ArrayList<>();
        for (String[] a : articles) {
            matches.add(tagger.tag(a[0], a[1], a[2]));
        }
        long[] hits = new long[1];
        AhoCorasick.HitListener sink = (start, end, p) -> hits[0] += p;
        // The folded chars are the tagger's own (not public): the scan rows read a copy, and "fold + copy" is their base.
        char[][] copy = {new char[1 << 16]};
        List<Named> steps = List.of(
                new Named("fold", k -> FoldedText.ofReused(articles.get(k)[0], 0).length()
                        + FoldedText.ofReused(articles.get(k)[1], 1).length()),
                new Named("fold + copy", k -> {
                    FoldedText title = FoldedText.ofReused(articles.get(k)[0], 0);
                    FoldedText body = FoldedText.ofReused(articles.get(k)[1], 1);
                    return chars(title, copy)[0] + chars(body, copy)[0];
                }),
                new Named("fold + copy + scan", k -> {
                    FoldedText title = FoldedText.ofReused(articles.get(k)[0], 0);
                    FoldedText body = FoldedText.ofReused(articles.get(k)[1], 1);
                    matcher.scan(chars(title, copy), title.length(), sink);
                    matcher.scan(chars(body, copy), body.length(), sink);
                    return hits[0];
                }),
                new Named("fold + extract", k -> extractor.extract(FoldedText.ofReused(articles.get(k)[0], 0),
                        FoldedText.ofReused(articles.get(k)[1], 1), chinese(articles.get(k)[2]), new ArrayList<>())
                        .size()),
                new Named("discovery alone", k -> discovery.discover(articles.get(k)[0], articles.get(k)[1],
                        articles.get(k)[2]).size()),
                new Named("tag without discovery", k -> plain.tag(articles.get(k)[0], articles.get(k)[1],
                        articles.get(k)[2]).size()),
                new Named("tag", k -> tagger.tag(articles.get(k)[0], articles.get(k)[1], articles.get(k)[2]).size()),
                new Named("analysis alone", k -> System.identityHashCode(sentiment.analyze(articles.get(k)[0],
                        articles.get(k)[1], articles.get(k)[2], matches.get(k))) & 1),
                new Named("tag + analysis", k -> analyzer.analyze(tagger, articles.get(k)[0], articles.get(k)[1],
                        articles.get(k)[2]).companies().size()));
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] best = new long[steps.size()];
        long[] allocated = new long[steps.size()];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < steps.size(); s++) {
                Step step = steps.get(s).step();
                long a0 = mx.getCurrentThreadAllocatedBytes();
                long t0 = mx.getCurrentThreadCpuTime();
                for (int k = 0; k < articles.size(); k++) {
                    total += step.run(k);
                }
                best[s] = Math.min(best[s], mx.getCurrentThreadCpuTime() - t0);
                allocated[s] = mx.getCurrentThreadAllocatedBytes() - a0;
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%d companies, %d articles (%.0f KB), thread CPU time per pass, best of %d (checksum %d)%n",
                tagger.companyCount(), articles.size(), bytes / 1e3, rounds, total & 0xFFFF));
        for (int s = 0; s < steps.size(); s++) {
            out.append(String.format(Locale.ROOT, "%-22s %7.2f ms  %6.1f MB/s  %5.2f MB allocated%n",
                    steps.get(s).name(), best[s] / 1e6, bytes / 1e6 / (best[s] / 1e9), allocated[s] / 1e6));
        }
        Files.writeString(Path.of("/dev/stdout"), out);
    }

    private static boolean chinese(String language) {
        return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("zh");
    }

    /** The folded chars of {@code field} in {@code buffer[0]} (grown as needed). */
    private static char[] chars(FoldedText field, char[][] buffer) {
        if (buffer[0].length < field.length() + 1) {
            buffer[0] = new char[field.length() * 2 + 1];
        }
        field.text().getChars(0, field.length(), buffer[0], 0);
        return buffer[0];
    }
}
