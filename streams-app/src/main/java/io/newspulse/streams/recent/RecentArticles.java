package io.newspulse.streams.recent;

import java.util.ArrayList;
import java.util.List;

import io.newspulse.avro.Mention;
import io.newspulse.avro.SurfaceForm;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Keeps each company's latest mentions in a small store for the API ("latest articles"), passing records through. */
public final class RecentArticles implements FixedKeyProcessor<String, Mention, Mention> {
    private final String storeName;
    private FixedKeyProcessorContext<String, Mention> context;
    private KeyValueStore<String, RecentList> store;

    public RecentArticles(String storeName) {
        this.storeName = storeName;
    }

    public static StoreBuilder<KeyValueStore<String, RecentList>> storeBuilder(String name) {
        return Stores.keyValueStoreBuilder(io.newspulse.streams.state.CrashSafeStores.keyValue(name), Serdes.String(), RecentListCodec.SERDE)
                .withCachingEnabled();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Mention> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    /** A mention as the recent list shows it. */
    public static RecentMention view(Mention m) {
        List<String> forms = new ArrayList<>();
        List<int[]> titleSpans = new ArrayList<>();
        for (SurfaceForm f : m.getSurfaceForms()) {
            if (!forms.contains(f.getText())) {
                forms.add(f.getText());
            }
            if (f.getInTitle()) {
                titleSpans.add(new int[] {f.getStart(), f.getEnd()});
            }
        }
        return new RecentMention(m.getArticleId(), m.getArticleTitle(), m.getSource(), m.getLanguage(),
                m.getPublishedAt().toEpochMilli(), m.getRelevance(), m.getNovel(), m.getDuplicateOf(), forms, titleSpans, m.getSnippets(),
                m.getSentiment(), m.getEvents().stream().map(Enum::name).distinct().toList(), m.getArticleTone());
    }

    @Override
    public void process(FixedKeyRecord<String, Mention> record) {
        Mention m = record.value();
        if (record.key() != null && m != null) {
            RecentMention view = view(m);
            RecentList current = store.get(record.key());
            store.put(record.key(), (current == null ? new RecentList(List.of()) : current).with(view));
        }
        context.forward(record);
    }
}
