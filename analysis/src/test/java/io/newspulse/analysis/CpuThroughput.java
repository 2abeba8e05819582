package io.newspulse.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput check for a shared, noisy machine (a tool, not a test): thread CPU time, best of 30 rounds, of
 * tagging, analysing and both over the 200 dev-set articles. Best-of CPU time is far less disturbed by other
 * processes than JMH's wall-clock rate; on a quiet machine use {@code SentimentBenchmark} in {@code bench}.
 */
final class CpuThroughput {
    public static void main(String[] args) throws Exception {
        Tagger tagger = DevSetEvaluator.builtInTagger();
        SentimentAnalyzer analyzer = SentimentAnalyzer.builtIn();
        List<String[]> articles = new ArrayList<>();
        long bytes = 0;
        for (JsonNode n : DevSetEvaluator.bundled()) {
            String[] a = {n.path("title").asText(), n.path("body").asText(), n.path("lang").asText()};
            articles.add(a);
            bytes += (a[0] + a[1]).getBytes(StandardCharsets.UTF_8).length;
        }
        List<List<CompanyMatch>> matches = new ArrayList<>();
        for (String[] a : articles) {
            matches.add(tagger.tag(a[0], a[1], a[2]));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long bestTag = Long.MAX_VALUE;
        long bestAnalyze = Long.MAX_VALUE;
        long bestBoth = Long.MAX_VALUE;
        Object sink = null;
        for (int round = 0; round < 30; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (String[] a : articles) {
                sink = tagger.tag(a[0], a[1], a[2]);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < articles.size(); i++) {
                String[] a = articles.get(i);
                sink = analyzer.analyze(a[0], a[1], a[2], matches.get(i));
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (String[] a : articles) {
                sink = analyzer.analyze(a[0], a[1], a[2], tagger.tag(a[0], a[1], a[2]));
            }
            long t3 = mx.getCurrentThreadCpuTime();
            bestTag = Math.min(bestTag, t1 - t0);
            bestAnalyze = Math.min(bestAnalyze, t2 - t1);
            bestBoth = Math.min(bestBoth, t3 - t2);
        }
        double mb = bytes / 1e6;
        String line = String.format(Locale.ROOT, "tag %.1f MB/s, analyze %.1f MB/s, tag+analyze %.1f MB/s (CPU time, best of 30; %s)%n",
                mb / (bestTag / 1e9), mb / (bestAnalyze / 1e9), mb / (bestBoth / 1e9), sink != null);
        java.nio.file.Files.writeString(java.nio.file.Path.of("/dev/stdout"), line);
    }
}
