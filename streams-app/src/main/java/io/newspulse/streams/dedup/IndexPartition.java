package io.newspulse.streams.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.index.PostingTable;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dedup index of one partition, in memory: candidate key (as {@link Fingerprint#candidateKeyCodes() code}) →
 * the articles indexed under it (id, cluster, event time and decoded signature). Its changelogged truth is one {@link IndexValue} per indexed article in the
 * partition's window store (key {@code s:<id>}, at the article's event time, with the signature and the mask of
 * keys), from which {@link #rebuild} builds it when the task starts; one store write per article and partition
 * instead of one per key.
 * <p>
 * Visibility follows the window store it mirrors: an entry is visible while its event time is within the
 * retention of the newest event time indexed (the store's observed stream time), and expired entries are swept
 * every few thousand additions. Not thread-safe: one per lookup processor, used by its stream thread.
 */
final class IndexPartition {
    private static final Logger LOG = LoggerFactory.getLogger(IndexPartition.class);
    private static final int SWEEP_EVERY = 4096;

    /**
     * An indexed article: id, cluster, event time and its decoded signature ({@link Fingerprint}),
     * compared when a probe shares a key with it. The signature is held here rather than read back from the store:
     * a read is a RocksDB seek per compared article, and once the horizon holds some 100,000 articles per partition
     * those seeks made the look-up the pipeline's bottleneck (about 110 articles/s; docs/benchmarks.md, restore
     * after kill -9). Decoded rather than in its 330-byte serialised form: a look-up compares an article with up to
     * 17 × {@code maxEntriesPerKey} others, and decoding each at every comparison was 30 % of the index thread's
     * jstack samples with 500,000 articles indexed. Heap per article (300,000 synthetic ones, 17 keys each): 942
     * bytes without the signature, 1,294 with it serialised, 1,358 decoded.
     */
    static final class Entry {
        final String articleId;
        final String clusterId;
        final long eventTimeMs;
        final Fingerprint fingerprint;
        /** Number of the lookup that last compared this entry (an article sits under several keys). */
        long visitedBy;

        Entry(String articleId, String clusterId, long eventTimeMs, Fingerprint fingerprint) {
            this.articleId = articleId;
            this.clusterId = articleId.equals(clusterId) ? articleId : clusterId;
            this.eventTimeMs = eventTimeMs;
            this.fingerprint = fingerprint;
        }
    }

    private final long retentionMs;
    /** Unbounded lists: the policy bounds how many comparable entries a key takes, the sweep drops expired ones. */
    private final PostingTable<Entry> byKey = new PostingTable<>(Integer.MAX_VALUE);
    private long observedMs = Long.MIN_VALUE;
    private long oldestMs = Long.MAX_VALUE;
    private long additions;

    /** @param retentionMs the retention of the window store this index mirrors */
    IndexPartition(long retentionMs) {
        this.retentionMs = retentionMs;
    }

    /**
     * The index of everything {@code store} holds: the articles under {@code s:<id>} with their key masks, and the
     * per-key values that releases before {@link IndexValue} format 3 wrote (attached to their article's entry).
     */
    static IndexPartition rebuild(WindowStore<String, IndexValue> store, long retentionMs) {
        long start = System.nanoTime();
        IndexPartition index = new IndexPartition(retentionMs);
        Map<String, KeyValue<Entry, long[]>> legacyArticles = new HashMap<>();
        List<KeyValue<String, String>> legacyKeys = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, IndexValue> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, IndexValue> kv = it.next();
                String key = kv.key.key();
                IndexValue value = kv.value;
                long time = kv.key.window().start();
                if (!key.startsWith(IndexLookup.SIGNATURE_PREFIX)) {
                    legacyKeys.add(KeyValue.pair(key, value.articleId()));
                    index.observe(time);
                } else if (value.signature() != null) {
                    Fingerprint fingerprint = Fingerprint.fromSignature(value.signature());
                    Entry entry = new Entry(value.articleId(), value.clusterId(), time, fingerprint);
                    long[] codes = fingerprint.candidateKeyCodes();
                    if (value.keyMask() == IndexValue.LEGACY_KEYS) {
                        legacyArticles.put(value.articleId(), KeyValue.pair(entry, codes));
                        index.observe(time);
                    } else {
                        index.add(entry, codes, value.keyMask());
                    }
                }
            }
        }
        int unreadable = 0;
        for (KeyValue<String, String> legacy : legacyKeys) {
            KeyValue<Entry, long[]> article = legacyArticles.get(legacy.value);
            if (article == null) {
                continue;
            }
            int position;
            try {
                position = Fingerprint.keyPosition(legacy.key);
            } catch (IllegalArgumentException e) {
                unreadable++; // not a key this release knows: the entry cannot be placed, the article stays findable by its other keys
                continue;
            }
            index.add(article.key, article.value, 1 << position);
        }
        if (unreadable > 0) {
            LOG.warn("Dedup index store {}: {} entries of an earlier release under keys that are not candidate keys were skipped",
                    store.name(), unreadable);
        }
        index.sweep();
        LOG.info("Dedup index store {}: {} key entries rebuilt in memory in {} ms", store.name(), index.postings(),
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    /**
     * Indexes {@code entry} under those of its candidate keys ({@code codes}: its
     * {@link Fingerprint#candidateKeyCodes()}) that {@code keyMask} names.
     */
    void add(Entry entry, long[] codes, int keyMask) {
        for (int i = 0; i < codes.length; i++) {
            if ((keyMask & (1 << i)) != 0) {
                byKey.add(codes[i], entry);
            }
        }
        observe(entry.eventTimeMs);
        oldestMs = Math.min(oldestMs, entry.eventTimeMs);
        if (++additions % SWEEP_EVERY == 0) {
            sweep();
        }
    }

    private void observe(long timeMs) {
        observedMs = Math.max(observedMs, timeMs);
    }

    /** True while {@code entry} is within the retention of the newest event time indexed. */
    boolean visible(Entry entry) {
        return entry.eventTimeMs > observedMs - retentionMs;
    }

    /** The first posting under the key code, or a negative value; walk on with {@link #next}, read with {@link #entry}. */
    int first(long keyCode) {
        return byKey.first(keyCode);
    }

    int next(int posting) {
        return byKey.next(posting);
    }

    Entry entry(int posting) {
        return byKey.item(posting);
    }

    /** Drops the entries that are no longer {@link #visible}, when any can be. */
    void sweep() {
        if (oldestMs > observedMs - retentionMs) {
            return;
        }
        oldestMs = byKey.retainSince(entry -> entry.eventTimeMs, observedMs - retentionMs + 1); // what stays visible
    }

    /** Number of (key, article) pairs held. */
    long postings() {
        return byKey.size();
    }
}
