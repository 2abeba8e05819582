package io.newspulse.streams.dedup;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Records decided clusters ({@link ClusterFix}) in the cluster store of an index partition, where
 * {@link DedupLookupProcessor} reads them in place of the provisional cluster of an entry. The store is a window store
 * keyed by article id at the article's event time, with the index's retention.
 */
public final class ClusterFixProcessor implements Processor<String, ClusterFix, Void, Void> {
    private final String clusterStoreName;
    private WindowStore<String, String> clusters;

    public ClusterFixProcessor(String clusterStoreName) {
        this.clusterStoreName = clusterStoreName;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.clusters = context.getStateStore(clusterStoreName);
    }

    @Override
    public void process(Record<String, ClusterFix> record) {
        ClusterFix fix = record.value();
        clusters.put(fix.articleId(), fix.clusterId(), fix.eventTimeMs());
    }
}
