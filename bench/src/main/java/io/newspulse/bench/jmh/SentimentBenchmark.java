package io.newspulse.bench.jmh;

import io.newspulse.analysis.ArticleSentiment;
import io.newspulse.analysis.SentimentAnalyzer;
import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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

    private Tagger tagger;
    private SentimentAnalyzer analyzer;
    private List<BusinessArticles.Article> articles;
    private final List<List<CompanyMatch>> matches = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
        analyzer = SentimentAnalyzer.builtIn();
        articles = BusinessArticles.of(EN, "Intel cuts outlook as Nvidia rallies", JA, "トヨタ、業績予想を上方修正　日産は減益");
        for (BusinessArticles.Article a : articles) {
            matches.add(tagger.tag(a.title(), a.body(), a.language()));
        }
    }

    @Benchmark
    public ArticleSentiment tagAndAnalyze(ByteCounter counter) {
        int i = next++ & 63;
        BusinessArticles.Article article = articles.get(i);
        counter.bytes += article.bytes();
        List<CompanyMatch> found = tagger.tag(article.title(), article.body(), article.language());
        return analyzer.analyze(article.title(), article.body(), article.language(), found);
    }

    @Benchmark
    public ArticleSentiment analyzeOnly(ByteCounter counter) {
        int i = next++ & 63;
        BusinessArticles.Article article = articles.get(i);
        counter.bytes += article.bytes();
        return analyzer.analyze(article.title(), article.body(), article.language(), matches.get(i));
    }
}
