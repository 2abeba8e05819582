package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One index partition alone, on in-memory window stores initialised by Kafka's MockProcessorContext. */
class IndexLookupTest {
    private static final String STORE = "dedup-index-store";
    private static final String CLUSTERS = "dedup-cluster-store";
    private static final long HOUR = 3_600_000L;
    private static final long T0 = 1_795_600_800_000L;
    private static final Fingerprinter FINGERPRINTER = new Fingerprinter();
    private static final String STORY = "Honda said on Tuesday it would build a 340 billion yen battery plant in Ontario. "
            + "The plant will employ about 1,000 people from 2028 and supply its electric SUVs. "
            + "Honda said the investment is part of a 15 trillion yen electrification plan announced last year. "
            + "Its shares rose 2.1% in Tokyo after the announcement.";
    private static final String EDIT = STORY + " Analysts at Nomura called the plan ambitious but achievable.";

    private MockProcessorContext<String, DedupStep> context;
    private WindowStore<String, IndexValue> index;
    private WindowStore<String, String> clusters;
    private IndexLookup lookup;

    @BeforeEach
    void setUp() {
        init(DedupPolicy.defaults());
    }

    private void init(DedupPolicy policy) {
        context = new MockProcessorContext<>();
        index = Stores.windowStoreBuilder(Stores.inMemoryWindowStore(STORE, policy.horizon().multipliedBy(2), Duration.ofMillis(1), true),
                Serdes.String(), IndexValue.SERDE).withLoggingDisabled().withCachingDisabled().build();
        index.init(context.getStateStoreContext(), index);
        context.addStateStore(index);
        clusters = Stores.windowStoreBuilder(Stores.inMemoryWindowStore(CLUSTERS, policy.horizon().multipliedBy(2), Duration.ofMillis(1), false),
                Serdes.String(), Serdes.String()).withLoggingDisabled().withCachingDisabled().build();
        clusters.init(context.getStateStoreContext(), clusters);
        context.addStateStore(clusters);
        lookup = new IndexLookup(policy, index, clusters);
    }

    private static Fingerprint fp(String body) {
        return FINGERPRINTER.fingerprint("Honda to build Ontario battery plant", body, "en");
    }

    /** Looks all the article's keys up and returns the partition's verdict. */
    private GroupVerdict probe(String id, long time, Fingerprint fp) {
        return probe(id, time, fp, fp.candidateKeys());
    }

    private GroupVerdict probe(String id, long time, Fingerprint fp, List<String> keys) {
        GroupVerdict verdict = lookup.lookup(new DedupProbe(id, time, fp.signature(), keys));
        assertThat(verdict.articleId()).isEqualTo(id);
        return verdict;
    }

    /** Ids of the articles the store says are indexed under {@code key}: their value's key mask names it. */
    private List<String> indexedUnder(String key) {
        int position = Fingerprint.keyPosition(key);
        List<String> ids = new ArrayList<>();
        for (KeyValue<Windowed<String>, IndexValue> kv : stored()) {
            IndexValue value = kv.value;
            if ((value.keyMask() & (1 << position)) != 0
                    && Fingerprint.fromSignature(value.signature()).candidateKeys().get(position).equals(key)) {
                ids.add(value.articleId());
            }
        }
        return ids;
    }

    /** Everything the index store holds: what its changelog carries. */
    private List<KeyValue<Windowed<String>, IndexValue>> stored() {
        List<KeyValue<Windowed<String>, IndexValue>> all = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, IndexValue> it = index.all()) {
            it.forEachRemaining(all::add);
        }
        return all;
    }

    private List<String> storedIds() {
        return stored().stream().map(kv -> kv.key.key()).toList();
    }

    /** A new lookup on the same stores: what a restart or a restore on another instance sees. */
    private void restart(DedupPolicy policy) {
        lookup = new IndexLookup(policy, index, clusters);
    }

    @Test
    void shouldIndexAnOriginalUnderEveryKeyAndReportNoMatch() {
        Fingerprint story = fp(STORY);
        GroupVerdict verdict = probe("a", T0, story);
        assertThat(verdict.verdict()).isEqualTo(Verdict.none());
        assertThat(verdict.keysCovered()).isEqualTo(story.candidateKeys().size());
        for (String key : story.candidateKeys()) {
            assertThat(indexedUnder(key)).containsExactly("a");
        }
        assertThat(storedIds()).as("one store record per article, not one per key").containsExactly(IndexLookup.SIGNATURE_PREFIX + "a");
    }

    @Test
    void shouldFindAnExactCopyAndNotIndexIt() {
        Fingerprint story = fp(STORY);
        probe("a", T0, story);
        Verdict verdict = probe("b", T0 + HOUR, story).verdict();
        assertThat(verdict.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(verdict.clusterId()).isEqualTo("a");
        assertThat(verdict.similarity()).isEqualTo(1.0);
        assertThat(indexedUnder(story.candidateKeys().get(0))).containsExactly("a");
        assertThat(storedIds()).containsExactly(IndexLookup.SIGNATURE_PREFIX + "a");
    }

    @Test
    void shouldIndexAnExactCopyWhenThePolicySaysSo() {
        DedupPolicy policy = DedupPolicy.defaults();
        init(new DedupPolicy(policy.horizon(), policy.maxEntriesPerKey(), true, policy.verification()));
        Fingerprint story = fp(STORY);
        probe("a", T0, story);
        probe("b", T0 + HOUR, story);
        assertThat(indexedUnder(story.candidateKeys().get(0))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void shouldIndexANearDuplicateWithItsOriginalsCluster() {
        probe("a", T0, fp(STORY));
        Verdict near = probe("b", T0 + HOUR, fp(EDIT)).verdict();
        assertThat(near.kind()).isEqualTo(MatchKind.NEAR);
        assertThat(near.clusterId()).isEqualTo("a");
        Verdict copyOfCopy = probe("c", T0 + 2 * HOUR, fp(EDIT)).verdict();
        assertThat(copyOfCopy.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(copyOfCopy.matchedId()).isEqualTo("b");
        assertThat(copyOfCopy.clusterId()).isEqualTo("a");
    }

    @Test
    void shouldReportUnderWhichClusterItIndexedTheArticle() {
        Fingerprint story = fp(STORY);
        GroupVerdict original = probe("a", T0, story);
        assertThat(original.indexedCluster()).isEqualTo("a");
        assertThat(probe("b", T0 + HOUR, fp(EDIT)).indexedCluster()).isEqualTo("a");
        assertThat(probe("c", T0 + 2 * HOUR, story).indexedCluster()).as("an exact copy is not indexed").isNull();
    }

    @Test
    void shouldNameTheDecidedClusterOnceTheLastHopFixedIt() {
        Fingerprint edit = fp(EDIT);
        // This partition saw none of the original's keys, so it indexed the edit as its own cluster...
        assertThat(probe("b", T0 + HOUR, edit).indexedCluster()).isEqualTo("b");
        // ...until the chain's last hop, which saw the match elsewhere, sent the decided cluster.
        lookup.fix(new ClusterFix(0, "b", "a", T0 + HOUR));
        Verdict copy = probe("c", T0 + 2 * HOUR, edit).verdict();
        assertThat(copy.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(copy.matchedId()).isEqualTo("b");
        assertThat(copy.clusterId()).isEqualTo("a");
    }

    @Test
    void shouldNotCompareArticlesFartherApartThanTheHorizon() {
        init(DedupPolicy.defaults().withHorizon(Duration.ofHours(24)));
        probe("a", T0, fp(STORY));
        assertThat(probe("b", T0 + 25 * HOUR, fp(STORY)).verdict()).isEqualTo(Verdict.none());
        assertThat(probe("c", T0 - 25 * HOUR, fp(STORY)).verdict()).isEqualTo(Verdict.none());
    }

    @Test
    void shouldRecogniseARedeliveredArticleAsARepostOfItsOwnClusterWithoutIndexingItTwice() {
        Fingerprint story = fp(STORY);
        probe("a", T0, story);
        Verdict again = probe("a", T0, story).verdict();
        assertThat(again.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(again.clusterId()).isEqualTo("a");
        assertThat(indexedUnder(story.candidateKeys().get(1))).containsExactly("a");
    }

    @Test
    void shouldStopIndexingUnderAKeyThatHoldsTheMaximumWithinTheHorizon() {
        DedupPolicy policy = DedupPolicy.defaults().withMaxEntriesPerKey(2);
        init(new DedupPolicy(policy.horizon(), policy.maxEntriesPerKey(), true, policy.verification()));
        Fingerprint story = fp(STORY);
        List<String> exactKey = List.of(story.candidateKeys().get(0));
        for (int i = 0; i < 4; i++) {
            probe("o" + i, T0 + i, story, exactKey);
        }
        assertThat(indexedUnder(exactKey.get(0))).containsExactlyInAnyOrder("o0", "o1");
        assertThat(storedIds()).as("an article indexed under none of its keys is not stored").hasSize(2);
    }

    @Test
    void shouldFindTheSameMatchesAfterARebuildFromTheStore() {
        probe("a", T0, fp(STORY));
        probe("b", T0 + HOUR, fp(EDIT));
        restart(DedupPolicy.defaults());
        Verdict copy = probe("c", T0 + 2 * HOUR, fp(EDIT)).verdict();
        assertThat(copy.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(copy.matchedId()).isEqualTo("b");
        assertThat(copy.clusterId()).isEqualTo("a");
        Verdict near = probe("d", T0 + 3 * HOUR, fp(STORY + " The company did not comment further.")).verdict();
        assertThat(near.kind()).isEqualTo(MatchKind.NEAR);
        assertThat(near.clusterId()).isEqualTo("a");
    }

    @Test
    void shouldForgetArticlesOnceTheNewestIsARetentionAhead() {
        DedupPolicy policy = DedupPolicy.defaults().withHorizon(Duration.ofHours(24));
        init(policy);
        probe("a", T0, fp(STORY));
        probe("x", T0 + 49 * HOUR, FINGERPRINTER.fingerprint("Harvest", "An unrelated report on the wheat harvest of "
                + "the northern plains and the prices farmers got for it in the autumn of that year.", "en"));
        // Within a horizon of "a", but "a" left the store's retention (48 h) behind the newest article.
        assertThat(probe("late", T0 + 20 * HOUR, fp(STORY)).verdict()).isEqualTo(Verdict.none());
        restart(policy);
        assertThat(probe("late2", T0 + 20 * HOUR, fp(EDIT)).verdict().matchedId()).as("after a rebuild too").isEqualTo("late");
    }

    @Test
    void shouldBreakATieBetweenClustersByTheSmallerClusterIdWhateverTheStoreOrder() {
        Fingerprint story = fp(STORY);
        String key = story.candidateKeys().get(0);
        // Two clusters holding the same text at the same time (as after a horizon gap): written in descending id
        // order, in the per-key form of earlier releases.
        for (String cluster : List.of("z-cluster", "a-cluster")) {
            index.put(IndexLookup.SIGNATURE_PREFIX + cluster, new IndexValue(cluster, cluster, story.signature()), T0);
            index.put(key, new IndexValue(cluster, cluster, null), T0);
        }
        restart(DedupPolicy.defaults());
        Verdict verdict = probe("new", T0 + HOUR, story, List.of(key)).verdict();
        assertThat(verdict.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(verdict.clusterId()).isEqualTo("a-cluster");
    }

    @Test
    void shouldReadAStoreWrittenOnePerKeyByEarlierReleases() {
        Fingerprint story = fp(STORY);
        // Format 2: the signature under s:<id>, and one value without signature under each key.
        index.put(IndexLookup.SIGNATURE_PREFIX + "old", new IndexValue("old", "old", story.signature()), T0);
        for (String key : story.candidateKeys()) {
            index.put(key, new IndexValue("old", "old", null), T0);
        }
        index.put("q:not-a-key", new IndexValue("old", "old", null), T0); // unreadable: skipped, not fatal
        restart(DedupPolicy.defaults());
        Verdict near = probe("new", T0 + HOUR, fp(EDIT)).verdict();
        assertThat(near.kind()).isEqualTo(MatchKind.NEAR);
        assertThat(near.matchedId()).isEqualTo("old");
    }
}
