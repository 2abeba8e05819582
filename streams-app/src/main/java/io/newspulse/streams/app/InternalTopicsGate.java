package io.newspulse.streams.app;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens once the broker serves every internal topic Kafka Streams makes for the topology (its changelogs and
 * repartition topics; the app asks for their partitions' offsets, see {@code NewsStreamsApp}), or when told to
 * ({@link #open()}: Kafka Streams is RUNNING, or the start failed).
 *
 * <p>Why (issue 23): a broker applies topic creations one after another, and creating the 1,659 per-company topics
 * of a first start keeps its metadata loader busy for many seconds (a log, its index files and its metrics per
 * partition). Kafka Streams creates its own internal topics during its first rebalance; queued behind the
 * per-company ones they stayed unknown to the broker while the stream threads asked for their end offsets in a loop
 * (3.4 s of an idle first start; 35–60 s and 70,000 logged errors on a loaded machine). The app therefore creates
 * missing per-company topics only once this gate is open, so that Kafka Streams' topics go first. A broker lists a topic before it has made its logs; opened at that point, the gate let the
 * per-company topics delay Kafka Streams' topics by about two seconds (issue 23), hence "serves".
 */
final class InternalTopicsGate {
    private static final Logger LOG = LoggerFactory.getLogger(InternalTopicsGate.class);

    private final Set<String> expected;
    private final Supplier<Set<String>> listTopics;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();

    /**
     * @param expected   the internal topics to wait for (see {@link #internalTopics})
     * @param listTopics the names of the topics the broker serves now (may throw when it cannot say)
     */
    InternalTopicsGate(Set<String> expected, Supplier<Set<String>> listTopics) {
        this.expected = Set.copyOf(expected);
        this.listTopics = listTopics;
        if (this.expected.isEmpty()) {
            opened.complete(null);
        }
    }

    /**
     * The changelog and repartition topics Kafka Streams creates for the topology under this application id: one
     * changelog per state store of a task (every store of ours is logged but the global one, which is not a task's)
     * and one topic per repartition sink (the dedup chain's too: the app makes that one itself before Kafka Streams
     * starts, and names it like Kafka Streams' own).
     */
    static Set<String> internalTopics(Topology topology, String applicationId) {
        Set<String> names = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor p) {
                    p.stores().forEach(store -> names.add(applicationId + "-" + store + "-changelog"));
                } else if (node instanceof TopologyDescription.Sink s && s.topic() != null
                        && s.topic().endsWith("-repartition")) {
                    // described without the application id before Kafka Streams is made from the topology, with it after
                    String prefix = applicationId + "-";
                    names.add(s.topic().startsWith(prefix) ? s.topic() : prefix + s.topic());
                }
            }
        }
        return names;
    }

    /** Completes (normally) when the gate opens; cancelled by {@link #cancel()}. */
    CompletableFuture<Void> opened() {
        return opened;
    }

    /** Opens the gate now (Kafka Streams is RUNNING, so its topics exist, or the caller gives up waiting). */
    void open() {
        opened.complete(null);
    }

    /** The start was abandoned: whoever waits on the gate stops waiting (with a CancellationException). */
    void cancel() {
        opened.cancel(false);
    }

    /** Asks the broker once; opens the gate when it serves every expected topic. True once the gate is open. */
    boolean check() {
        if (opened.isDone()) {
            return true;
        }
        try {
            if (listTopics.get().containsAll(expected)) {
                LOG.debug("The broker serves Kafka Streams' {} internal topics", expected.size());
                opened.complete(null);
            }
        } catch (RuntimeException e) {
            LOG.debug("Cannot list topics now ({}); asking again", e.toString());
        }
        return opened.isDone();
    }

    /** Checks every {@code every} on a daemon thread of its own until the gate is open (or cancelled). */
    void watch(Duration every) {
        if (opened.isDone()) {
            return;
        }
        io.newspulse.core.concurrent.Daemons.start("internal-topics-gate", () -> {
            try {
                while (!check()) {
                    Thread.sleep(every.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
