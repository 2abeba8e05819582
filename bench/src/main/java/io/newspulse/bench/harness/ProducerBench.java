package io.newspulse.bench.harness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;

/**
 * The producer alone: {@link ArticlePublisher} with its default settings sending the corpus (cycled) to a fresh
 * {@code news.articles}, timed from the first send to the end of the final flush (everything acknowledged).
 */
public final class ProducerBench {
    private static final Logger LOG = LoggerFactory.getLogger(ProducerBench.class);
    private final BenchRig rig;
    private final ArticleCorpus corpus;
    private final BenchSettings settings;

    public ProducerBench(BenchRig rig, ArticleCorpus corpus, BenchSettings settings) {
        this.rig = rig;
        this.corpus = corpus;
        this.settings = settings;
    }

    /**
     * Untimed passes over the same articles to a topic of its own for {@link #warmUpSeconds()}, so the timed
     * repetitions measure compiled code: on a cold JVM the serializer and the client need some 50,000 sends before
     * the JIT is done (measured: about 10k, 18k, then 32k articles/s over three successive 40k passes).
     */
    private void warmUp(List<ArticleEvent> events) {
        String prefix = "pw-";
        rig.createTopic(prefix + "news.articles", 3);
        long until = System.nanoTime() + warmUpSeconds() * 1_000_000_000L;
        try (ArticlePublisher publisher = new ArticlePublisher(new NewsProducerConfig(rig.props(prefix, 3, rig.dataDir(prefix))))) {
            do {
                Replay.publish(publisher, events, 0);
                publisher.flush();
            } while (System.nanoTime() < until);
        }
    }

    private int warmUpSeconds() {
        return settings.quick() ? 5 : 15;
    }

    public Section run(Integrity integrity) {
        int n = settings.producerArticles();
        List<ArticleEvent> events = new ArrayList<>(n);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            int k = i % corpus.size();
            events.add(corpus.slice(k, k + 1).get(0));
            bytes += corpus.textBytes(k, k + 1);
        }
        warmUp(events);
        List<Double> rates = new ArrayList<>();
        List<Double> mbs = new ArrayList<>();
        for (int rep = 1; rep <= settings.repetitions(); rep++) {
            String prefix = "p" + rep + "-";
            rig.createTopic(prefix + "news.articles", 3);
            NewsProducerConfig config = new NewsProducerConfig(rig.props(prefix, 3, rig.dataDir(prefix)));
            long start;
            long end;
            long acked;
            try (ArticlePublisher publisher = new ArticlePublisher(config)) {
                // one untimed send registers the schema, so the timed part measures publishing only
                Replay.publish(publisher, events.subList(0, 1), 0);
                publisher.flush();
                start = Replay.publish(publisher, events, 0);
                publisher.flush();
                end = System.nanoTime();
                acked = publisher.acknowledged() - 1;
            }
            double secs = (end - start) / 1e9;
            rates.add(n / secs);
            mbs.add(bytes / 1e6 / secs);
            LOG.info("producer repetition {}: {} articles/s", rep, Math.round(n / secs));
            integrity.add("producer repetition " + rep, Math.max(0, n - acked), 0, 0, List.of());
        }
        Spread rate = Spread.of(rates);
        Spread mb = Spread.of(mbs);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles_per_repetition", n);
        json.put("articles_per_s", rate.toMap());
        json.put("mb_per_s", mb.toMap());
        json.put("target_articles_per_s", 30_000);
        String md = new Tables("figure", "mean ± stdev (min–max)", "target")
                .row("articles/s", rate.format(0), "≥ 30,000 " + (rate.mean() >= 30_000 ? "✅" : "❌ missed"))
                .row("MB/s (title+body UTF-8)", mb.format(1), "")
                + "\n" + n + " articles per repetition (the corpus cycled) after " + warmUpSeconds() + " s of untimed warm-up sends, producer defaults (idempotent, acks=all, lz4, "
                + "linger.ms=20, batch.size=256 KiB), timed from the first send until the final flush returned.\n";
        return new Section("producer", "Producer alone", json, md);
    }
}
