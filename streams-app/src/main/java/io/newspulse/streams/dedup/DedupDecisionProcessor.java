package io.newspulse.streams.dedup;

import java.nio.ByteBuffer;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.dedup.MatchKind;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Waits, per article, for the article itself and the verdicts covering all of its dedup keys, then emits the
 * decision: original, or exact/near duplicate of the cluster's original. State is per pending article only.
 */
public final class DedupDecisionProcessor implements Processor<String, DedupMessage, String, DedupDecision> {
    private final String storeName;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, DedupDecision> context;
    private KeyValueStore<String, PendingArticle> pending;

    public DedupDecisionProcessor(String storeName, PipelineMetrics metrics) {
        this.storeName = storeName;
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
            state = new PendingArticle(message.article(), message.expectedKeys(), state.coveredKeys(), state.best());
        } else {
            GroupVerdict v = message.verdict();
            state = new PendingArticle(state.article(), state.expectedKeys(), state.coveredKeys() + v.keysCovered(), better(v, state.best()));
        }
        if (!state.complete()) {
            pending.put(id, state);
            return;
        }
        pending.delete(id);
        ArticleEvent article = decode(state.article());
        GroupVerdict best = state.best();
        DedupDecision decision;
        if (best == null || MatchKind.valueOf(best.kind()) == MatchKind.DIFFERENT) {
            decision = new DedupDecision(article, "original", null, 1.0);
            metrics.original();
        } else {
            String kind = best.kind().toLowerCase(java.util.Locale.ROOT);
            decision = new DedupDecision(article, kind, best.clusterId(), best.similarity());
            metrics.duplicate(kind);
        }
        context.forward(record.withValue(decision));
    }

    /** Exact beats near beats different; then higher similarity; then the earlier original. */
    static GroupVerdict better(GroupVerdict candidate, GroupVerdict current) {
        if (current == null) {
            return candidate;
        }
        int rc = rank(candidate.kind());
        int ru = rank(current.kind());
        if (rc != ru) {
            return rc > ru ? candidate : current;
        }
        if (candidate.similarity() != current.similarity()) {
            return candidate.similarity() > current.similarity() ? candidate : current;
        }
        return candidate.eventTimeMs() < current.eventTimeMs() ? candidate : current;
    }

    private static int rank(String kind) {
        return io.newspulse.dedup.Verdicts.rank(MatchKind.valueOf(kind));
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
