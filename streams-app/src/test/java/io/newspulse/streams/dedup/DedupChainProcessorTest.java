package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.dedup.DedupPolicy;
import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import io.newspulse.dedup.index.DedupResult;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain over P index partitions, each a processor with stores of its own on Kafka's MockProcessorContext (the
 * test driver has one partition only); chain messages go through the chain topic's serde to the partition they name.
 */
class DedupChainProcessorTest {
    private static final long HOUR = 3_600_000L;
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Fingerprinter FINGERPRINTER = new Fingerprinter();
    private static final String TITLE = "Honda to build Ontario battery plant";
    private static final String STORY = "Honda said on Tuesday it would build a 340 billion yen battery plant in Ontario. "
            + "The plant will employ about 1,000 people from 2028 and supply its electric SUVs. "
            + "Honda said the investment is part of a 15 trillion yen electrification plan announced last year. "
            + "Its shares rose 2.1% in Tokyo after the announcement.";
    private static final String EDIT = STORY + " Analysts at Nomura called the plan ambitious but achievable.";
    private static final String OTHER = "An unrelated report on the wheat harvest of the northern plains and the prices "
            + "farmers got for it in the autumn of that year, with rain late in the season.";

    @TempDir
    java.io.File stateDir;

    /** P partitions of the index, and what crossed the chain topic. */
    private final class Partitions {
        final DedupChain chain;
        final List<DedupChainProcessor> processors = new ArrayList<>();
        final List<DedupDecision> decisions = new ArrayList<>();
        final List<Integer> decidedOn = new ArrayList<>();
        final List<ChainHop> hops = new ArrayList<>();
        final List<ClusterFix> fixes = new ArrayList<>();
        final List<MockProcessorContext<String, DedupStep>> contexts = new ArrayList<>();

        Partitions(int p) {
            this(p, p);
        }

        /** P partitions, the index's keys on the first K. */
        Partitions(int p, int k) {
            chain = new DedupChain(p, k);
            DedupPolicy policy = DedupPolicy.defaults();
            for (int i = 0; i < p; i++) {
                MockProcessorContext<String, DedupStep> context = new MockProcessorContext<>(new Properties(), new TaskId(0, i), stateDir);
                WindowStore<String, IndexValue> index = Stores.windowStoreBuilder(Stores.inMemoryWindowStore("dedup-index-store",
                                IndexLookup.retention(policy), Duration.ofMillis(1), true), Serdes.String(), IndexValue.SERDE)
                        .withLoggingDisabled().withCachingDisabled().build();
                index.init(context.getStateStoreContext(), index);
                context.addStateStore(index);
                WindowStore<String, String> clusters = Stores.windowStoreBuilder(Stores.inMemoryWindowStore("dedup-cluster-store",
                                IndexLookup.retention(policy), Duration.ofMillis(1), false), Serdes.String(), Serdes.String())
                        .withLoggingDisabled().withCachingDisabled().build();
                clusters.init(context.getStateStoreContext(), clusters);
                context.addStateStore(clusters);
                DedupChainProcessor processor = new DedupChainProcessor("dedup-index-store", "dedup-cluster-store", policy, chain,
                        new PipelineMetrics(new SimpleMeterRegistry()));
                processor.init(context);
                processors.add(processor);
                contexts.add(context);
            }
        }

        /** The article read from the articles topic's partition {@code own}; runs the chain to its end. */
        DedupDecision publish(ArticleEvent article, int own) {
            int before = decisions.size();
            publishTogether(List.of(article), List.of(own));
            assertThat(decisions).as("one decision per article").hasSize(before + 1);
            return decisions.get(before);
        }

        /**
         * Articles read at the same time on their partitions: each is looked up on its own partition before any hop
         * of the others arrives (the hops wait for a commit), then the hops run in the order they were written.
         */
        void publishTogether(List<ArticleEvent> articles, List<Integer> owns) {
            Deque<Object[]> queue = new ArrayDeque<>();
            for (int i = 0; i < articles.size(); i++) {
                ArticleEvent article = articles.get(i);
                Fingerprint fp = FINGERPRINTER.fingerprint(article.getTitle(), article.getBody(), article.getLanguage());
                queue.add(new Object[] {owns.get(i), new DedupInput.Arrived(article, fp), article.getId()});
            }
            while (!queue.isEmpty()) {
                Object[] next = queue.poll();
                int partition = (Integer) next[0];
                MockProcessorContext<String, DedupStep> context = contexts.get(partition);
                context.resetForwards();
                String id = (String) next[2];
                processors.get(partition).process(new Record<>(id, (DedupInput) next[1], T0.toEpochMilli()));
                for (var forwarded : context.forwarded()) {
                    DedupStep step = forwarded.record().value();
                    assertThat(forwarded.record().key()).isEqualTo(id);
                    if (step.decision() != null) {
                        decisions.add(step.decision());
                        decidedOn.add(partition);
                    } else {
                        ChainMessage message = overTheTopic(step.next());
                        if (message instanceof ChainHop hop) {
                            hops.add(hop);
                        } else {
                            fixes.add((ClusterFix) message);
                        }
                        queue.add(new Object[] {message.partition(), message, id});
                    }
                }
            }
        }
    }

    private static ChainMessage overTheTopic(ChainMessage message) {
        byte[] bytes = DedupCodec.CHAIN.serializer().serialize("app-dedup-chain", message);
        return DedupCodec.CHAIN.deserializer().deserialize("app-dedup-chain", bytes);
    }

    private static ArticleEvent article(String id, String body, long offsetMs) {
        Instant t = T0.plusMillis(offsetMs);
        return ArticleEvent.newBuilder().setId(id).setSource("s").setUrl(null).setTitle(TITLE).setBody(body).setLanguage("en")
                .setPublishedAt(t).setIngestedAt(t).setContentHash("h").setAttributes(Map.of()).build();
    }

    private static Fingerprint fp(String body) {
        return FINGERPRINTER.fingerprint(TITLE, body, "en");
    }

    private static Set<Integer> owners(DedupChain chain, List<String> keys) {
        Set<Integer> owners = new HashSet<>();
        keys.forEach(k -> owners.add(chain.partitionOf(k)));
        return owners;
    }

    private static String verdict(DedupDecision d) {
        return d.novel() ? "original" : d.kind() + " of " + d.duplicateOf();
    }

    @Test
    void shouldDecideOnTheArticlesOwnPartitionWithoutAHopWhenThereIsOnePartition() {
        Partitions one = new Partitions(1);
        assertThat(verdict(one.publish(article("a", STORY, 0), 0))).isEqualTo("original");
        assertThat(verdict(one.publish(article("b", STORY, HOUR), 0))).isEqualTo("EXACT of a");
        assertThat(one.hops).isEmpty();
    }

    @Test
    void shouldMakeAtMostOneHopToTheOnlyIndexPartition() {
        Partitions three = new Partitions(3, 1);
        assertThat(owners(three.chain, fp(STORY).candidateKeys())).containsExactly(0);
        assertThat(verdict(three.publish(article("a", STORY, 0), 0))).isEqualTo("original");
        assertThat(three.hops).as("read on the index partition: decided there").isEmpty();
        assertThat(verdict(three.publish(article("b", STORY, HOUR), 2))).isEqualTo("EXACT of a");
        assertThat(verdict(three.publish(article("c", EDIT, 2 * HOUR), 1))).isEqualTo("NEAR of a");
        assertThat(three.hops).as("one hop from each other partition, straight to the index")
                .extracting(ChainHop::partition).containsExactly(0, 0);
        assertThat(three.decidedOn).containsOnly(0);
        assertThat(three.fixes).as("one partition indexes every article: nothing to fix elsewhere").isEmpty();
    }

    @Test
    void shouldNameTheSameOriginalsWhateverPartitionsHoldTheIndex() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f");
        List<String> bodies = List.of(STORY, EDIT, OTHER, EDIT, STORY, OTHER);
        Map<Integer, List<String>> byIndexPartitions = new java.util.TreeMap<>();
        for (int k = 1; k <= 4; k++) {
            Partitions partitions = new Partitions(4, k);
            List<String> verdicts = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                verdicts.add(verdict(partitions.publish(article(ids.get(i), bodies.get(i), i * HOUR), (i * 3 + 1) % 4)));
            }
            int most = k;
            assertThat(partitions.hops.stream().collect(java.util.stream.Collectors.groupingBy(ChainHop::articleId,
                    java.util.stream.Collectors.counting())).values()).as("at most K hops per article").allMatch(n -> n <= most);
            byIndexPartitions.put(k, verdicts);
        }
        assertThat(byIndexPartitions.values()).as("K = 1..4").allMatch(v -> v.equals(byIndexPartitions.get(4)));
        assertThat(byIndexPartitions.get(1)).containsExactly("original", "NEAR of a", "original", "EXACT of a", "EXACT of a", "EXACT of c");
    }

    @Test
    void shouldVisitEveryOtherPartitionOwningAKeyOnceInOrderAndDecideOnTheLast() {
        Partitions three = new Partitions(3);
        List<String> keys = fp(STORY).candidateKeys();
        Set<Integer> owners = owners(three.chain, keys);
        int own = 1;
        three.publish(article("a", STORY, 0), own);

        List<Integer> visited = three.hops.stream().map(ChainHop::partition).toList();
        List<Integer> expected = new ArrayList<>();
        for (int step = 1; step < 3; step++) {
            if (owners.contains((own + step) % 3)) {
                expected.add((own + step) % 3);
            }
        }
        assertThat(visited).as("each other owner once, ascending after the article's own partition").isEqualTo(expected);
        assertThat(three.hops).allSatisfy(h -> assertThat(h.origin()).isEqualTo(own));
        assertThat(three.decidedOn).containsExactly(expected.isEmpty() ? own : expected.get(expected.size() - 1));
        assertThat(three.decisions.get(0).article()).as("the article reaches the last hop intact").isEqualTo(article("a", STORY, 0));
    }

    @Test
    void shouldFindCopiesWhoseKeysLiveOnOtherPartitions() {
        Partitions three = new Partitions(3);
        assertThat(owners(three.chain, fp(STORY).candidateKeys())).as("keys spread over several partitions").hasSizeGreaterThan(1);
        three.publish(article("a", STORY, 0), 0);
        assertThat(verdict(three.publish(article("b", STORY, HOUR), 2))).isEqualTo("EXACT of a");
        DedupDecision near = three.publish(article("c", EDIT, 2 * HOUR), 1);
        assertThat(near.kind()).isEqualTo(DedupResult.Kind.NEAR);
        assertThat(near.duplicateOf()).isEqualTo("a");
        assertThat(verdict(three.publish(article("d", OTHER, 3 * HOUR), 0))).isEqualTo("original");
    }

    @Test
    void shouldNameTheSameOriginalWhicheverPartitionTheArticlesArriveOn() {
        List<String> ids = List.of("a", "b", "c", "d", "e");
        List<String> bodies = List.of(STORY, EDIT, EDIT, OTHER, STORY);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Partitions left = new Partitions(3);
        Partitions right = new Partitions(3);
        for (int i = 0; i < ids.size(); i++) {
            first.add(verdict(left.publish(article(ids.get(i), bodies.get(i), i * HOUR), 0)));
            second.add(verdict(right.publish(article(ids.get(i), bodies.get(i), i * HOUR), (i + 2) % 3)));
        }
        assertThat(first).isEqualTo(second).containsExactly("original", "NEAR of a", "EXACT of a", "original", "EXACT of a");
    }

    @Test
    void shouldSendTheDecidedClusterToAPartitionThatIndexedTheArticleUnderAnother() {
        // The fewest partitions for which the one owning the edit's exact key owns none of the bands the edit shares
        // with the story: that partition indexes the edit under the edit's own id, the decided cluster is the story's.
        Fingerprint story = fp(STORY);
        Fingerprint edit = fp(EDIT);
        List<String> shared = edit.candidateKeys().stream().filter(story.candidateKeys()::contains).toList();
        assertThat(shared).as("near copies share bands").isNotEmpty();
        int p = 2;
        while (p < 64 && sharesWithExactOwner(new DedupChain(p, p), shared, edit.exactKey())) {
            p++;
        }
        assertThat(p).isLessThan(64);
        Partitions partitions = new Partitions(p);

        // The original's id sorts after the edit's: a tie between two exact verdicts on the edit then cannot fall to the
        // right cluster by the smaller-id rule alone.
        partitions.publish(article("story", STORY, 0), 0);
        assertThat(verdict(partitions.publish(article("edit", EDIT, HOUR), 1))).isEqualTo("NEAR of story");
        // An exact copy of the edit matches it on that partition: it must name the decided cluster, as offline.
        assertThat(verdict(partitions.publish(article("copy", EDIT, 2 * HOUR), p - 1))).isEqualTo("EXACT of story");
    }

    private static boolean sharesWithExactOwner(DedupChain chain, List<String> shared, String exactKey) {
        int owner = chain.partitionOf(exactKey);
        return shared.stream().anyMatch(k -> chain.partitionOf(k) == owner);
    }

    @Test
    void shouldNeverMakeTwoCopiesReadAtTheSameTimeEachTheOthersDuplicate() {
        // The copy is read on the partition owning the exact key, the wire story (earlier) on another partition owning
        // some of its bands: each is indexed on its own partition before the other's hop gets there.
        Partitions three = new Partitions(3);
        Fingerprint story = fp(STORY);
        int copyOwn = three.chain.partitionOf(story.exactKey());
        int wireOwn = story.candidateKeys().stream().mapToInt(three.chain::partitionOf).filter(q -> q != copyOwn).findFirst()
                .orElseThrow();
        three.publishTogether(List.of(article("wire", STORY, 0), article("copy", STORY, HOUR)), List.of(wireOwn, copyOwn));
        Map<String, String> byId = new java.util.TreeMap<>();
        three.decisions.forEach(d -> byId.put(d.article().getId(), verdict(d)));
        assertThat(byId).containsEntry("wire", "original").containsEntry("copy", "EXACT of wire");
    }

    @Test
    void shouldSendNoFixWhenEveryPartitionAgreed() {
        Partitions three = new Partitions(3);
        three.publish(article("a", STORY, 0), 0);
        three.publish(article("b", STORY, HOUR), 1);
        three.publish(article("d", OTHER, 2 * HOUR), 2);
        assertThat(three.fixes).isEmpty();
    }
}
