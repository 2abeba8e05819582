package io.newspulse.streams.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.newspulse.avro.Alert;
import io.newspulse.avro.AlertReason;
import io.newspulse.avro.CompanySignal;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.streams.serde.EventSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SpikeScorer#score} alone, in its processor form ({@link SpikeScorerProcessor}) on a TopologyTestDriver slice: signal updates scored (and the baseline updated) and
 * final signals scored against the same baseline store (read only).
 */
class SpikeScorerTest {
    private static final String STORE = "spike-baseline-1m-store";
    private static final String WINDOWS = "signals-1m-store";
    private static final long MINUTE = 60_000L;
    private static final long T0 = Instant.parse("2026-11-25T10:00:00Z").toEpochMilli();
    /** alpha 0.3, 3 windows of history, 3 articles, volume threshold 3, sentiment threshold 3. */
    private static final SpikeRules RULES = new SpikeRules(0.3, 3, 3, 3.0, 3.0);

    @TempDir
    java.nio.file.Path stateDir;
    private String scope;
    private TopologyTestDriver driver;
    private TestInputTopic<String, CompanySignal> updates;
    private TestInputTopic<String, CompanySignal> finals;
    private final List<ScoredSignal> scoredUpdates = new ArrayList<>();
    private final List<ScoredSignal> scoredFinals = new ArrayList<>();

    @BeforeEach
    void start() {
        scope = "spike-scorer-" + UUID.randomUUID();
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), SignalCodecs.BASELINE));
        builder.addStateStore(Stores.timestampedWindowStoreBuilder(Stores.inMemoryWindowStore(WINDOWS,
                java.time.Duration.ofHours(4), java.time.Duration.ofMinutes(1), false), Serdes.String(), SignalCodecs.ACCUMULATOR));
        builder.stream("updates", Consumed.with(Serdes.String(), serdes.signals()))
                .processValues(() -> SpikeScorerProcessor.live(STORE, WINDOWS, RULES), STORE, WINDOWS)
                .foreach((company, scored) -> scoredUpdates.add(scored));
        builder.stream("finals", Consumed.with(Serdes.String(), serdes.signals()))
                .processValues(() -> new SpikeScorerProcessor(STORE, RULES, false), STORE)
                .foreach((company, scored) -> scoredFinals.add(scored));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "spike-scorer-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        updates = driver.createInputTopic("updates", new StringSerializer(), serdes.signals().serializer());
        finals = driver.createInputTopic("finals", new StringSerializer(), serdes.signals().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }

    /** A 1-minute signal of company "sony" for window {@code window} (minutes after T0). */
    private static CompanySignal signal(int window, long articles, double sentiment) {
        long start = T0 + window * MINUTE;
        return CompanySignal.newBuilder()
                .setCompanyId("sony").setCompanyName("Sony Group").setWindow("1m").setWindowSizeMs(MINUTE)
                .setWindowStart(Instant.ofEpochMilli(start)).setWindowEnd(Instant.ofEpochMilli(start + MINUTE))
                .setMentionCount(articles).setArticleCount(articles).setNovelArticles(articles).setRepeatedArticles(0)
                .setDistinctSources(1).setRelevanceWeightedVolume(articles).setUpdatedAt(Instant.ofEpochMilli(start))
                .setSentiment(sentiment)
                .build();
    }

    /** An update of window {@code window}, after the aggregate has stored its new value (as in the topology). */
    private ScoredSignal update(int window, long articles, double sentiment) {
        SignalAccumulator acc = new SignalAccumulator();
        acc.articleCount = articles;
        acc.novelArticles = articles;
        acc.sentimentWeight = articles;
        acc.sentimentWeightedSum = sentiment * articles;
        org.apache.kafka.streams.state.WindowStore<String, org.apache.kafka.streams.state.ValueAndTimestamp<SignalAccumulator>> store =
                driver.getTimestampedWindowStore(WINDOWS);
        long start = T0 + window * MINUTE;
        store.put("sony", org.apache.kafka.streams.state.ValueAndTimestamp.make(acc, start), start);
        updates.pipeInput("sony", signal(window, articles, sentiment));
        return scoredUpdates.get(scoredUpdates.size() - 1);
    }

    private void steadyHistory(int windows, long articles, double sentiment) {
        for (int w = 0; w < windows; w++) {
            assertThat(update(w, articles, sentiment).alerts()).isEmpty();
        }
    }

    @Test
    void shouldRaiseAVolumeAlertWhenAWindowFarExceedsTheCompanysBaseline() {
        steadyHistory(4, 3, 0.2);
        ScoredSignal spike = update(4, 20, 0.2);
        assertThat(spike.signal().getSpikeScore()).isGreaterThan(RULES.threshold());
        assertThat(spike.alerts()).singleElement().satisfies(a -> {
            assertThat(a.getReason()).isEqualTo(AlertReason.volume_spike);
            assertThat(a.getCompanyId()).isEqualTo("sony");
            assertThat(a.getArticleCount()).isEqualTo(20);
            assertThat(a.getBaselineMean()).isEqualTo(3.0);
        });
    }

    @Test
    void shouldFoldTheOpenWindowsLatestCountFromTheWindowStoreWithoutWritingEveryUpdate() {
        steadyHistory(4, 3, 0.2);
        update(4, 1, 0.2);
        update(4, 2, 0.2);
        update(4, 3, 0.2);
        SpikeBaseline stored = driver.<String, SpikeBaseline>getKeyValueStore(STORE).get("sony");
        assertThat(stored.currentWindowStart()).isEqualTo(T0 + 4 * MINUTE);
        assertThat(stored.currentCount()).as("written when window 4 opened, not on its later updates").isEqualTo(1);

        update(5, 3, 0.2);
        SpikeBaseline rolled = driver.<String, SpikeBaseline>getKeyValueStore(STORE).get("sony");
        assertThat(rolled.windows()).isEqualTo(5);
        assertThat(rolled.mean()).as("window 4 folded in with its 3 articles, as the window store holds it").isEqualTo(3.0);
    }

    @Test
    void shouldAlertOnlyOncePerWindowAsItKeepsGrowing() {
        steadyHistory(4, 3, 0.2);
        assertThat(update(4, 20, 0.2).alerts()).hasSize(1);
        assertThat(update(4, 25, 0.2).alerts()).isEmpty();
    }

    @Test
    void shouldStayQuietWithoutEnoughHistory() {
        assertThat(update(0, 1, 0.2).signal().getSpikeScore()).isZero();
        ScoredSignal burst = update(1, 50, -0.9);
        assertThat(burst.signal().getSpikeScore()).as("one window of history").isZero();
        assertThat(burst.signal().getSentimentShockScore()).isZero();
        assertThat(burst.alerts()).isEmpty();
    }

    @Test
    void shouldStayQuietForAWindowWithFewerArticlesThanTheMinimum() {
        steadyHistory(4, 2, 0.3);
        ScoredSignal small = update(4, 2, -0.8);
        assertThat(small.signal().getSentimentShockScore()).isLessThan(-RULES.sentimentThreshold());
        assertThat(small.alerts()).isEmpty();
    }

    @Test
    void shouldRaiseASentimentShockWhenTheNewsTurnsSharplyNegative() {
        steadyHistory(4, 3, 0.3);
        ScoredSignal shock = update(4, 3, -0.8);
        assertThat(shock.signal().getSentimentShockScore()).isLessThan(-RULES.sentimentThreshold());
        assertThat(shock.alerts()).singleElement().satisfies(a -> {
            assertThat(a.getReason()).isEqualTo(AlertReason.sentiment_shock);
            assertThat(a.getSentiment()).isEqualTo(-0.8);
            assertThat(a.getMessage()).contains("below");
        });
    }

    @Test
    void shouldRaiseASentimentShockWhenTheNewsTurnsSharplyPositive() {
        steadyHistory(4, 3, -0.3);
        ScoredSignal shock = update(4, 3, 0.8);
        assertThat(shock.signal().getSentimentShockScore()).isGreaterThan(RULES.sentimentThreshold());
        assertThat(shock.alerts()).extracting(Alert::getReason).containsExactly(AlertReason.sentiment_shock);
    }

    @Test
    void shouldIgnoreTheSentimentOfAWindowWithoutNovelArticles() {
        steadyHistory(4, 3, 0.3);
        CompanySignal quiet = signal(4, 3, -0.9);
        quiet.setNovelArticles(0);
        updates.pipeInput("sony", quiet);
        ScoredSignal scored = scoredUpdates.get(scoredUpdates.size() - 1);
        assertThat(scored.signal().getSentimentShockScore()).isZero();
        assertThat(scored.alerts()).isEmpty();
    }

    @Test
    void shouldScoreFinalSignalsAgainstTheBaselineWithoutAlertingOrChangingIt() {
        steadyHistory(4, 3, 0.2);
        finals.pipeInput("sony", signal(4, 20, 0.2));
        ScoredSignal closed = scoredFinals.get(0);
        assertThat(closed.signal().getSpikeScore()).isGreaterThan(RULES.threshold());
        assertThat(closed.alerts()).isEmpty();
        assertThat(update(4, 20, 0.2).alerts()).as("the update still alerts: the final did not mark the window")
                .extracting(Alert::getReason).containsExactly(AlertReason.volume_spike);
    }
}
