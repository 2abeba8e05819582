package io.newspulse.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.CompanySignal;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.producer.source.JsonLinesSource;
import io.newspulse.serde.SpecificAvroSerde;
import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import io.newspulse.streams.StoreNames;
import io.newspulse.streams.app.NewsStreamsApp;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.awaitility.Awaitility;

/**
 * One article set two ways on the embedded stack: published live, one article at a time in publication order (each
 * processed before the next arrives, as in real time), and replayed from a shuffled archive file, interrupted after
 * its first transaction and resumed. The closed-window signals must be the same record for record.
 */
class ReplayEqualsLiveIT {
    private static final Instant START = Instant.parse("2005-03-01T09:00:00Z");
    private static final String LIVE_APP = "newspulse-live-it";
    private static final Set<String> WARM_UP_COMPANIES = Set.of("nestle", "unilever", "danone");

    @TempDir
    static Path dir;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = new LocalStack(new StackConfig(Map.of("stack.kafka.port", 0, "stack.registry.port", 0,
                CommonConfig.DATA_DIR, dir.resolve("stack").toString()))).start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldGiveTheSameClosedWindowSignalsReplayedAsLiveAndCountNothingTwiceAcrossAResume() throws Exception {
        Path archive = writeShuffledArchive(dir.resolve("archive.jsonl"));
        ArchiveSlice slice = ArchiveSlice.load(List.of(JsonLinesSource.of(archive.toString(), 1 << 20)), null, null, Clock.systemUTC());
        assertThat(slice.articles()).hasSizeGreaterThan(40);

        Map<String, CompanySignal> live = runLive(slice);

        Map<String, Object> settings = settings("replay");
        settings.remove("commit.interval.ms"); // the backfill's own settings: 2 s commits, partitions and threads (BackfillRun)
        AtomicInteger polls = new AtomicInteger();
        BackfillRun run = new BackfillRun(settings, new Backfill("it"), false).withBatchSize(10);
        // Ctrl-C after the first transaction of 10 articles...
        ReplaySummary interrupted = run.run(slice, () -> polls.incrementAndGet() > 1);
        assertThat(interrupted.complete()).isFalse();
        assertThat(interrupted.published()).isEqualTo(10);
        // ...and the same command again.
        ReplaySummary resumed = run.run(slice, () -> false);
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.skipped()).isEqualTo(10);
        assertThat(resumed.published()).isEqualTo(slice.articles().size() - 10);

        Topics backfillTopics = new Backfill("it").topics(Topics.defaults());
        Map<String, CompanySignal> replayed = byWindow(SignalReader.readAll(settings, backfillTopics.signalsFinal()));

        assertThat(live).isNotEmpty();
        assertThat(live.values()).anySatisfy(s -> assertThat(s.getRepeatedArticles()).isPositive());
        assertThat(live.values()).anySatisfy(s -> assertThat(s.getSpikeScore()).isNotZero());
        assertThat(live.values().stream().filter(s -> s.getWindow().equals("1d")).mapToLong(CompanySignal::getArticleCount).sum())
                .as("every article that names a company counted once in its day")
                .isEqualTo(replayed.values().stream().filter(s -> s.getWindow().equals("1d")).mapToLong(CompanySignal::getArticleCount).sum());
        assertThat(replayed.keySet()).containsExactlyInAnyOrderElementsOf(live.keySet());
        for (String key : live.keySet()) {
            assertThat(replayed.get(key)).as(key).isEqualTo(live.get(key));
        }
    }

    /** Live: the contract topics, one article at a time, each fully processed before the next (real time). */
    private static Map<String, CompanySignal> runLive(ArchiveSlice slice) throws Exception {
        Map<String, Object> settings = settings("live");
        settings.put(StreamsAppConfig.APPLICATION_ID, LIVE_APP);
        PipelineMetrics metrics = new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        Topics topics = Topics.defaults();
        try (NewsStreamsApp app = new NewsStreamsApp(new StreamsAppConfig(settings), metrics).start(Duration.ofMinutes(2));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
             KafkaProducer<String, ArticleEvent> producer = producer()) {
            awaitKnowledgeBase(app);
            long sent = warmUp(producer, admin, settings, topics);
            for (ArticleEvent a : slice.articles()) {
                producer.send(new ProducerRecord<>(topics.articles(), a.getId(), a)).get();
                sent++;
                awaitProcessed(admin, topics.articles(), sent);
            }
            Instant closing = WindowCloser.closingTime(slice.lastPublished(), new StreamsAppConfig(settings).windows(), Duration.ofMinutes(1));
            WindowCloser.advance(settings, topics.mentions(), closing);
            awaitProcessed(admin, topics.articles(), sent);
            return byWindow(SignalReader.readAll(settings, topics.signalsFinal()));
        }
    }

    /**
     * Until the app's companies global store holds the whole built-in knowledge base: the global thread may still be
     * applying it after RUNNING, and an article tagged meanwhile misses companies (the live run lost the first
     * article's mentions that way while a replay, whose first article came later, had them).
     */
    private static void awaitKnowledgeBase(NewsStreamsApp app) {
        int expected = CompanyKnowledgeBase.builtIn().companies().size();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            ReadOnlyKeyValueStore<String, Object> store = app.streams().store(
                    StoreQueryParameters.fromNameAndType(StoreNames.COMPANIES, QueryableStoreTypes.keyValueStore()));
            int n = 0;
            try (KeyValueIterator<String, Object> it = store.all()) {
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
            }
            return n >= expected;
        });
    }

    /**
     * Until a freshly started app tags: an article a week before the set, naming only {@link #WARM_UP_COMPANIES}
     * (left out of the comparison), sent again until its mentions appear. Returns the articles sent.
     */
    private static long warmUp(KafkaProducer<String, ArticleEvent> producer, Admin admin, Map<String, Object> settings, Topics topics)
            throws Exception {
        Instant at = START.minus(Duration.ofDays(7));
        for (int i = 1; i <= 20; i++) {
            ArticleEvent a = ArticleEvent.newBuilder().setId("warm-up-" + i).setSource("warm-up").setUrl(null)
                    .setTitle("Nestle, Unilever and Danone " + i)
                    .setBody("Nestle said on Monday that Unilever and Danone would join its packaging programme, round " + i + ".")
                    .setLanguage("en").setPublishedAt(at).setIngestedAt(Instant.now()).setContentHash("warm-up-" + i)
                    .setAttributes(Map.of()).build();
            producer.send(new ProducerRecord<>(topics.articles(), a.getId(), a)).get();
            awaitProcessed(admin, topics.articles(), i);
            if (SignalReader.count(settings, topics.mentions()) > 0) {
                return i;
            }
        }
        throw new AssertionError("the live app never tagged the warm-up article");
    }

    /**
     * Until the app has committed {@code sent} articles and nothing is pending on any topic it reads, twice in a row.
     * A partition the group has no offset for yet counts from its start (GroupLag alone would not see it).
     */
    private static void awaitProcessed(Admin admin, String articles, long sent) {
        int[] quiet = {0};
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(LIVE_APP).partitionsToOffsetAndMetadata().get();
            long consumed = committed.entrySet().stream().filter(e -> e.getKey().topic().equals(articles))
                    .mapToLong(e -> e.getValue().offset()).sum();
            boolean idle = consumed >= sent && pending(admin, committed) == 0;
            quiet[0] = idle ? quiet[0] + 1 : 0;
            return quiet[0] >= 2;
        });
    }

    private static long pending(Admin admin, Map<TopicPartition, OffsetAndMetadata> committed) throws Exception {
        Set<String> topics = new HashSet<>(List.of(Topics.defaults().articles(), Topics.defaults().mentions()));
        admin.listTopics().names().get().stream().filter(t -> t.startsWith(LIVE_APP + "-") && t.endsWith("-repartition")).forEach(topics::add);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((name, d) -> d.partitions().forEach(p -> {
            latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest());
            earliest.put(new TopicPartition(name, p.partition()), OffsetSpec.earliest());
        }));
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        var starts = admin.listOffsets(earliest).all().get();
        long pending = 0;
        for (TopicPartition tp : latest.keySet()) {
            OffsetAndMetadata c = committed.get(tp);
            long from = Math.max(starts.get(tp).offset(), c == null ? 0 : c.offset());
            pending += Math.max(0, ends.get(tp).offset() - from);
        }
        return pending;
    }

    private static Map<String, Object> settings(String name) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
        props.put(CommonConfig.SCHEMA_REGISTRY_URL, stack.registryUrl());
        props.put(CommonConfig.DATA_DIR, dir.resolve(name).toString());
        props.put(StreamsAppConfig.PER_COMPANY_TOPICS, "none");
        props.put("commit.interval.ms", 100);
        return props;
    }

    private static KafkaProducer<String, ArticleEvent> producer() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        SpecificAvroSerde<ArticleEvent> serde = SpecificAvroSerde.forClass(ArticleEvent.class,
                Map.of(CommonConfig.SCHEMA_REGISTRY_URL, stack.registryUrl()), false);
        return new KafkaProducer<>(props, new StringSerializer(), serde.serializer());
    }

    /** Closed windows by company, size and start, with the wall-clock fields blanked. */
    private static Map<String, CompanySignal> byWindow(List<CompanySignal> signals) {
        Map<String, CompanySignal> out = new TreeMap<>();
        for (CompanySignal s : signals) {
            if (s.getCompanyId().equals(WindowCloser.WATERMARK_COMPANY) || WARM_UP_COMPANIES.contains(s.getCompanyId())) {
                continue;
            }
            CompanySignal copy = CompanySignal.newBuilder(s).setUpdatedAt(Instant.EPOCH).setLastIngestedAt(Instant.EPOCH).build();
            CompanySignal previous = out.put(s.getCompanyId() + "/" + s.getWindow() + "/" + s.getWindowStart(), copy);
            assertThat(previous).as("one closed value per window").isNull();
        }
        return out;
    }

    /**
     * About 60 articles over five hours of 1 March 2005 naming a few companies, a burst of Microsoft stories, and
     * reposts (the same text under another id, later); written in random order.
     */
    private static Path writeShuffledArchive(Path file) throws IOException {
        String[] companies = {"Microsoft", "Toyota", "Sony", "Nintendo", "Samsung"};
        String[] words = ("market share profit quarter revenue forecast launch product factory plant worker union strike "
                + "chip software console vehicle battery recall lawsuit court regulator merger deal partner supplier cloud "
                + "service price demand export import growth decline investor analyst dividend buyback bond rating outlook "
                + "engineer design patent license retail store online customer europe asia america japan korea china budget").split(" ");
        Random random = new Random(7);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Instant t = START;
        List<Map<String, Object>> originals = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            t = t.plusSeconds(random.nextInt(600) + 1);
            String company = companies[random.nextInt(companies.length)];
            String other = companies[random.nextInt(companies.length)];
            originals.add(article("a" + i, company + " and " + other + " " + words[random.nextInt(words.length)], body(random, words, company, other), t));
        }
        Instant burst = t.plusSeconds(30 * 60);
        for (int i = 0; i < 8; i++) {
            originals.add(article("burst" + i, "Microsoft " + words[i], body(random, words, "Microsoft", "Sony"), burst.plusSeconds(i * 5L)));
        }
        List<Map<String, Object>> all = new ArrayList<>(originals);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> copy = new HashMap<>(originals.get(i * 7));
            copy.put("id", "repost" + i);
            copy.put("published_at", Instant.parse(copy.get("published_at").toString()).plusSeconds(90 + i).toString());
            all.add(copy);
        }
        for (Map<String, Object> a : all) {
            lines.add(json.writeValueAsString(a));
        }
        Collections.shuffle(lines, random);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, Object> article(String id, String title, String body, Instant at) {
        Map<String, Object> a = new HashMap<>();
        a.put("id", id);
        a.put("title", title);
        a.put("body", body);
        a.put("lang", "en");
        a.put("source", "wire-" + (id.hashCode() & 3));
        a.put("published_at", at.toString());
        return a;
    }

    private static String body(Random random, String[] words, String company, String other) {
        StringBuilder b = new StringBuilder(company).append(" said on Tuesday that");
        for (int s = 0; s < 4; s++) {
            for (int w = 0; w < 14; w++) {
                b.append(' ').append(words[random.nextInt(words.length)]);
            }
            b.append(s == 1 ? ", according to " + other + "." : ".");
        }
        return b.toString();
    }
}
