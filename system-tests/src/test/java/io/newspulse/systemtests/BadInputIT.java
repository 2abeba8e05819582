package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Mention;
import io.newspulse.producer.ProducerRun;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.producer.publish.ProgressReporter;
import io.newspulse.producer.source.JsonLinesSource;
import io.newspulse.streams.errors.DeadLetters;
import io.newspulse.streams.serde.EventSerdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 (4): bad records on the wire land in news.deadletter with their reason in headers and are counted,
 * producer-side rejects land in news.articles.rejected, good records around them are processed.
 */
class BadInputIT {
    private static final Logger LOG = LoggerFactory.getLogger(BadInputIT.class);
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private static final String BODY = "Toyota said on Tuesday that quarterly deliveries rose, helped by hybrid demand in Europe and Asia.";

    @TempDir
    Path dir;
    private Pipeline pipeline;
    private EventSerdes serdes;
    private Serializer<ArticleEvent> serializer;

    @BeforeEach
    void start() throws Exception {
        pipeline = Pipeline.start(dir);
        serdes = pipeline.serdes();
        serializer = serdes.articles().serializer();
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    private byte[] valid(String id, String body, int second) {
        return serializer.serialize(pipeline.stack().topics().articles(), WireRecords.article(id, body, T0.plusSeconds(second)));
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void shouldDeadLetterEveryBadRecordWithItsReasonAndProcessTheGoodOnesAroundIt() throws Exception {
        String articles = pipeline.stack().topics().articles();
        String bootstrap = pipeline.stack().bootstrapServers();
        Map<String, byte[]> bad = new LinkedHashMap<>();
        byte[] random = new byte[300];
        new Random(11).nextBytes(random);
        random[0] = 0x7f;
        bad.put("bad-random-bytes", random);
        byte[] wrongMagic = valid("bad-wrong-magic", BODY, 1);
        wrongMagic[0] = 1;
        bad.put("bad-wrong-magic", wrongMagic);
        byte[] unknownId = valid("bad-unknown-schema-id", BODY, 2);
        ByteBuffer.wrap(unknownId).putInt(1, 987_654);
        bad.put("bad-unknown-schema-id", unknownId);
        byte[] whole = valid("bad-truncated", BODY, 3);
        bad.put("bad-truncated", Arrays.copyOf(whole, whole.length / 2));
        bad.put("bad-10mb", valid("bad-10mb", "Toyota ".repeat(10 * 1024 * 1024 / 7), 4));
        bad.put("bad-invalid-utf8", invalidUtf8("bad-invalid-utf8", 5));
        bad.put("bad-empty-body", valid("bad-empty-body", "", 6));

        List<String> good = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = WireRecords.producer(bootstrap, 12 * 1024 * 1024)) {
            for (int i = 0; i < 5; i++) {
                good.add("good-before-" + i);
                WireRecords.send(producer, articles, "good-before-" + i, valid("good-before-" + i, BODY + " Item " + i + " before.", 10 + i));
            }
            bad.forEach((key, value) -> WireRecords.send(producer, articles, key, value));
            for (int i = 0; i < 5; i++) {
                good.add("good-after-" + i);
                WireRecords.send(producer, articles, "good-after-" + i, valid("good-after-" + i, BODY + " Item " + i + " after, with other words.", 20 + i));
            }
        }

        Awaitility.await("dead letters").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLetterKeys().containsAll(bad.keySet()));
        List<ConsumerRecord<String, byte[]>> deadLetters = WireRecords.readAll(bootstrap, pipeline.stack().topics().deadletter());
        for (ConsumerRecord<String, byte[]> r : deadLetters) {
            LOG.info("Dead letter {}: stage={} error={}", r.key(), WireRecords.header(r, DeadLetters.H_STAGE),
                    abbreviate(WireRecords.header(r, DeadLetters.H_ERROR)));
            assertThat(WireRecords.header(r, DeadLetters.H_STAGE)).isNotBlank();
            assertThat(WireRecords.header(r, DeadLetters.H_ERROR)).isNotBlank();
            assertThat(WireRecords.header(r, DeadLetters.H_TOPIC)).isEqualTo(articles);
        }
        Map<String, String> stageByKey = deadLetters.stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> WireRecords.header(r, DeadLetters.H_STAGE), (a, b) -> a));
        assertThat(stageByKey).containsEntry("bad-random-bytes", "deserialization")
                .containsEntry("bad-wrong-magic", "deserialization")
                .containsEntry("bad-unknown-schema-id", "deserialization")
                .containsEntry("bad-truncated", "deserialization")
                .containsEntry("bad-10mb", "validation")
                .containsEntry("bad-empty-body", "validation")
                .containsKey("bad-invalid-utf8");
        assertThat(deadLetters).hasSize(bad.size());

        Awaitility.await("mentions of the good articles").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> mentionedArticles().containsAll(good));
        assertThat(mentionedArticles()).doesNotContainAnyElementsOf(bad.keySet());
        assertThat(pipeline.metrics().deadLetters()).isEqualTo(bad.size());
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void shouldRejectUnusableInputLinesOnTheProducerSideWithTheirReason() throws Exception {
        String lines = String.join("\n",
                "{\"id\":\"line-good\",\"source\":\"system-test\",\"title\":\"Toyota\",\"body\":\"" + BODY + "\",\"language\":\"en\",\"published_at\":\"2026-04-01T08:00:00Z\"}",
                "this is not json",
                "{\"id\":\"line-no-body\",\"source\":\"system-test\",\"title\":\"Toyota\"}",
                "{\"id\":\"line-too-big\",\"source\":\"system-test\",\"body\":\"" + "x".repeat(20_000) + "\"}") + "\n";
        NewsProducerConfig config = pipeline.generatedRun().with(NewsProducerConfig.MAX_ARTICLE_BYTES, 10_000L).producerConfig();
        try (ArticlePublisher publisher = new ArticlePublisher(config)) {
            new ProducerRun(publisher, Clock.systemUTC(), ProgressReporter.create(4, Duration.ofSeconds(30)))
                    .run(List.of(JsonLinesSource.of("lines.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), 10_000)));
        }
        String bootstrap = pipeline.stack().bootstrapServers();
        List<ConsumerRecord<String, byte[]>> rejected = WireRecords.readAll(bootstrap, pipeline.stack().topics().articlesRejected());
        rejected.forEach(r -> LOG.info("Rejected {}: {}", r.key(), WireRecords.header(r, ArticlePublisher.REASON_HEADER)));
        assertThat(rejected).hasSize(3);
        assertThat(rejected).allSatisfy(r -> assertThat(WireRecords.header(r, ArticlePublisher.REASON_HEADER)).isNotBlank());
        Awaitility.await("mention of the good line").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> mentionedArticles().contains("line-good"));
    }

    /**
     * Fuzz: a few thousand seeded mutations of valid records (bytes flipped, cut, inserted, header bytes changed).
     * None may be lost: every input is either read as an article (newspulse.articles.in; then tagged, deduplicated
     * or dead-lettered by validation) or dead-lettered at deserialization, every dead letter is on the topic, and
     * the pipeline still processes a good article afterwards.
     */
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void shouldLoseNoneOfThousandsOfMutatedRecords() throws Exception {
        int count = Integer.getInteger("fuzz.records", 2000);
        String articles = pipeline.stack().topics().articles();
        String bootstrap = pipeline.stack().bootstrapServers();
        Random random = new Random(2026);
        List<byte[]> bases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bases.add(valid("fuzz-base-" + i, BODY + " Variant " + i + " with a few more words.", 100 + i));
        }
        double articlesBefore = pipeline.metrics().articles();
        double deserializationBefore = deserializationDeadLetters();
        try (KafkaProducer<String, byte[]> producer = WireRecords.producer(bootstrap, 1024 * 1024)) {
            for (int i = 0; i < count; i++) {
                byte[] value = mutate(bases.get(random.nextInt(bases.size())), random);
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(articles, "fuzz-" + i, value));
            }
            producer.flush();
        }
        Awaitility.await("every fuzzed record accounted for").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> pipeline.metrics().articles() - articlesBefore + deserializationDeadLetters() - deserializationBefore >= count);
        double read = pipeline.metrics().articles() - articlesBefore;
        double undecodable = deserializationDeadLetters() - deserializationBefore;
        // every dead letter counted is on the topic (this pipeline is fresh: all of them come from the fuzz)
        Awaitility.await("dead letters written").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> WireRecords.readAll(bootstrap, pipeline.stack().topics().deadletter()).size() >= pipeline.metrics().deadLetters());
        List<ConsumerRecord<String, byte[]>> deadLetters = WireRecords.readAll(bootstrap, pipeline.stack().topics().deadletter());
        long onTopic = deadLetters.size();
        deadLetters.stream().filter(r -> r.key() == null || !r.key().startsWith("fuzz-")).limit(5).forEach(r ->
                LOG.info("Dead letter keyed {} at stage {}: {}", r.key(), WireRecords.header(r, DeadLetters.H_STAGE), WireRecords.header(r, DeadLetters.H_ERROR)));
        LOG.info("Fuzz: {} records, {} read as articles, {} undecodable, {} dead letters in total ({} on the topic), by stage {}",
                count, (long) read, (long) undecodable, (long) pipeline.metrics().deadLetters(), onTopic, pipeline.metrics().deadLettersByStage());
        assertThat((long) (read + undecodable)).isEqualTo(count);
        assertThat(onTopic).isEqualTo((long) pipeline.metrics().deadLetters());

        try (KafkaProducer<String, byte[]> producer = WireRecords.producer(bootstrap, 1024 * 1024)) {
            WireRecords.send(producer, articles, "good-after-fuzz", valid("good-after-fuzz", BODY + " After the fuzz.", 200));
        }
        Awaitility.await("mention after the fuzz").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> mentionedArticles().contains("good-after-fuzz"));
    }

    private double deserializationDeadLetters() {
        return pipeline.metrics().deadLettersByStage().getOrDefault("deserialization", 0.0);
    }

    private static byte[] mutate(byte[] base, Random random) {
        byte[] b = base.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                int at = random.nextInt(b.length);
                byte[] extra = new byte[1 + random.nextInt(8)];
                random.nextBytes(extra);
                byte[] out = new byte[b.length + extra.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(extra, 0, out, at, extra.length);
                System.arraycopy(b, at, out, at + extra.length, b.length - at);
                b = out;
            }
            case 3 -> b[random.nextInt(5)] = (byte) random.nextInt(256);
            default -> {
                int from = 5 + random.nextInt(b.length - 5);
                b[from] = (byte) random.nextInt(256);
            }
        }
        return b;
    }

    /** An ArticleEvent whose body bytes on the wire are not UTF-8 (string length prefix unchanged). */
    private byte[] invalidUtf8(String id, int second) {
        String marker = "QQQQQQQQ";
        byte[] bytes = valid(id, BODY + " " + marker, second);
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + m.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + m.length, m, 0, m.length)) {
                for (int k = 0; k < m.length; k += 2) {
                    bytes[i + k] = (byte) 0xC3;
                    bytes[i + k + 1] = (byte) 0x28;
                }
                return bytes;
            }
        }
        throw new IllegalStateException("marker not found");
    }

    private Set<String> deadLetterKeys() {
        return WireRecords.readAll(pipeline.stack().bootstrapServers(), pipeline.stack().topics().deadletter()).stream()
                .map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private Set<String> mentionedArticles() {
        Set<String> ids = new HashSet<>();
        var deserializer = serdes.mentions().deserializer();
        for (ConsumerRecord<String, byte[]> r : WireRecords.readAll(pipeline.stack().bootstrapServers(), pipeline.stack().topics().mentions())) {
            Mention m = deserializer.deserialize(r.topic(), r.value());
            ids.add(m.getArticleId());
        }
        return ids;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 200 ? s : s.substring(0, 200) + "...";
    }
}
