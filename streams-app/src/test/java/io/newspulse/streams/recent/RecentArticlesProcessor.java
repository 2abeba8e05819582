package io.newspulse.streams.recent;

import java.util.List;

import io.newspulse.avro.Mention;
import io.newspulse.streams.state.CrashSafeStores;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The recent-articles store of the topology before issue 19's live store, kept for the reference topology of the
 * differential test ({@code ReferenceSignals}): each company's latest mentions ({@link RecentArticles#view}) in a
 * store of their own, records passed through.
 */
public final class RecentArticlesProcessor implements FixedKeyProcessor<String, Mention, Mention> {
    private final String storeName;
    private FixedKeyProcessorContext<String, Mention> context;
    private KeyValueStore<String, RecentList> store;

    public RecentArticlesProcessor(String storeName) {
        this.storeName = storeName;
    }

    public static StoreBuilder<KeyValueStore<String, RecentList>> storeBuilder(String name) {
        return Stores.keyValueStoreBuilder(CrashSafeStores.keyValue(name), Serdes.String(), RecentListCodec.SERDE)
                .withCachingEnabled();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Mention> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, Mention> record) {
        Mention m = record.value();
        if (record.key() != null && m != null) {
            RecentMention view = RecentArticles.view(m);
            RecentList current = store.get(record.key());
            store.put(record.key(), (current == null ? new RecentList(List.of()) : current).with(view));
        }
        context.forward(record);
    }
}
