package io.newspulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.newspulse.avro.Alert;
import io.newspulse.avro.AlertReason;
import io.newspulse.avro.CorporateEvent;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Company;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.DuplicateEvent;
import io.newspulse.avro.DuplicateKind;
import io.newspulse.avro.Mention;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.errors.DeadLetterDeserializationHandler;
import io.newspulse.streams.errors.DeadLetterProcessingHandler;
import io.newspulse.streams.errors.DeadLetters;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole topology on the TopologyTestDriver: tagging, dedup, windows, late events, dead letters, runtime companies. */
class NewsTopologyTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Topics TOPICS = Topics.defaults();
    private static List<Company> knowledgeBase;

    @TempDir
    java.nio.file.Path stateDir;
    private String scope;
    private EventSerdes serdes;
    private PipelineMetrics metrics;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ArticleEvent> articles;
    private TestInputTopic<String, Company> companies;
    private TestOutputTopic<String, Mention> mentions;
    private TestOutputTopic<String, DuplicateEvent> duplicates;
    /** Signal updates are merged and emitted once per commit interval (100 ms under exactly-once). */
    private static final java.time.Duration FLUSH = java.time.Duration.ofMillis(100);
    private TestOutputTopic<String, CompanySignal> signals;
    private TestOutputTopic<String, CompanySignal> finalSignals;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeAll
    static void loadKnowledgeBase() {
        knowledgeBase = List.copyOf(CompanyKnowledgeBase.builtIn().companies());
    }

    @BeforeEach
    void start() {
        scope = "topology-" + UUID.randomUUID();
        serdes = new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
        metrics = new PipelineMetrics(new SimpleMeterRegistry());
        PipelineSettings settings = PipelineSettings.defaults(TOPICS).withWindows(List.of(Duration.ofMinutes(1), Duration.ofHours(1)), Duration.ofMinutes(1));
        var topology = NewsTopology.build(settings, serdes, CompanyCatalog.standalone(), CompanyTopicRouter.of(List.of("microsoft")), metrics, 3, io.newspulse.streams.dedup.DedupChain.topic("newspulse-streams"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put("processing.exception.handler.global.enabled", true);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(DeadLetters.CONFIG_TOPIC, TOPICS.deadletter());
        props.put(DeadLetters.CONFIG_METRICS, metrics);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, FLUSH.toMillis()); // as under exactly-once
        driver = new TopologyTestDriver(topology, props, T0);

        articles = driver.createInputTopic(TOPICS.articles(), new StringSerializer(), serdes.articles().serializer());
        companies = driver.createInputTopic(TOPICS.companies(), new StringSerializer(), serdes.companies().serializer());
        mentions = driver.createOutputTopic(TOPICS.mentions(), new StringDeserializer(), serdes.mentions().deserializer());
        duplicates = driver.createOutputTopic(TOPICS.duplicates(), new StringDeserializer(), serdes.duplicates().deserializer());
        signals = driver.createOutputTopic(TOPICS.signals(), new StringDeserializer(), serdes.signals().deserializer());
        finalSignals = driver.createOutputTopic(TOPICS.signalsFinal(), new StringDeserializer(), serdes.signals().deserializer());
        alerts = driver.createOutputTopic(TOPICS.alerts(), new StringDeserializer(), serdes.alerts().deserializer());
        knowledgeBase.forEach(c -> companies.pipeInput(c.getId(), c));
    }

    @AfterEach
    void stop() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void shouldEmitMentionsAndSignalsForTheCompaniesTheSeedsName() {
        articles.pipeInput("seed-0", Articles.seed("000_be0c72954be3d6da.txt", "seed-0", T0));
        articles.pipeInput("seed-1", Articles.seed("001_9a11fdea5a0c0b54.txt", "seed-1", T0.plusSeconds(5)));

        Map<String, List<Mention>> byArticle = mentions.readValuesToList().stream().collect(Collectors.groupingBy(Mention::getArticleId));
        assertThat(companyIds(byArticle.get("seed-0"))).contains("microsoft", "openai", "oracle", "deepmind");
        assertThat(companyIds(byArticle.get("seed-1"))).contains("microsoft", "openai");
        Mention microsoftInSeed1 = byArticle.get("seed-1").stream().filter(m -> m.getCompanyId().equals("microsoft")).findFirst().orElseThrow();
        assertThat(microsoftInSeed1.getRelevance()).isGreaterThan(0.5);
        assertThat(microsoftInSeed1.getSurfaceForms()).extracting(s -> s.getText()).contains("マイクロソフト");

        Map<String, CompanySignal> latest = latestByCompanyAndWindow(flushedSignals(), "1m");
        assertThat(latest.get("microsoft").getArticleCount()).isEqualTo(2);
        assertThat(latest.get("microsoft").getNovelArticles()).isEqualTo(2);
        assertThat(latest.get("microsoft").getMentionCount()).isGreaterThanOrEqualTo(4);
        assertThat(latest.get("microsoft").getTopCoMentions()).extracting(c -> c.getCompanyId()).contains("openai");
    }

    @Test
    void shouldNotCountADuplicateTwice() {
        ArticleEvent original = Articles.seed("001_9a11fdea5a0c0b54.txt", "wire-1", T0);
        ArticleEvent repost = Articles.article("wire-2", "【転載】" + original.getTitle(), original.getBody() + "\n無断転載を禁じます。", "ja", T0.plusSeconds(20));
        articles.pipeInput("wire-1", original);
        articles.pipeInput("wire-2", repost);

        List<DuplicateEvent> dups = duplicates.readValuesToList();
        assertThat(dups).hasSize(1);
        assertThat(dups.get(0).getArticleId()).isEqualTo("wire-2");
        assertThat(dups.get(0).getDuplicateOf()).isEqualTo("wire-1");

        CompanySignal microsoft = latestByCompanyAndWindow(flushedSignals(), "1m").get("microsoft");
        assertThat(microsoft.getArticleCount()).isEqualTo(2);
        assertThat(microsoft.getNovelArticles()).isEqualTo(1);
        assertThat(microsoft.getRepeatedArticles()).isEqualTo(1);
    }

    @Test
    void shouldNotMergeDifferentStoriesAboutTheSameCompany() {
        articles.pipeInput("a", Articles.article("a", "Microsoft raises dividend",
                "Microsoft said on Tuesday it would raise its quarterly dividend by 10 percent to 83 cents a share, citing strong cloud demand "
                        + "and record cash flow from its Azure business. The board also approved a new 60 billion dollar share buyback programme.", "en", T0));
        articles.pipeInput("b", Articles.article("b", "Microsoft to cut 1,900 gaming jobs",
                "Microsoft said on Tuesday it would cut about 1,900 jobs in its gaming division after the acquisition of Activision Blizzard, "
                        + "according to an internal memo from gaming chief Phil Spencer seen by reporters. The cuts affect Xbox and Blizzard teams.", "en", T0.plusSeconds(30)));
        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(latestByCompanyAndWindow(flushedSignals(), "1m").get("microsoft").getNovelArticles()).isEqualTo(2);
    }

    @Test
    void shouldUpdateTheRightWindowForLateEventsInsideGraceAndLeaveOutEventsPastGrace() {
        articles.pipeInput("w1", microsoftStory("w1", "one", T0.plusSeconds(10)));
        articles.pipeInput("w2", microsoftStory("w2", "two", T0.plusSeconds(70)));
        // 50 s behind stream time (10:01:10): its window 10:00–10:01 closes at 10:02 (1 min grace): still open.
        articles.pipeInput("late-in-grace", microsoftStory("late-in-grace", "three", T0.plusSeconds(20)));
        assertThat(windowCounts(flushedSignals(), "1m"))
                .containsEntry(T0, 2L)
                .containsEntry(T0.plusSeconds(60), 1L);

        articles.pipeInput("w3", microsoftStory("w3", "four", T0.plusSeconds(200)));
        // Window 10:00 closed at 10:02 (stream time is now 10:03:20): a record for it is left out of that window.
        articles.pipeInput("late-past-grace", microsoftStory("late-past-grace", "five", T0.plusSeconds(30)));
        List<TestRecord<String, CompanySignal>> updates = flushedSignals();
        assertThat(windowCounts(updates, "1m")).doesNotContainKey(T0);
        // ...but it still counts in the hour window, which is open.
        Map<Instant, Long> hour = windowCounts(updates, "1h");
        assertThat(hour.get(T0)).isEqualTo(5L);

        Map<Instant, Long> closed = windowCounts(finalSignals.readRecordsToList(), "1m");
        assertThat(closed).containsEntry(T0, 2L).containsEntry(T0.plusSeconds(60), 1L);
    }

    @Test
    void shouldStampEachSignalWithTheEventTimeItWasKnownAt() {
        articles.pipeInput("k1", microsoftStory("k1", "one", T0.plusSeconds(10)));
        articles.pipeInput("k2", microsoftStory("k2", "two", T0.plusSeconds(70)));
        // 50 s behind stream time: it updates the 10:00 window, but that update was only known at 10:01:10.
        articles.pipeInput("k3", microsoftStory("k3", "three", T0.plusSeconds(20)));
        articles.pipeInput("k4", microsoftStory("k4", "four", T0.plusSeconds(200)));

        List<CompanySignal> updates = flushedSignals().stream().map(TestRecord::value)
                .filter(s -> s.getCompanyId().equals("microsoft") && s.getWindow().equals("1m")).toList();
        CompanySignal lateUpdate = updates.stream().filter(s -> s.getWindowStart().equals(T0) && s.getArticleCount() == 2).findFirst().orElseThrow();
        assertThat(lateUpdate.getComputedAt()).isEqualTo(T0.plusSeconds(70));
        assertThat(updates).allSatisfy(s -> assertThat(s.getComputedAt()).isAfterOrEqualTo(s.getWindowStart()));

        CompanySignal closed = finalSignals.readRecordsToList().stream().map(TestRecord::value)
                .filter(s -> s.getCompanyId().equals("microsoft") && s.getWindow().equals("1m") && s.getWindowStart().equals(T0))
                .findFirst().orElseThrow();
        // window end 10:01 + 1 min grace, whatever the wall clock said
        assertThat(closed.getComputedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void shouldSendAPoisonPillToTheDeadLetterTopicAndProcessTheNextRecord() {
        TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(TOPICS.articles(), new ByteArraySerializer(), new ByteArraySerializer());
        byte[] poison = "this is not avro".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("bad".getBytes(StandardCharsets.UTF_8), poison);
        articles.pipeInput("good", microsoftStory("good", "after the poison pill", T0));

        TestOutputTopic<byte[], byte[]> deadLetters = driver.createOutputTopic(TOPICS.deadletter(),
                Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
        List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(poison);
        assertThat(header(dead.get(0), DeadLetters.H_TOPIC)).isEqualTo(TOPICS.articles());
        assertThat(header(dead.get(0), DeadLetters.H_OFFSET)).isEqualTo("0");
        assertThat(header(dead.get(0), DeadLetters.H_PARTITION)).isEqualTo("0");
        assertThat(header(dead.get(0), DeadLetters.H_ERROR)).isNotBlank();
        assertThat(mentions.readValuesToList()).extracting(Mention::getArticleId).contains("good");
        assertThat(metrics.deadLetters()).isEqualTo(1.0);
    }

    @Test
    void shouldDeadLetterAnArticleWithAnEmptyBodyWithItsOriginalBytes() {
        ArticleEvent empty = Articles.article("empty", "Microsoft", " ", "en", T0);
        articles.pipeInput("empty", empty);
        TestOutputTopic<byte[], byte[]> deadLetters = driver.createOutputTopic(TOPICS.deadletter(),
                Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
        TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertThat(header(dead, DeadLetters.H_STAGE)).isEqualTo("validation");
        assertThat(header(dead, DeadLetters.H_ERROR)).contains("empty body");
        assertThat(serdes.articles().deserializer().deserialize(TOPICS.articles(), dead.value()).getId()).isEqualTo("empty");
        assertThat(mentions.isEmpty()).isTrue();
    }

    @Test
    void shouldTagACompanyAddedAtRuntime() {
        articles.pipeInput("before", Articles.article("before", "Zorblax Quantum Dynamics wins contract",
                "Zorblax Quantum Dynamics Inc. won a large contract on Monday, the company said.", "en", T0));
        assertThat(mentions.readValuesToList()).extracting(Mention::getCompanyId).doesNotContain("zorblax");

        companies.pipeInput("zorblax", Company.newBuilder().setId("zorblax").setName("Zorblax Quantum Dynamics")
                .setAliases(Map.of("en", List.of("Zorblax Quantum Dynamics", "Zorblax"))).build());
        articles.pipeInput("after", Articles.article("after", "Zorblax Quantum Dynamics expands",
                "Zorblax Quantum Dynamics Inc. opened a new plant on Tuesday, Zorblax said.", "en", T0.plusSeconds(5)));
        assertThat(mentions.readValuesToList()).extracting(Mention::getCompanyId).contains("zorblax");
    }

    @Test
    void shouldRouteSignalsOfWatchedCompaniesToTheirOwnTopic() {
        articles.pipeInput("m", microsoftStory("m", "routing", T0));
        TestOutputTopic<String, CompanySignal> own = driver.createOutputTopic(TOPICS.companySignals("microsoft"),
                new StringDeserializer(), serdes.signals().deserializer());
        driver.advanceWallClockTime(FLUSH);
        List<CompanySignal> values = own.readValuesToList();
        assertThat(values).isNotEmpty().allMatch(s -> s.getCompanyId().equals("microsoft"));
    }

    @Test
    void shouldRaiseAnAlertWhenCoverageSpikesAboveTheBaseline() {
        for (int minute = 0; minute < 6; minute++) {
            articles.pipeInput("calm-" + minute, microsoftStory("calm-" + minute, "calm " + minute, T0.plusSeconds(minute * 60L + 5)));
        }
        for (int i = 0; i < 8; i++) {
            articles.pipeInput("burst-" + i, microsoftStory("burst-" + i, "burst story number " + i + " about item " + (i * 7919), T0.plusSeconds(6 * 60L + 5 + i)));
        }
        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).isNotEmpty();
        assertThat(raised).allMatch(a -> a.getCompanyId().equals("microsoft") && a.getWindow().equals("1m"));
        assertThat(raised.get(0).getSpikeScore()).isGreaterThanOrEqualTo(3.0);
        assertThat(raised.stream().map(a -> a.getWindowStart()).distinct().count()).isEqualTo(raised.size());
    }

    @Test
    void shouldAggregateRelevanceWeightedSentimentAndEventCountsPerWindow() {
        TestInputTopic<String, Mention> in = mentionsIn();
        in.pipeInput("toyota", mention("a1", "toyota", 1.0, 0.6, true, T0.plusSeconds(1), CorporateEvent.recall_safety));
        in.pipeInput("toyota", mention("a2", "toyota", 0.5, -0.4, true, T0.plusSeconds(2), CorporateEvent.recall_safety, CorporateEvent.stock_move));
        in.pipeInput("toyota", mention("a3", "toyota", 0.2, 0.9, false, T0.plusSeconds(3)));

        CompanySignal minute = latestByCompanyAndWindow(flushedSignals(), "1m").get("toyota");
        assertThat(minute.getSentiment()).isEqualTo(0.267); // (0.6*1.0 - 0.4*0.5) / 1.5; the repost does not vote
        assertThat(minute.getPositiveMentions()).isEqualTo(2);
        assertThat(minute.getNegativeMentions()).isEqualTo(1);
        assertThat(minute.getNeutralMentions()).isZero();
        assertThat(minute.getEventCounts()).extracting(e -> e.getEvent() + "=" + e.getCount())
                .containsExactly("recall_safety=2", "stock_move=1");
    }

    @Test
    void shouldRaiseASentimentShockAlertWhenACompanysNewsTurnsNegative() {
        TestInputTopic<String, Mention> in = mentionsIn();
        for (int minute = 0; minute < 5; minute++) {
            for (int i = 0; i < 3; i++) {
                in.pipeInput("toyota", mention("calm-" + minute + "-" + i, "toyota", 0.8, 0.2 + 0.1 * i, true, T0.plusSeconds(minute * 60L + 5 + i)));
            }
        }
        assertThat(alerts.readValuesToList()).isEmpty();
        for (int i = 0; i < 3; i++) {
            in.pipeInput("toyota", mention("shock-" + i, "toyota", 0.8, -0.7, true, T0.plusSeconds(5 * 60L + 5 + i)));
        }

        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).extracting(Alert::getReason).containsOnly(AlertReason.sentiment_shock);
        assertThat(raised).hasSize(1); // once per window, though every later update still scores as a shock
        assertThat(raised.get(0).getWindow()).isEqualTo("1m");
        assertThat(raised.get(0).getSpikeScore()).isLessThanOrEqualTo(-3.0);
        assertThat(raised.get(0).getSentiment()).isEqualTo(-0.7);
        CompanySignal shocked = latestByCompanyAndWindow(flushedSignals(), "1m").get("toyota");
        assertThat(shocked.getSentimentShockScore()).isLessThanOrEqualTo(-3.0);
    }

    @Test
    void shouldAlertOnceWhenANovelRelevantMentionReportsAHighImpactEvent() {
        TestInputTopic<String, Mention> in = mentionsIn();
        in.pipeInput("acme", mention("news-1", "acme", 0.9, -0.8, true, T0.plusSeconds(1), CorporateEvent.bankruptcy, CorporateEvent.stock_move));
        in.pipeInput("acme", mention("repost-1", "acme", 0.9, -0.8, false, T0.plusSeconds(2), CorporateEvent.bankruptcy));
        in.pipeInput("acme", mention("passing-1", "acme", 0.1, -0.2, true, T0.plusSeconds(3), CorporateEvent.cyber_incident));
        in.pipeInput("acme", mention("other-1", "acme", 0.9, 0.4, true, T0.plusSeconds(4), CorporateEvent.earnings));

        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).getReason()).isEqualTo(AlertReason.high_impact_event);
        assertThat(raised.get(0).getEvent()).isEqualTo(CorporateEvent.bankruptcy);
        assertThat(raised.get(0).getArticleId()).isEqualTo("news-1");
    }

    /** The signal updates emitted so far, after a flush (a wall-clock advance of one commit interval). */
    private List<TestRecord<String, CompanySignal>> flushedSignals() {
        driver.advanceWallClockTime(FLUSH);
        return signals.readRecordsToList();
    }

    private TestInputTopic<String, Mention> mentionsIn() {
        return driver.createInputTopic(TOPICS.mentions(), new StringSerializer(), serdes.mentions().serializer());
    }

    private static Mention mention(String article, String company, double relevance, double sentiment, boolean novel, Instant at,
                                   CorporateEvent... events) {
        return Mention.newBuilder()
                .setArticleId(article).setCompanyId(company).setCompanyName(company)
                .setCount(1).setRelevance(relevance).setNovel(novel).setDuplicateOf(novel ? null : "original")
                .setSentiment(sentiment).setEvents(List.of(events)).setArticleTone(sentiment)
                .setSource("test").setPublishedAt(at).setIngestedAt(at)
                .build();
    }

    /** A distinct English story about Microsoft (different words, so dedup keeps them apart). */
    private static ArticleEvent microsoftStory(String id, String topic, Instant at) {
        String seed = Integer.toHexString((id + topic).hashCode());
        return Articles.article(id, "Microsoft news " + topic,
                "Microsoft reported development " + topic + " with reference " + seed + " on the day. Analysts in " + seed
                        + " said the " + topic + " matters for Azure customers in region " + id + " and partners " + seed.length()
                        + ". Separately the company discussed " + topic + " plans for " + seed + " with unique marker " + id + ".", "en", at);
    }

    private static Set<String> companyIds(List<Mention> mentions) {
        return mentions.stream().map(Mention::getCompanyId).collect(Collectors.toSet());
    }

    private static Map<String, CompanySignal> latestByCompanyAndWindow(List<TestRecord<String, CompanySignal>> records, String window) {
        Map<String, CompanySignal> latest = new HashMap<>();
        records.stream().map(TestRecord::value).filter(s -> s.getWindow().equals(window)).forEach(s -> latest.put(s.getCompanyId(), s));
        return latest;
    }

    private static Map<Instant, Long> windowCounts(List<TestRecord<String, CompanySignal>> records, String window) {
        Map<Instant, Long> counts = new HashMap<>();
        records.stream().map(TestRecord::value)
                .filter(s -> s.getWindow().equals(window) && s.getCompanyId().equals("microsoft"))
                .forEach(s -> counts.put(s.getWindowStart(), s.getArticleCount()));
        return counts;
    }

    private static String header(TestRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
