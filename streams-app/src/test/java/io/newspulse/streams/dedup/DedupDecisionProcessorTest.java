package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.DuplicateKind;
import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import io.newspulse.dedup.index.DedupResult;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decision step alone, on Kafka's MockProcessorContext with an in-memory key-value store. */
class DedupDecisionProcessorTest {
    private static final String STORE = "dedup-pending-store";
    private static final Verdict NEAR_OF_A = new Verdict(MatchKind.NEAR, "a2", "a", 1_000L, 0.8);
    private static final Verdict NEAR_OF_B = new Verdict(MatchKind.NEAR, "b2", "b", 1_000L, 0.8);

    private MockProcessorContext<String, DedupDecision> context;
    private KeyValueStore<String, PendingArticle> pending;
    private PipelineMetrics metrics;
    private DedupDecisionProcessor processor;

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        pending = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), DedupCodec.PENDING)
                .withLoggingDisabled().withCachingDisabled().build();
        pending.init(context.getStateStoreContext(), pending);
        context.addStateStore(pending);
        metrics = new PipelineMetrics(new SimpleMeterRegistry());
        processor = new DedupDecisionProcessor(STORE, DedupPolicy.defaults(), metrics);
        processor.init(context);
    }

    private static ArticleEvent article(String id) {
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        return ArticleEvent.newBuilder().setId(id).setSource("s").setUrl(null).setTitle("t").setBody("b").setLanguage("en")
                .setPublishedAt(t).setIngestedAt(t).setContentHash("h").setAttributes(Map.of()).build();
    }

    private void articleArrives(String id, int keys) {
        processor.process(new Record<>(id, DedupMessage.article(DedupDecisionProcessor.encode(article(id)), keys), 0L));
    }

    private void verdictArrives(String id, int keys, Verdict verdict) {
        processor.process(new Record<>(id, DedupMessage.verdict(new GroupVerdict(id, keys, verdict)), 0L));
    }

    private void verdictArrives(String id, int keys, Verdict verdict, String routingKey, String indexedCluster) {
        processor.process(new Record<>(id, DedupMessage.verdict(new GroupVerdict(id, keys, verdict, routingKey, indexedCluster)), 0L));
    }

    private List<DedupDecision> decisions() {
        return context.forwarded().stream().map(f -> (DedupDecision) f.record().value()).toList();
    }

    @Test
    void shouldWaitForTheArticleAndVerdictsCoveringAllItsKeys() {
        verdictArrives("c", 10, Verdict.none());
        articleArrives("c", 17);
        assertThat(decisions()).isEmpty();
        assertThat(pending.get("c").coveredKeys()).isEqualTo(10);
        verdictArrives("c", 7, Verdict.none());
        assertThat(decisions()).singleElement().satisfies(d -> {
            assertThat(d.article().getId()).isEqualTo("c");
            assertThat(d.kind()).isEqualTo(DedupResult.Kind.ORIGINAL);
            assertThat(d.novel()).isTrue();
            assertThat(d.duplicateOf()).isNull();
        });
        assertThat(pending.get("c")).isNull();
        assertThat(metrics.originalsCount()).isEqualTo(1.0);
    }

    @Test
    void shouldPreferExactOverNearAndTheHigherSimilarity() {
        articleArrives("c", 3);
        verdictArrives("c", 1, new Verdict(MatchKind.NEAR, "n", "n", 5L, 0.95));
        verdictArrives("c", 1, new Verdict(MatchKind.EXACT, "e", "e-cluster", 9L, 1.0));
        verdictArrives("c", 1, new Verdict(MatchKind.NEAR, "m", "m", 1L, 0.7));
        assertThat(decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DedupResult.Kind.EXACT);
            assertThat(d.duplicateOf()).isEqualTo("e-cluster");
            assertThat(d.duplicateKind()).isEqualTo(DuplicateKind.EXACT);
        });
        assertThat(metrics.duplicatesByKind()).containsEntry("exact", 1.0);
    }

    @Test
    void shouldNameTheSameOriginalWhicheverOrderTiedVerdictsArriveIn() {
        articleArrives("c1", 2);
        verdictArrives("c1", 1, NEAR_OF_B);
        verdictArrives("c1", 1, NEAR_OF_A);
        articleArrives("c2", 2);
        verdictArrives("c2", 1, NEAR_OF_A);
        verdictArrives("c2", 1, NEAR_OF_B);
        assertThat(decisions()).extracting(DedupDecision::duplicateOf).containsExactly("a", "a");
        assertThat(decisions()).extracting(DedupDecision::duplicateKind).containsOnly(DuplicateKind.NEAR);
        assertThat(decisions()).extracting(DedupDecision::similarity).containsOnly(0.8);
    }

    @Test
    void shouldSendTheDecidedClusterToThePartitionsThatIndexedTheArticleUnderAnother() {
        articleArrives("c", 3);
        verdictArrives("c", 1, NEAR_OF_A, "b1:p0", "a");
        verdictArrives("c", 1, Verdict.none(), "b2:p1", "c");
        verdictArrives("c", 1, new Verdict(MatchKind.NEAR, "z2", "z", 1_000L, 0.6), "b3:p2", "z");
        DedupDecision decision = decisions().get(0);
        assertThat(decision.duplicateOf()).isEqualTo("a");
        assertThat(decision.clusterFixes()).containsExactlyInAnyOrder(
                new ClusterFix("b2:p1", "c", "a", article("c").getPublishedAt().toEpochMilli()),
                new ClusterFix("b3:p2", "c", "a", article("c").getPublishedAt().toEpochMilli()));
    }

    @Test
    void shouldSendNoFixWhenEveryPartitionAgreed() {
        articleArrives("c", 2);
        verdictArrives("c", 1, Verdict.none(), "b1:p0", "c");
        verdictArrives("c", 1, Verdict.none(), "b2:p1", "c");
        assertThat(decisions()).singleElement().satisfies(d -> assertThat(d.clusterFixes()).isEmpty());
    }

    @Test
    void shouldDecideWhenTheArticleArrivesLast() {
        verdictArrives("c", 2, NEAR_OF_A);
        assertThat(decisions()).isEmpty();
        articleArrives("c", 2);
        assertThat(decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DedupResult.Kind.NEAR);
            assertThat(d.duplicateOf()).isEqualTo("a");
        });
        assertThat(metrics.duplicatesByKind()).containsEntry("near", 1.0);
    }
}
