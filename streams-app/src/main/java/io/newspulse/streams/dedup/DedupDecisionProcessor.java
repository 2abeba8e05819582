package io.newspulse.streams.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.index.DedupResult;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.validate.ArticleValidator;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Waits, per article, for the article itself and the verdicts covering all of its dedup keys, then emits the
 * decision: original, or exact/near duplicate of the cluster's original, with a {@link ClusterFix} for each index
 * partition that recorded the article under another cluster than the decided one. The verdicts are merged and the decision
 * taken by the {@link DedupPolicy} (its ranking breaks every tie, down to the cluster id, so the decision does not
 * depend on the order the partitions' verdicts arrive in). State is per pending article only.
 */
public final class DedupDecisionProcessor implements Processor<String, DedupMessage, String, DedupDecision> {
    private final String storeName;
    private final DedupPolicy policy;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, DedupDecision> context;
    private KeyValueStore<String, PendingArticle> pending;

    public DedupDecisionProcessor(String storeName, DedupPolicy policy, PipelineMetrics metrics) {
        this.storeName = storeName;
        this.policy = policy;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DedupDecision> context) {
        this.context = context;
        this.pending = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, DedupMessage> record) {
        String id = record.key();
        PendingArticle state = pending.get(id);
        if (state == null) {
            state = PendingArticle.EMPTY;
        }
        DedupMessage message = record.value();
        if (message.isArticle()) {
            state = state.withArticle(message.article(), message.expectedKeys());
        } else {
            GroupVerdict v = message.verdict();
            state = state.withVerdict(v, policy.better(v.verdict(), state.best()) ? v.verdict() : state.best());
        }
        if (!state.complete()) {
            pending.put(id, state);
            return;
        }
        pending.delete(id);
        DedupResult result = policy.decide(id, state.best());
        if (result.isDuplicate()) {
            metrics.duplicate(result.kind());
        } else {
            metrics.original();
        }
        ArticleEvent article = decode(state.article());
        String cluster = policy.clusterOf(id, state.best());
        List<ClusterFix> fixes = new ArrayList<>();
        for (PendingArticle.IndexedAs at : state.indexed()) {
            if (!at.cluster().equals(cluster)) {
                fixes.add(new ClusterFix(at.routingKey(), id, cluster, ArticleValidator.eventTime(article)));
            }
        }
        context.forward(record.withValue(DedupDecision.of(article, result, fixes)));
    }

    /** Avro single-object encoding of an article, for the pending store. */
    public static byte[] encode(ArticleEvent article) {
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
            throw new IllegalStateException("corrupt pending article", e);
        }
    }
}
