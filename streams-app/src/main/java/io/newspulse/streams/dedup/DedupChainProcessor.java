package io.newspulse.streams.dedup;

import java.nio.ByteBuffer;
import java.util.List;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.index.DedupResult;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.validate.ArticleValidator;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The dedup index as a chain (issue 19): one processor in the task of each index partition, fed by the articles
 * topic and the chain topic, both co-partitioned with the index stores.
 * <ul>
 *   <li>An article read from the articles topic is looked up at once in its own partition's index (the keys that
 *       partition owns, {@link DedupChain}), in the task that read it.</li>
 *   <li>It then travels as a {@link ChainHop}, carrying the best verdict so far and where it was indexed, to each
 *       other partition owning some of its keys in turn, which looks those keys up and passes it on.</li>
 *   <li>The last partition decides: original, or exact/near duplicate of the cluster's original, by the
 *       {@link DedupPolicy} (its ranking breaks every tie, down to the cluster id, so the decision does not depend on
 *       the order of the partitions), and emits the decision for tagging. Each partition that indexed the article
 *       under another cluster than the decided one gets a {@link ClusterFix} on the chain topic (its own partition
 *       records it at once).</li>
 * </ul>
 * No state waits for verdicts: what the decision needs travels with the article. The decision is the same as the
 * offline {@code DedupIndex}'s and as the earlier fan-out's (probes to every owning partition, verdicts back).
 */
public final class DedupChainProcessor implements Processor<String, DedupInput, String, DedupStep> {
    /** The article bytes of the first hop: the task that read the article holds it decoded. */
    private static final byte[] EMPTY = new byte[0];

    private final String storeName;
    private final String clusterStoreName;
    private final DedupPolicy policy;
    private final DedupChain chain;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, DedupStep> context;
    private IndexLookup index;

    /**
     * @param storeName        the index window store (retention {@link IndexLookup#retention})
     * @param clusterStoreName the window store of decided clusters
     * @param policy           the dedup rules
     * @param chain            the partitions of the index
     * @param metrics          counts originals and duplicates
     */
    public DedupChainProcessor(String storeName, String clusterStoreName, DedupPolicy policy, DedupChain chain,
                               PipelineMetrics metrics) {
        this.storeName = storeName;
        this.clusterStoreName = clusterStoreName;
        this.policy = policy;
        this.chain = chain;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DedupStep> context) {
        this.context = context;
        WindowStore<String, IndexValue> store = context.getStateStore(storeName);
        WindowStore<String, String> clusters = context.getStateStore(clusterStoreName);
        this.index = new IndexLookup(policy, store, clusters);
    }

    @Override
    public void process(Record<String, DedupInput> record) {
        DedupInput input = record.value();
        if (input instanceof DedupInput.Arrived arrived) {
            first(record, arrived);
        } else if (input instanceof ChainHop hop) {
            visit(record, hop, null, Fingerprint.fromSignature(hop.signature()).candidateKeys());
        } else if (input instanceof ClusterFix fix) {
            index.fix(fix);
        }
    }

    /** The chain's first hop, on the article's own partition (the task's). */
    private void first(Record<String, DedupInput> record, DedupInput.Arrived arrived) {
        ArticleEvent article = arrived.article();
        int own = context.taskId().partition();
        ChainHop start = new ChainHop(own, own, record.key(), ArticleValidator.eventTime(article),
                arrived.fingerprint().signature(), EMPTY, Verdict.none(), List.of());
        visit(record, start, article, arrived.fingerprint().candidateKeys());
    }

    /**
     * Looks the article up on {@code hop.partition()}, then passes it on or decides.
     *
     * @param article the decoded article when at hand (first hop), else null (decoded from the hop when needed)
     */
    private void visit(Record<String, DedupInput> record, ChainHop hop, ArticleEvent article, List<String> keys) {
        int here = hop.partition();
        List<String> local = chain.keysOn(keys, here);
        GroupVerdict verdict = local.isEmpty() ? null
                : index.lookup(new DedupProbe(hop.articleId(), hop.eventTimeMs(), hop.signature(), local));
        Verdict best = verdict != null && policy.better(verdict.verdict(), hop.best()) ? verdict.verdict() : hop.best();
        int next = chain.next(keys, hop.origin(), here);
        if (next >= 0) {
            ChainHop onward = new ChainHop(next, hop.origin(), hop.articleId(), hop.eventTimeMs(), hop.signature(),
                    article != null ? encode(article) : hop.article(), best, ChainHop.with(hop.indexed(), here, verdict));
            context.forward(record.withValue(DedupStep.forward(onward)));
            return;
        }
        decide(record, hop.articleId(), hop.eventTimeMs(), article != null ? article : decode(hop.article()), best,
                ChainHop.with(hop.indexed(), here, verdict), here);
    }

    private void decide(Record<String, DedupInput> record, String id, long eventTimeMs, ArticleEvent article, Verdict best,
                        List<ChainHop.IndexedAs> indexed, int here) {
        DedupResult result = policy.decide(id, best);
        if (result.isDuplicate()) {
            metrics.duplicate(result.kind());
        } else {
            metrics.original();
        }
        String cluster = policy.clusterOf(id, best);
        for (ChainHop.IndexedAs at : indexed) {
            if (!at.cluster().equals(cluster)) {
                ClusterFix fix = new ClusterFix(at.partition(), id, cluster, eventTimeMs);
                if (at.partition() == here) {
                    index.fix(fix);
                } else {
                    context.forward(record.withValue(DedupStep.forward(fix)));
                }
            }
        }
        context.forward(record.withValue(DedupStep.decided(DedupDecision.of(article, result))));
    }

    /** Avro single-object encoding of an article, for the chain topic. */
    static byte[] encode(ArticleEvent article) {
        try {
            ByteBuffer buffer = article.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot encode article " + article.getId(), e);
        }
    }

    static ArticleEvent decode(byte[] bytes) {
        try {
            return ArticleEvent.fromByteBuffer(ByteBuffer.wrap(bytes));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt article on the dedup chain", e);
        }
    }
}
