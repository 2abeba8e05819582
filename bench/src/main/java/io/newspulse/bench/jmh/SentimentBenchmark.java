package io.newspulse.bench.jmh;

import io.newspulse.analysis.ArticleSentiment;
import io.newspulse.analysis.SentimentAnalyzer;
import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tagging plus sentiment/tone/events ({@link SentimentAnalyzer}) over ~2 KB business articles alternating English
 * and Japanese, against the full built-in knowledge base. {@link #tagAndAnalyze} is what the stream thread does per
 * article; {@link #analyzeOnly} isolates the analyzer (matches computed once in setup). The {@code bytes}
 * secondary result is UTF-8 input bytes per second (divide by 1e6 for MB/s, per thread = per core).
 * Run: {@code java -cp <bench classpath> org.openjdk.jmh.Main SentimentBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SentimentBenchmark {
    private static final String[] EN = {
        "Microsoft (NASDAQ: MSFT) said on Tuesday that its Azure cloud revenue grew faster than expected, ",
        "while Alphabet's Google and Amazon Web Services cut prices. Shares of Intel fell 4% after the chipmaker ",
        "cut its outlook, but analysts at Goldman Sachs upgraded Nvidia. Toyota Motor's operating profit rose 12% ",
        "and Sony Group narrowed its net loss. Boeing is recalling 300 aircraft over a software fault; ",
        "Oracle agreed to acquire a cloud startup, and Salesforce plans to cut 1,000 jobs. ",
    };
    private static final String[] JA = {
        "マイクロソフトは火曜日、クラウド事業の売上高が予想を上回ったと発表した。ソフトバンクグループ(9984)は",
        "傘下の英アームの株式を追加取得する。トヨタ自動車は通期の業績予想を上方修正したが、日産自動車は減益となり株価が急落した。",
        "ソニーグループは赤字幅が縮小し、三菱UFJフィナンシャル・グループは過去最高益を更新した。",
        "一方、パナソニックは人員削減を発表し、東証9984の株価は反発した。",
        "任天堂は新型ゲーム機を発売し、キヤノンは不正アクセスによる情報流出を公表した。",
    };

    /** Per-thread counter of processed UTF-8 bytes, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    private Tagger tagger;
    private SentimentAnalyzer analyzer;
    private final List<String[]> articles = new ArrayList<>();
    private final List<List<CompanyMatch>> matches = new ArrayList<>();
    private long[] articleBytes;
    private int next;

    @Setup
    public void setUp() {
        tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
        analyzer = SentimentAnalyzer.builtIn();
        for (int a = 0; a < 64; a++) {
            String[] source = a % 2 == 0 ? EN : JA;
            StringBuilder body = new StringBuilder();
            int i = a;
            while (body.toString().getBytes(StandardCharsets.UTF_8).length < 2000) {
                body.append(source[i++ % source.length]);
            }
            String title = a % 2 == 0 ? "Intel cuts outlook as Nvidia rallies" : "トヨタ、業績予想を上方修正　日産は減益";
            String lang = a % 2 == 0 ? "en" : "ja";
            articles.add(new String[] {title, body.toString(), lang});
            matches.add(tagger.tag(title, body.toString(), lang));
        }
        articleBytes = articles.stream()
                .mapToLong(x -> (x[0] + x[1]).getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    @Benchmark
    public ArticleSentiment tagAndAnalyze(Bytes counter) {
        int i = next++ & 63;
        String[] article = articles.get(i);
        counter.bytes += articleBytes[i];
        List<CompanyMatch> found = tagger.tag(article[0], article[1], article[2]);
        return analyzer.analyze(article[0], article[1], article[2], found);
    }

    @Benchmark
    public ArticleSentiment analyzeOnly(Bytes counter) {
        int i = next++ & 63;
        String[] article = articles.get(i);
        counter.bytes += articleBytes[i];
        return analyzer.analyze(article[0], article[1], article[2], matches.get(i));
    }
}
