package io.newspulse.systemtests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.newspulse.avro.Mention;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.testsupport.GroundTruth;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Article-level diagnosis of a count mismatch: the (article, company) pairs of the ground truth that news.mentions
 * lacks, and the pairs it has that the truth does not.
 */
final class MentionAudit {
    private MentionAudit() {
    }

    static List<String> differences(String bootstrap, String mentionsTopic, EventSerdes serdes, GroundTruth truth) {
        Set<String> actual = new HashSet<>();
        var deserializer = serdes.mentions().deserializer();
        for (ConsumerRecord<String, byte[]> r : WireRecords.readAll(bootstrap, mentionsTopic)) {
            Mention m = deserializer.deserialize(r.topic(), r.value());
            actual.add(m.getArticleId() + " " + m.getCompanyId() + (m.getNovel() ? " novel" : " repeated"));
        }
        Set<String> expected = new HashSet<>();
        Set<String> truthIds = new HashSet<>();
        for (GroundTruth.Article a : truth.articles()) {
            truthIds.add(a.id());
            for (String c : a.companies()) {
                expected.add(a.id() + " " + c + (a.novel() ? " novel" : " repeated"));
            }
        }
        List<String> diffs = new ArrayList<>();
        for (String e : new TreeSet<>(expected)) {
            if (!actual.contains(e)) {
                diffs.add("missing mention: " + e);
            }
        }
        for (String a : new TreeSet<>(actual)) {
            if (!expected.contains(a) && truthIds.contains(a.substring(0, a.indexOf(' ')))) {
                diffs.add("unexpected mention: " + a);
            }
        }
        return diffs;
    }
}
