package io.newspulse.bench.harness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;

/**
 * Scale-out: the pipeline on 6 partitions with one instance, then with two instances of the same application id
 * (in this JVM, each with its own state dir), timed like the throughput section.
 */
public final class ScaleOutBench {
    private static final Logger LOG = LoggerFactory.getLogger(ScaleOutBench.class);
    static final int PARTITIONS = 6;
    private final BenchRig rig;
    private final ArticleCorpus corpus;
    private final BenchSettings settings;

    public ScaleOutBench(BenchRig rig, ArticleCorpus corpus, BenchSettings settings) {
        this.rig = rig;
        this.corpus = corpus;
        this.settings = settings;
    }

    public Section run(Integrity integrity) throws Exception {
        int n = settings.articles();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles_per_repetition", n);
        json.put("partitions", PARTITIONS);
        Tables t = new Tables("instances", "articles/s", "active tasks per instance");
        Map<Integer, Spread> byInstances = new LinkedHashMap<>();
        for (int instances : List.of(1, 2)) {
            List<Double> rates = new ArrayList<>();
            List<Integer> tasks;
            String prefix = "s" + instances + "-";
            // One start per configuration (start-up and the first rebalance are not what is measured); the repetitions
            // are successive batches of fresh articles through the running instances.
            try (PipelineInstances apps = PipelineInstances.start(rig, prefix, PARTITIONS, instances, Map.of());
                 PipelineAudit audit = new PipelineAudit(rig.bootstrapServers(), apps.topics(), apps.serdes(), corpus);
                 ArticlePublisher publisher = new ArticlePublisher(new NewsProducerConfig(apps.props()))) {
                audit.start();
                tasks = apps.activeTasks();
                for (int rep = 1; rep <= settings.repetitions(); rep++) {
                    List<ArticleEvent> slice = corpus.slice((rep - 1) * n, rep * n);
                    audit.expect(slice);
                    long start = Replay.publish(publisher, slice, 0);
                    publisher.flush();
                    audit.await(audit::complete, Duration.ofSeconds(30));
                    rates.add(n / ((audit.lastNewNanos() - start) / 1e9));
                    LOG.info("scale-out {} instance(s) repetition {}: {} articles/s, tasks {}", instances, rep, Math.round(rates.get(rates.size() - 1)), tasks);
                }
                integrity.add("scale-out " + instances + " instance(s)", audit.lost(), audit.duplicated(), apps.deadLetters(), audit.lostSample());
            }
            Spread rate = Spread.of(rates);
            byInstances.put(instances, rate);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("articles_per_s", rate.toMap());
            one.put("active_tasks_per_instance", tasks);
            json.put(instances + "_instance" + (instances > 1 ? "s" : ""), one);
            t.row(instances, rate.format(0), tasks);
        }
        double speedup = byInstances.get(2).mean() / byInstances.get(1).mean();
        json.put("speedup", Spread.round(speedup));
        String md = t + "\nEach configuration is started once; its " + settings.repetitions() + " repetitions are successive batches of "
                + n + " new articles through the running instances. Speed-up of two instances over one: **" + String.format(java.util.Locale.ROOT, "%.2f×", speedup)
                + "**. Both instances run in the benchmark JVM next to the broker, on the same " + Runtime.getRuntime().availableProcessors()
                + " cores, so this shows that the work spreads over the instances (tasks per instance) and what the shared CPU allows; "
                + "on separate machines the second instance brings its own cores.\n";
        return new Section("scale_out", "Scale-out: 1 vs 2 instances on 6 partitions", json, md);
    }
}
