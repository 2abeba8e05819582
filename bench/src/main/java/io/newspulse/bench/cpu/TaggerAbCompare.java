package io.newspulse.bench.cpu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of the tagger in one JVM (a tool, not a test): each class path (e.g. {@code base.jar} and
 * {@code app/target/newspulse.jar}) gets its own class loader, both tag the same articles in rounds ordered
 * A-B-B-A, and the best thread CPU time of each is reported. On a shared machine, separate JVM runs of one build
 * differ by ±15 %; paired rounds in one JVM see the same disturbances (two identical builds differ by up to 7 %).
 *
 * <p>With {@code analyze} as the last argument, each round runs what the stream runs per article: tagging plus
 * sentiment, tone and events ({@code ArticleAnalyzer.analyze}), with the default tagger; with {@code sentiment},
 * the analysis alone ({@code SentimentAnalyzer.analyze} on the default tagger's matches, tagged once beforehand).
 *
 * <pre>java -cp bench/target/newspulse-bench.jar io.newspulse.bench.cpu.TaggerAbCompare A.jar B.jar [rounds] [articles.jsonl] [nodisc|analyze|sentiment]</pre>
 */
public final class TaggerAbCompare {
    private TaggerAbCompare() {
    }

    /**
     * One build: its tagger and {@code tag(String, String, String)}; with analysis, its analyzer and
     * {@code analyze(Tagger, String, String, String)} (else null).
     */
    private record Build(Object tagger, Method tag, long buildNanos, Object analyzer, Method analyze,
                         java.util.Map<String[], Object> matches) {
        int run(String[] article) throws Exception {
            if (matches != null) {
                Object analyzed = analyze.invoke(analyzer, article[0], article[1], article[2], matches.get(article));
                return System.identityHashCode(analyzed) & 1;
            }
            if (analyzer != null) {
                Object analyzed = analyze.invoke(analyzer, tagger, article[0], article[1], article[2]);
                return System.identityHashCode(analyzed) & 1;
            }
            return ((List<?>) tag.invoke(tagger, article[0], article[1], article[2])).size();
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Path file = Path.of(args.length > 3 ? args[3] : "../shared/dev-set/articles.jsonl");
        boolean discovery = !(args.length > 4 && args[4].equals("nodisc"));
        boolean analysis = args.length > 4 && args[4].equals("analyze");
        boolean sentimentOnly = args.length > 4 && args[4].equals("sentiment");
        List<String[]> articles = TaggerCpuThroughput.read(file);
        long bytes = 0;
        for (String[] a : articles) {
            bytes += (a[0] + a[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Build[] builds = {build(args[0], discovery, analysis, mx), build(args[1], discovery, analysis, mx)};
        if (sentimentOnly) {
            for (int k = 0; k < 2; k++) {
                builds[k] = sentimentOnly(builds[k], articles);
            }
        }
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        int sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int step = 0; step < 2; step++) {
                int k = (r & 1) == 0 ? step : 1 - step;
                long t0 = mx.getCurrentThreadCpuTime();
                for (String[] a : articles) {
                    sink += builds[k].run(a);
                }
                best[k] = Math.min(best[k], mx.getCurrentThreadCpuTime() - t0);
            }
        }
        double kb = bytes / 1e3;
        String line = String.format(Locale.ROOT,
                "%s, %d articles, best of %d: A %.1f MB/s, B %.1f MB/s, B/A %.2fx; Tagger.build CPU A %.2f s, B %.2f s (%d)%n",
                sentimentOnly ? "analysis alone" : analysis ? "tag + analysis" : discovery ? "default tagger" : "without discovery", articles.size(), rounds, kb / (best[0] / 1e6),
                kb / (best[1] / 1e6), (double) best[0] / best[1], builds[0].buildNanos() / 1e9,
                builds[1].buildNanos() / 1e9, sink);
        Files.writeString(Path.of("/dev/stdout"), line);
    }

    /** The build's analysis alone, on its own tagger's matches computed now. */
    private static Build sentimentOnly(Build b, List<String[]> articles) throws Exception {
        ClassLoader loader = b.tagger().getClass().getClassLoader();
        Class<?> sentimentClass = loader.loadClass("io.newspulse.analysis.SentimentAnalyzer");
        Object sentiment = sentimentClass.getMethod("builtIn").invoke(null);
        Method analyze = sentimentClass.getMethod("analyze", String.class, String.class, String.class, List.class);
        java.util.Map<String[], Object> matches = new java.util.IdentityHashMap<>();
        for (String[] a : articles) {
            matches.put(a, b.tag().invoke(b.tagger(), a[0], a[1], a[2]));
        }
        return new Build(b.tagger(), b.tag(), b.buildNanos(), sentiment, analyze, matches);
    }

    private static Build build(String classPath, boolean discovery, boolean analysis, ThreadMXBean mx)
            throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String part : classPath.split(":")) {
            urls.add(Path.of(part).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> kb = loader.loadClass("io.newspulse.tagging.kb.CompanyKnowledgeBase");
        Collection<?> companies = (Collection<?>) kb.getMethod("companies").invoke(kb.getMethod("builtIn").invoke(null));
        Class<?> tagger = loader.loadClass("io.newspulse.tagging.Tagger");
        Class<?> discoveryClass = loader.loadClass("io.newspulse.tagging.discovery.OrganisationDiscovery");
        long t0 = mx.getCurrentThreadCpuTime();
        Object built = discovery ? tagger.getMethod("build", Collection.class).invoke(null, companies)
                : tagger.getMethod("build", Collection.class, discoveryClass).invoke(null, companies, null);
        long buildNanos = mx.getCurrentThreadCpuTime() - t0;
        Object analyzer = null;
        Method analyze = null;
        if (analysis) {
            Class<?> analyzerClass = loader.loadClass("io.newspulse.analysis.ArticleAnalyzer");
            analyzer = analyzerClass.getMethod("builtIn").invoke(null);
            analyze = analyzerClass.getMethod("analyze", tagger, String.class, String.class, String.class);
        }
        return new Build(built, tagger.getMethod("tag", String.class, String.class, String.class), buildNanos,
                analyzer, analyze, null);
    }
}
