package io.newspulse.streams.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * The route of an article through the dedup index. The articles topic and the chain topic have P partitions; the
 * index's keys live on the first K of them ({@code dedup.index.partitions}, 1 &le; K &le; P): a key belongs to the
 * partition the producer's keyed rule gives it over K partitions (murmur2 of its bytes, modulo K), so each of those
 * partitions' index store holds the keys it owns and the others hold none. An article is looked up first on its own
 * partition (the task that read it from the articles topic), then on each other partition owning some of its keys,
 * in ascending order after its own (wrapping around); the last one decides. A partition owning none of its keys is
 * skipped, so an article makes at most K hops (K - 1 when its own partition is one of the K), and none when its own
 * partition owns all its keys.
 * <p>
 * Each hop is one more exactly-once commit before the article's mentions are visible (issue 19): with K = P an
 * article's 17 keys fall on every partition and nearly every article makes P - 1 hops; with K = 1 (the default) an
 * article makes one hop, or none on partition 0, at the price of one task doing every index look-up (about 30 µs
 * per article, docs/benchmarks.md) and every article's tagging.
 */
public final class DedupChain {
    private final int partitions;
    private final int indexPartitions;

    /**
     * @param partitions      P, the partitions of the articles and chain topics
     * @param indexPartitions K, the partitions holding the index's keys (at most P: more are taken as P)
     */
    public DedupChain(int partitions, int indexPartitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1");
        }
        if (indexPartitions < 1) {
            throw new IllegalArgumentException("index partitions must be >= 1");
        }
        this.partitions = partitions;
        this.indexPartitions = Math.min(indexPartitions, partitions);
    }

    /** K, the partitions holding the index's keys. */
    public int indexPartitions() {
        return indexPartitions;
    }

    /**
     * The chain topic of an application: one per application id, named like Kafka Streams' own repartition topics
     * ({@code <application.id>-<name>-repartition}, under the prefix the deployment's ACLs give the app), so whatever
     * finds an app's internal topics by that pattern (the reset tool, {@code InternalTopicsGate}, a backfill's drain,
     * the benchmarks) finds it too. The app makes it before Kafka Streams starts ({@code PipelineBootstrap}): Kafka
     * Streams cannot loop a stream back into a repartition topic of its own.
     */
    public static String topic(String applicationId) {
        return applicationId + "-dedup-chain-repartition";
    }

    public int partitions() {
        return partitions;
    }

    /** The partition owning {@code key}. */
    public int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % indexPartitions;
    }

    /** The keys of {@code keys} that {@code partition} owns, in their order. */
    public List<String> keysOn(List<String> keys, int partition) {
        List<String> on = new ArrayList<>(keys.size());
        for (String key : keys) {
            if (partitionOf(key) == partition) {
                on.add(key);
            }
        }
        return on;
    }

    /** The next partition after {@code current} on the chain that started at {@code origin}, or -1 when {@code current} is the last. */
    public int next(List<String> keys, int origin, int current) {
        boolean[] owns = new boolean[partitions];
        for (String key : keys) {
            owns[partitionOf(key)] = true;
        }
        for (int step = Math.floorMod(current - origin, partitions) + 1; step < partitions; step++) {
            int p = (origin + step) % partitions;
            if (owns[p]) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Writes a chain message to the partition it names. Against a topic with another partition count (Kafka's
     * test driver has one) the partition is taken modulo that count; the app refuses to start on a chain topic whose
     * partition count is not P.
     */
    public static final StreamPartitioner<String, ChainMessage> PARTITIONER =
            (topic, key, value, numPartitions) -> Optional.of(Set.of(value.partition() % numPartitions));
}
