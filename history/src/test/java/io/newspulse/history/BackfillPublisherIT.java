package io.newspulse.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash in the middle of a publishing transaction: the restarted publisher neither loses nor repeats an article. */
class BackfillPublisherIT {
    private static final String TOPIC = "backfill.crash.news.articles";

    @TempDir
    Path dir;

    @Test
    void shouldPublishEveryArticleOnceAfterACrashInsideATransaction() throws Exception {
        try (LocalStack stack = new LocalStack(new StackConfig(Map.of("stack.kafka.port", 0, "stack.registry.port", 0,
                CommonConfig.DATA_DIR, dir.toString()))).start()) {
            Map<String, Object> settings = Map.of(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers(),
                    CommonConfig.SCHEMA_REGISTRY_URL, stack.registryUrl());
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            List<ArticleEvent> slice = articles(25);

            BackfillPublisher first = new BackfillPublisher(settings, TOPIC, "crash-publisher", 10);
            first.publish(slice.subList(0, 10), n -> { }, () -> false);
            first.sendWithoutCommit(slice.subList(10, 15));
            // the process dies here: no commit, no abort, no close

            try (BackfillPublisher second = new BackfillPublisher(settings, TOPIC, "crash-publisher", 10)) {
                Set<String> already = second.alreadyPublished();
                assertThat(already).hasSize(10);
                List<ArticleEvent> todo = slice.stream().filter(a -> !already.contains(a.getId())).toList();
                assertThat(second.publish(todo, n -> { }, () -> false)).isEqualTo(15);
            }
            first.close();

            List<String> committed = committedKeys(stack.bootstrapServers());
            assertThat(committed).containsExactlyElementsOf(slice.stream().map(ArticleEvent::getId).toList());
        }
    }

    private static List<String> committedKeys(String bootstrap) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            while (consumer.position(tp) < end) {
                consumer.poll(java.time.Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
            }
        }
        return keys;
    }

    private static List<ArticleEvent> articles(int n) {
        List<ArticleEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant t = Instant.parse("2005-03-01T09:00:00Z").plusSeconds(60L * i);
            out.add(ArticleEvent.newBuilder().setId(String.format("a%03d", i)).setSource("wire").setUrl(null).setTitle("t" + i)
                    .setBody("Sony story number " + i).setLanguage("en").setPublishedAt(t).setIngestedAt(t)
                    .setContentHash("h" + i).setAttributes(Map.of()).build());
        }
        return out;
    }
}
