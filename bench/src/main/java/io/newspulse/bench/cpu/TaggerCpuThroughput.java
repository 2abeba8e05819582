package io.newspulse.bench.cpu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspulse.analysis.ArticleAnalyzer;
import io.newspulse.avro.Company;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.discovery.OrganisationDiscovery;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Tagger throughput for a shared, noisy machine (a tool, not a test): thread CPU time, best of N rounds over the
 * articles of a JSONL file ({@code title}, {@code body}, {@code lang} per line; by default the labelled dev set),
 * with the built-in knowledge base, with and without pattern discovery; also the CPU time of {@code Tagger.build}
 * (best of 3), the heap the tagger holds (used heap after GC with and without it), and tagging plus analysis
 * (sentiment, tone, events: {@link ArticleAnalyzer}, what the stream and {@code newspulse tag} run per article).
 * Best-of CPU time is far less disturbed by other processes than JMH's wall-clock rate; on a quiet machine use
 * {@code TaggerBenchmark} and {@code SentimentBenchmark}.
 *
 * <pre>java -cp bench/target/newspulse-bench.jar io.newspulse.bench.cpu.TaggerCpuThroughput [articles.jsonl] [rounds]</pre>
 */
public final class TaggerCpuThroughput {
    private TaggerCpuThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/dev-set/articles.jsonl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String[]> articles = read(file);
        long bytes = 0;
        for (String[] a : articles) {
            bytes += (a[0] + a[1]).getBytes(StandardCharsets.UTF_8).length;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Collection<Company> companies = CompanyKnowledgeBase.builtIn().companies();

        long heapBefore = usedAfterGc();
        long bestBuild = Long.MAX_VALUE;
        Tagger tagger = null;
        for (int i = 0; i < 3; i++) {
            tagger = null;
            long t0 = mx.getCurrentThreadCpuTime();
            tagger = Tagger.build(companies);
            bestBuild = Math.min(bestBuild, mx.getCurrentThreadCpuTime() - t0);
        }
        long heapTagger = usedAfterGc() - heapBefore;
        Tagger plain = Tagger.build(companies, (OrganisationDiscovery) null);
        ArticleAnalyzer analyzer = ArticleAnalyzer.builtIn();

        // Interleaved, so that both configurations see the same JIT state and the same disturbances.
        long withDiscovery = Long.MAX_VALUE;
        long withoutDiscovery = Long.MAX_VALUE;
        long withAnalysis = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            withDiscovery = Math.min(withDiscovery, time(tagger, articles, mx));
            withoutDiscovery = Math.min(withoutDiscovery, time(plain, articles, mx));
            withAnalysis = Math.min(withAnalysis, time(analyzer, tagger, articles, mx));
        }
        double mb = bytes / 1e6;
        String line = String.format(Locale.ROOT,
                "%d companies, %d articles (%.0f KB): tagger %.1f MB/s, without discovery %.1f MB/s,"
                        + " tag + analysis %.1f MB/s (CPU time, best of %d); Tagger.build %.2f s CPU (best of 3);"
                        + " tagger heap %.1f MB (%s)%n",
                tagger.companyCount(), articles.size(), bytes / 1e3, mb / (withDiscovery / 1e9),
                mb / (withoutDiscovery / 1e9), mb / (withAnalysis / 1e9), rounds, bestBuild / 1e9, heapTagger / 1e6, plain.companyCount() > 0);
        Files.writeString(Path.of("/dev/stdout"), line);
    }

    private static long time(Tagger tagger, List<String[]> articles, ThreadMXBean mx) {
        int sink = 0;
        long t0 = mx.getCurrentThreadCpuTime();
        for (String[] a : articles) {
            sink += tagger.tag(a[0], a[1], a[2]).size();
        }
        long elapsed = mx.getCurrentThreadCpuTime() - t0;
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return elapsed;
    }

    private static long time(ArticleAnalyzer analyzer, Tagger tagger, List<String[]> articles, ThreadMXBean mx) {
        int sink = 0;
        long t0 = mx.getCurrentThreadCpuTime();
        for (String[] a : articles) {
            sink += analyzer.analyze(tagger, a[0], a[1], a[2]).companies().size();
        }
        long elapsed = mx.getCurrentThreadCpuTime() - t0;
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return elapsed;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static List<String[]> read(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String[]> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                articles.add(new String[] {n.path("title").asText(), n.path("body").asText(), n.path("lang").asText()});
            }
        }
        return articles;
    }
}
