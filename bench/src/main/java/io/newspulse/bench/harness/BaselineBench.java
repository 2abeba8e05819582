package io.newspulse.bench.harness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newspulse.kafka.topics.Topics;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.streams.config.StreamsAppConfig;

/**
 * The ceiling: {@link PassThroughApp} copying the same articles, timed from the first publish until the last copy
 * is readable (read_committed) on the output topic.
 */
public final class BaselineBench {
    private static final Logger LOG = LoggerFactory.getLogger(BaselineBench.class);
    static final int PARTITIONS = 3;
    private final BenchRig rig;
    private final ArticleCorpus corpus;
    private final BenchSettings settings;
    private Spread rate;

    public BaselineBench(BenchRig rig, ArticleCorpus corpus, BenchSettings settings) {
        this.rig = rig;
        this.corpus = corpus;
        this.settings = settings;
    }

    public Section run(Integrity integrity) throws Exception {
        int n = settings.articles();
        long bytes = corpus.textBytes(0, n);
        List<Double> rates = new ArrayList<>();
        List<Double> mbs = new ArrayList<>();
        for (int rep = 1; rep <= settings.repetitions(); rep++) {
            String prefix = "b" + rep + "-";
            Topics topics = rig.ensureTopics(prefix, PARTITIONS);
            String copy = topics.articles() + ".copy";
            rig.createTopic(copy, PARTITIONS);
            Map<String, Object> props = rig.props(prefix, PARTITIONS, rig.dataDir(prefix));
            Map<String, Object> streamsProps = new StreamsAppConfig(rig.appProps(prefix, PARTITIONS, rig.dataDir(prefix))).streamsProperties();
            try (PassThroughApp app = PassThroughApp.start(streamsProps, topics.articles(), copy, Duration.ofMinutes(2));
                 CopyAudit audit = new CopyAudit(rig.bootstrapServers(), copy);
                 ArticlePublisher publisher = new ArticlePublisher(new NewsProducerConfig(props))) {
                audit.start();
                long start = Replay.publish(publisher, corpus.slice(0, n), 0);
                publisher.flush();
                audit.resetStallClock();
                audit.await(() -> audit.distinct() >= n, Duration.ofSeconds(30));
                double secs = (audit.lastNewNanos() - start) / 1e9;
                rates.add(n / secs);
                mbs.add(bytes / 1e6 / secs);
                LOG.info("baseline repetition {}: {} articles/s", rep, Math.round(n / secs));
                integrity.add("baseline repetition " + rep, n - audit.distinct(), audit.duplicated(), 0, List.of());
            }
        }
        rate = Spread.of(rates);
        Spread mb = Spread.of(mbs);
        Map<String, Object> json = Section.throughputJson(n, PARTITIONS, rate, mb);
        String md = new Tables("figure", "mean ± stdev (min–max)")
                .row("articles/s", rate.format(0))
                .row("MB/s (title+body UTF-8)", mb.format(1))
                + "\nKafka Streams copying `news.articles` as bytes to another topic, " + n + " articles per repetition, "
                + PARTITIONS + " partitions, the app's Kafka Streams settings (exactly-once v2, the app's "
                + "commit.interval.ms, 16 MiB cache, lz4, and any --app-setting). Timed from the first publish until the last copy was readable with read_committed.\n";
        return new Section("baseline", "Baseline: exactly-once pass-through", json, md);
    }

    /** Articles/s of the repetitions (after {@link #run}). */
    public Spread rate() {
        return rate;
    }
}
