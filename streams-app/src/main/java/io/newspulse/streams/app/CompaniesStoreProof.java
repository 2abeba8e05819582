package io.newspulse.streams.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.newspulse.core.json.Json;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows that the companies store holds the built-in knowledge base the tagger was prebuilt for, without reading its
 * 43k companies back (a cold read of 2–5 s on a restart, issue 23), from the companies topic's offsets.
 *
 * <p>Right before Kafka Streams starts, which restores the global store up to the topic's end, the topic's id and
 * read_committed end offsets are taken. When a start reads the store and finds exactly the prebuilt companies, and the
 * topic's id and end offsets are still those taken before the restore, the store held what the topic held up to those
 * offsets, nothing more: a marker records them with the fingerprint of the knowledge base's build-time image. A later
 * start needs no read when its knowledge base has that fingerprint and the topic has the same id and end offsets
 * before the restore and at the check: nothing was appended in between (offsets only grow; a topic deleted and made
 * again has another id), so the store holds again what was found then. Any difference, a knowledge base not read from
 * its image, or a failed request reads the store as without the proof.
 */
final class CompaniesStoreProof implements CompanyCatalog.StoreProof {
    private static final Logger LOG = LoggerFactory.getLogger(CompaniesStoreProof.class);

    private final Admin admin;
    private final String topic;
    private final Path file;
    /** The fingerprint of the prebuilt knowledge base's image; null: none (no proof). */
    private volatile String knowledgeBase;
    /** The topic's state right before Kafka Streams restored the store; null: unknown (no proof). */
    private volatile TopicState beforeRestore;

    /** The companies topic's id and read_committed end offset per partition. */
    record TopicState(String topicId, Map<Integer, Long> endOffsets) {
    }

    /** What a start found: the store held the knowledge base of that image fingerprint when the topic was so. */
    record Marker(String knowledgeBase, TopicState topic) {
    }

    CompaniesStoreProof(Admin admin, String topic, Path file) {
        this.admin = admin;
        this.topic = topic;
        this.file = file;
    }

    /** The marker file of a data dir. */
    static Path file(String dataDir) {
        return Path.of(dataDir, "state", "companies-store-proof.json");
    }

    /** The knowledge base the tagger is prebuilt for (only one read from its build-time image can be proven). */
    void expect(CompanyKnowledgeBase kb) {
        expect(kb.imageFingerprint().orElse(null));
    }

    /** As {@link #expect(CompanyKnowledgeBase)} with the image's fingerprint (null: none). */
    void expect(String knowledgeBaseFingerprint) {
        knowledgeBase = knowledgeBaseFingerprint;
    }

    /** Called right before Kafka Streams starts (restores the store). */
    void beforeRestore() {
        beforeRestore = knowledgeBase == null ? null : topicState();
    }

    @Override
    public boolean holds() {
        TopicState before = beforeRestore;
        String kb = knowledgeBase;
        if (before == null || kb == null || !new Marker(kb, before).equals(marker())) {
            return false;
        }
        return before.equals(topicState());
    }

    @Override
    public void verified() {
        TopicState before = beforeRestore;
        String kb = knowledgeBase;
        if (before == null || kb == null || !before.equals(topicState())) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.mapper().writeValue(tmp.toFile(), new Marker(kb, before));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot write {} ({}); the next start reads the companies store", file, e.toString());
        }
    }

    private Marker marker() {
        try {
            return Json.mapper().readValue(file.toFile(), Marker.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Unreadable {} ({}); reading the companies store", file, e.toString());
            return null;
        }
    }

    /** The topic's id and read_committed end offsets now; null when the broker does not tell. */
    private TopicState topicState() {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
            description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<Integer, Long> ends = new TreeMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp.partition(), info.offset()));
            return new TopicState(description.topicId().toString(), ends);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            LOG.debug("Cannot read the state of topic {}: {}", topic, e.toString());
            return null;
        }
    }
}
