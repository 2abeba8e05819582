package io.newspulse.bench.jmh;

import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tagger throughput against the full built-in knowledge base over ~2 KB articles, alternating English and
 * Japanese. The {@code bytes} secondary result is UTF-8 input bytes per second (divide by 1e6 for MB/s);
 * the primary result is articles per second. {@link #tagSeeds} does the same over the real seed articles
 * (every {@code *.txt} of the {@code seedDir} parameter, by default {@code ../shared/samples/seeds} from the repository root, one article per file, tagged as Japanese).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class TaggerBenchmark {
    private static final String[] EN = {
        "Microsoft (NASDAQ: MSFT) said on Tuesday that its Azure cloud revenue grew faster than expected, ",
        "while Alphabet's Google and Amazon Web Services cut prices. Analysts at Goldman Sachs expect ",
        "Nvidia to keep supplying the GPUs that OpenAI and Meta need. Apple shares rose 2% after the iPhone ",
        "event; Visa and Mastercard were flat. Toyota Motor and Sony Group reported results in Tokyo. ",
        "The metadata of the filing shows that Oracle and Salesforce plan new data centers in Texas. ",
    };
    private static final String[] JA = {
        "マイクロソフトは火曜日、クラウド事業の売上高が予想を上回ったと発表した。ソフトバンクグループ(9984)は",
        "傘下の英アームの株式を追加取得する。トヨタ自動車と日立製作所は共同で新工場を建設し、",
        "ソニーグループは半導体事業を強化する。三菱UFJフィナンシャル・グループも融資に参加する見通しだ。",
        "一方、グーグルやエヌビディアはAI向け投資を拡大しており、東証9984の株価は反発した。",
        "任天堂は新型ゲーム機を発表し、パナソニックとキヤノンは業績予想を据え置いた。",
    };

    /** The seed articles of {@link #tagSeeds}, read from {@code seedDir}. */
    @State(Scope.Benchmark)
    public static class Seeds {
        @Param("../shared/samples/seeds")
        public String seedDir;

        String[] bodies;
        long[] bodyBytes;
        int next;

        @Setup
        public void read() throws IOException {
            List<String> found = new ArrayList<>();
            try (Stream<Path> files = Files.list(Path.of(seedDir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    found.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("no *.txt seed articles in " + seedDir);
            }
            bodies = found.toArray(String[]::new);
            bodyBytes = found.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).toArray();
        }
    }

    private Tagger tagger;
    private List<BusinessArticles.Article> articles;
    private int next;

    @Setup
    public void setUp() {
        tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
        articles = BusinessArticles.of(EN, "Microsoft and Nvidia lead tech rally", JA, "ソフトバンクG、アーム株を追加取得");
    }

    @Benchmark
    public List<CompanyMatch> tagArticle(ByteCounter counter) {
        int i = next++ & 63;
        BusinessArticles.Article article = articles.get(i);
        counter.bytes += article.bytes();
        return tagger.tag(article.title(), article.body(), article.language());
    }

    @Benchmark
    public List<CompanyMatch> tagSeeds(Seeds seeds, ByteCounter counter) {
        int i = seeds.next++ % seeds.bodies.length;
        counter.bytes += seeds.bodyBytes[i];
        return tagger.tag(null, seeds.bodies[i], "ja");
    }
}
