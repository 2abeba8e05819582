package io.newspulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import io.newspulse.avro.Alert;
import io.newspulse.avro.AlertReason;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.CorporateEvent;
import io.newspulse.avro.Mention;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live-store signals ({@code company-signals}, one value per company) against the subtopology they replaced
 * ({@link ReferenceSignals}: three windowed aggregates, recent-articles and baseline stores, the closed-window
 * emitter), fed the same random mention stream: several companies, bursts, co-mentions above the accumulator's
 * eviction cap, events out of order inside and past grace, stream-time jumps, wall-clock advances. Every record on
 * {@code company.signals.final} and {@code company.alerts} must be equal (wall-clock stamps aside), in order, and the
 * dropped-records metric too. The live processor merges the updates of {@code company.signals} and
 * {@code signals.<id>} per flush (a wall-clock punctuation, each advance here): between two advances it must emit,
 * for every (company, window) the reference updated, exactly the reference's last update, and nothing else.
 * <p>
 * The quiet gaps are longer than 200 one-minute windows on purpose: the reference's live scorer then read a
 * company's last window back from a window store whose retention had passed (it found it in the record cache, which
 * on this driver is never evicted); the live store folds it into the baseline at its close instead.
 */
class SignalsDifferentialTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final List<String> COMPANIES = List.of("c0", "c1", "c2", "c3", "c4", "c5");
    /** The commit interval of both drivers: every wall-clock advance of the stream (1 s or more) is one flush. */
    private static final Duration FLUSH = Duration.ofSeconds(1);

    @TempDir
    java.nio.file.Path stateDir;

    @ParameterizedTest(name = "seed {0}, windows {1}, grace {2}")
    @CsvSource({
            "1, PT1M;PT1H;P1D, PT1M, 1500",
            "2, PT1M;PT1H;P1D, PT1M, 1500",
            "3, PT1M;PT1H;P1D, PT1M, 1500",
            "4, PT1M;PT10M, PT3M, 1200",
            "5, PT5M;PT1H, PT0S, 1200"})
    void shouldEmitExactlyWhatTheWindowedAggregatesEmitted(long seed, String windows, String grace, int mentions) {
        List<Duration> sizes = java.util.Arrays.stream(windows.split(";")).map(Duration::parse).toList();
        PipelineSettings settings = PipelineSettings.defaults(TOPICS).withWindows(sizes, Duration.parse(grace));
        List<Step> stream = randomStream(new Random(seed), mentions);

        Outputs reference = run("reference", serdes -> ReferenceSignals.topology(settings, serdes, router(), metrics()), stream);
        Outputs live = run("live", serdes -> {
            StreamsBuilder builder = new StreamsBuilder();
            NewsTopology.signals(builder, settings, serdes, router(), metrics());
            return builder.build();
        }, stream);

        assertThat(reference.signals().stream().mapToInt(List::size).sum()).as("the stream exercises every path").isGreaterThan(mentions);
        assertThat(reference.finals()).isNotEmpty();
        assertThat(reference.alerts()).extracting(r -> r.value().getReason())
                .contains(AlertReason.volume_spike, AlertReason.high_impact_event);
        assertThat(reference.dropped()).as("late past grace").isPositive();

        assertThat(live.signals().stream().mapToInt(List::size).sum()).as("updates merged per flush")
                .isLessThan(reference.signals().stream().mapToInt(List::size).sum());
        assertLatestPerFlush("company.signals", live.signals(), reference.signals());
        assertLatestPerFlush("signals.c0", live.routed(), reference.routed());
        assertSameRecords("company.signals.final", live.finals(), reference.finals());
        assertSameRecords("company.alerts", live.alerts(), reference.alerts());
        assertThat(live.dropped()).as("dropped-records-total").isEqualTo(reference.dropped());
    }

    /**
     * Flush by flush (the records between two wall-clock advances): the live records, one per (company, window), are
     * the reference's last record of each (company, window) it updated in that span (key, value, timestamp).
     */
    private static void assertLatestPerFlush(String topic, List<List<TestRecord<String, CompanySignal>>> actual,
                                             List<List<TestRecord<String, CompanySignal>>> expected) {
        assertThat(actual).as(topic + " flushes").hasSameSizeAs(expected);
        for (int f = 0; f < expected.size(); f++) {
            Map<List<Object>, List<Object>> latest = new java.util.LinkedHashMap<>();
            expected.get(f).forEach(r -> latest.put(window(r), List.of(r.key(), r.value(), r.getRecordTime())));
            Map<List<Object>, List<Object>> emitted = new java.util.LinkedHashMap<>();
            for (TestRecord<String, CompanySignal> r : actual.get(f)) {
                assertThat(emitted.put(window(r), List.of(r.key(), r.value(), r.getRecordTime())))
                        .as("%s flush %d: one update per window, %s emitted twice", topic, f, window(r)).isNull();
            }
            assertThat(emitted.keySet()).as("%s flush %d: the windows updated", topic, f).containsExactlyInAnyOrderElementsOf(latest.keySet());
            for (Map.Entry<List<Object>, List<Object>> e : latest.entrySet()) {
                assertThat(emitted.get(e.getKey())).as("%s flush %d: the last update of %s", topic, f, e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    private static List<Object> window(TestRecord<String, CompanySignal> r) {
        return List.of(r.key(), r.value().getWindow(), r.value().getWindowStart());
    }

    /** Equal record for record (key, value, timestamp), reporting the first difference rather than both whole lists. */
    private static <V> void assertSameRecords(String topic, List<TestRecord<String, V>> actual, List<TestRecord<String, V>> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            TestRecord<String, V> a = actual.get(i);
            TestRecord<String, V> e = expected.get(i);
            assertThat(List.of(a.key(), a.value(), a.getRecordTime()))
                    .as("%s record %d of %d (reference has %d)", topic, i, actual.size(), expected.size())
                    .isEqualTo(List.of(e.key(), e.value(), e.getRecordTime()));
        }
        assertThat(actual).as(topic + " records").hasSameSizeAs(expected);
    }

    /** One input: a mention to pipe, or a wall-clock advance. */
    private record Step(Mention mention, Duration wallClock) {
    }

    /** The update topics' records flush by flush (between two wall-clock advances); the other topics' whole. */
    private record Outputs(List<List<TestRecord<String, CompanySignal>>> signals, List<List<TestRecord<String, CompanySignal>>> routed,
                           List<TestRecord<String, CompanySignal>> finals, List<TestRecord<String, Alert>> alerts, double dropped) {
    }

    private static CompanyTopicRouter router() {
        return CompanyTopicRouter.of(List.of("c0"));
    }

    private static PipelineMetrics metrics() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    private Outputs run(String name, Function<EventSerdes, Topology> topology, List<Step> stream) {
        String scope = "differential-" + name + "-" + UUID.randomUUID();
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "differential-" + name);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, FLUSH.toMillis()); // the live processor flushes at each advance
        try (TopologyTestDriver driver = new TopologyTestDriver(topology.apply(serdes), props, T0)) {
            TestInputTopic<String, Mention> in = driver.createInputTopic(TOPICS.mentions(), new StringSerializer(), serdes.mentions().serializer());
            var signals = driver.createOutputTopic(TOPICS.signals(), new StringDeserializer(), serdes.signals().deserializer());
            var routed = driver.createOutputTopic(TOPICS.companySignals("c0"), new StringDeserializer(), serdes.signals().deserializer());
            List<List<TestRecord<String, CompanySignal>>> signalFlushes = new ArrayList<>();
            List<List<TestRecord<String, CompanySignal>>> routedFlushes = new ArrayList<>();
            List<Step> all = new ArrayList<>(stream);
            all.add(new Step(null, FLUSH)); // the last flush
            for (Step step : all) {
                if (step.mention() != null) {
                    in.pipeInput(step.mention().getCompanyId(), step.mention());
                } else {
                    driver.advanceWallClockTime(step.wallClock());
                    signalFlushes.add(withoutWallClock(signals.readRecordsToList()));
                    routedFlushes.add(withoutWallClock(routed.readRecordsToList()));
                }
            }
            var finals = driver.createOutputTopic(TOPICS.signalsFinal(), new StringDeserializer(), serdes.signals().deserializer());
            var alerts = driver.createOutputTopic(TOPICS.alerts(), new StringDeserializer(), serdes.alerts().deserializer());
            return new Outputs(signalFlushes, routedFlushes,
                    withoutWallClock(finals.readRecordsToList()), alertsWithoutWallClock(alerts.readRecordsToList()), dropped(driver));
        } finally {
            MockSchemaRegistry.dropScope(scope);
        }
    }

    private static double dropped(TopologyTestDriver driver) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : driver.metrics().entrySet()) {
            if (e.getKey().name().equals("dropped-records-total") && e.getKey().group().equals("stream-task-metrics")) {
                total += ((Number) e.getValue().metricValue()).doubleValue();
            }
        }
        return total;
    }

    /** {@code updated_at} is the wall clock at emission: the one field two runs cannot share. */
    private static List<TestRecord<String, CompanySignal>> withoutWallClock(List<TestRecord<String, CompanySignal>> records) {
        records.forEach(r -> r.value().setUpdatedAt(Instant.EPOCH));
        return records;
    }

    private static List<TestRecord<String, Alert>> alertsWithoutWallClock(List<TestRecord<String, Alert>> records) {
        records.forEach(r -> r.value().setRaisedAt(Instant.EPOCH));
        return records;
    }

    /**
     * Mentions on an event-time clock that mostly moves forward a few seconds, with quiet gaps up to a day, bursts of
     * one company, and mentions late by up to grace and well past it (for one window size or several).
     */
    private static List<Step> randomStream(Random random, int count) {
        List<Step> steps = new ArrayList<>();
        long clock = T0.toEpochMilli();
        for (int i = 0; i < count; i++) {
            double p = random.nextDouble();
            if (p < 0.015) {
                clock += Duration.ofMinutes(60 + random.nextInt(600)).toMillis(); // quiet for up to 11 hours: longer than 200 windows of 1m
            } else if (p < 0.05) {
                clock += Duration.ofMinutes(5 + random.nextInt(40)).toMillis();
            } else {
                clock += random.nextInt(25_000);
            }
            if (random.nextDouble() < 0.05) {
                steps.add(new Step(null, Duration.ofSeconds(1 + random.nextInt(120))));
            }
            long at = clock;
            double late = random.nextDouble();
            if (late < 0.08) {
                at -= random.nextInt(90_000); // around a one-minute grace
            } else if (late < 0.12) {
                at -= random.nextInt((int) Duration.ofHours(3).toMillis()); // past grace for small windows, inside larger ones
            } else if (late < 0.13) {
                at -= Duration.ofHours(30).toMillis(); // past every window
            }
            boolean burst = random.nextDouble() < 0.03;
            String company = COMPANIES.get(random.nextInt(burst ? 1 : COMPANIES.size()));
            int repeat = burst ? 8 + random.nextInt(15) : 1;
            for (int r = 0; r < repeat; r++) {
                steps.add(new Step(mention(random, "m" + i + "-" + r, company, at + r * 500L), null));
            }
        }
        return steps;
    }

    private static Mention mention(Random random, String article, String company, long at) {
        Instant published = Instant.ofEpochMilli(at);
        List<String> co = new ArrayList<>();
        for (int c = random.nextInt(4); c > 0; c--) {
            co.add("co-" + random.nextInt(150));
        }
        List<CorporateEvent> events = random.nextDouble() < 0.02 ? List.of(CorporateEvent.bankruptcy)
                : random.nextDouble() < 0.2 ? List.of(CorporateEvent.earnings, CorporateEvent.earnings) : List.of();
        boolean novel = random.nextDouble() < 0.8;
        double sentiment = Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0;
        return Mention.newBuilder()
                .setArticleId(article).setCompanyId(company)
                .setCompanyName(random.nextDouble() < 0.05 ? company.toUpperCase(java.util.Locale.ROOT) : company)
                .setCount(1 + random.nextInt(3)).setRelevance(random.nextDouble()).setNovel(novel).setDuplicateOf(novel ? null : "orig")
                .setSentiment(sentiment).setEvents(events).setArticleTone(sentiment)
                .setCoMentions(co)
                .setSource("src-" + random.nextInt(20)).setPublishedAt(published)
                .setIngestedAt(published.plusMillis(random.nextInt(5_000)))
                .build();
    }
}
