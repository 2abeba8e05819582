package io.newspulse.streams.dedup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.newspulse.dedup.fingerprint.Fingerprint;

/**
 * Decoded signatures of recently indexed articles, least recently used evicted first. An article's signature is a
 * function of its text and never changes, so a cached entry stays true even when the store write that went with it
 * is rolled back; only ids found in the store are ever looked up. One instance per lookup processor (per task),
 * used by its stream thread only.
 */
final class SignatureCache {
    private final Map<String, Fingerprint> entries;

    SignatureCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Fingerprint> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached signature of {@code articleId}, else {@code load}'s (cached when not null). */
    Fingerprint get(String articleId, Function<String, Fingerprint> load) {
        Fingerprint cached = entries.get(articleId);
        if (cached != null) {
            return cached;
        }
        Fingerprint loaded = load.apply(articleId);
        if (loaded != null) {
            entries.put(articleId, loaded);
        }
        return loaded;
    }

    /** Remembers the signature of an article just indexed. */
    void put(String articleId, Fingerprint fingerprint) {
        entries.put(articleId, fingerprint);
    }

    int size() {
        return entries.size();
    }
}
