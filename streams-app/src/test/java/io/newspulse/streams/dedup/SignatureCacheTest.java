package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import org.junit.jupiter.api.Test;

class SignatureCacheTest {
    private final Fingerprint fp = new Fingerprinter().fingerprint("Title", "Toyota raised its forecast on Tuesday.", "en");

    @Test
    void shouldLoadOnceAndServeLaterLookupsFromMemory() {
        SignatureCache cache = new SignatureCache(4);
        List<String> loads = new ArrayList<>();
        cache.get("a", id -> { loads.add(id); return fp; });
        cache.get("a", id -> { loads.add(id); return fp; });
        assertThat(loads).containsExactly("a");
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedBeyondCapacity() {
        SignatureCache cache = new SignatureCache(2);
        cache.put("a", fp);
        cache.put("b", fp);
        assertThat(cache.get("a", id -> null)).isSameAs(fp); // a is now the most recent
        cache.put("c", fp);
        assertThat(cache.get("a", id -> null)).isSameAs(fp);
        assertThat(cache.get("c", id -> null)).isSameAs(fp);
        assertThat(cache.get("b", id -> null)).isNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void shouldNotCacheMisses() {
        SignatureCache cache = new SignatureCache(2);
        assertThat(cache.get("gone", id -> null)).isNull();
        assertThat(cache.size()).isZero();
    }
}
