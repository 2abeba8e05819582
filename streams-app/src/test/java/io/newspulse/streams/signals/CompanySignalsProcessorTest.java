package io.newspulse.streams.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.Mention;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanySignalsProcessorTest {
    private static final Duration SIZE = Duration.ofMinutes(1);
    private static final Duration GRACE = Duration.ofMinutes(1);
    private static final String LIVE = "company-live-store";
    private static final String WINDOWS = "signals-1m-store";
    private static final String CLOSED_BASELINE = "spike-baseline-closed-1m-store";
    private static final long T0 = Instant.parse("2026-12-05T10:00:00Z").toEpochMilli();

    private MockProcessorContext<String, SignalOutput> context;
    private KeyValueStore<String, CompanyLive> live;
    private TimestampedWindowStore<String, SignalAccumulator> windows;

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        live = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(LIVE), Serdes.String(), CompanyLiveCodec.SERDE)
                .withLoggingDisabled().build();
        windows = Stores.timestampedWindowStoreBuilder(Stores.inMemoryWindowStore(WINDOWS, Duration.ofHours(4), SIZE, false),
                Serdes.String(), SignalCodecs.ACCUMULATOR).withLoggingDisabled().withCachingDisabled().build();
        KeyValueStore<String, SpikeBaseline> baselines = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(CLOSED_BASELINE),
                Serdes.String(), SignalCodecs.BASELINE).withLoggingDisabled().build();
        for (var store : List.of(live, windows, baselines)) {
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        context.setCurrentStreamTimeMs(-1); // a new task: no stream time yet
    }

    @Test
    void shouldCloseAWindowOnceWhenStreamTimeReachesItsEndPlusGraceAndMoveItToTheWindowStore() {
        CompanySignalsProcessor processor = processor();
        processor.init(context);
        mention(processor, "acme", T0 + 10_000);
        mention(processor, "acme", T0 + 20_000);
        mention(processor, "other", T0 + 2 * 60_000 - 1); // window end + grace - 1 ms: still open
        assertThat(closed()).isEmpty();
        flush();
        assertThat(updates()).extracting(CompanySignal::getCompanyId, CompanySignal::getArticleCount)
                .containsExactly(tuple("acme", 2L), tuple("other", 1L));
        assertThat(windows.fetch("acme", T0)).as("open windows live in the live store only").isNull();

        context.resetForwards();
        mention(processor, "other", T0 + 2 * 60_000);
        assertThat(closed()).singleElement().satisfies(s -> {
            assertThat(s.getCompanyId()).isEqualTo("acme");
            assertThat(s.getWindowStart()).isEqualTo(Instant.ofEpochMilli(T0));
            assertThat(s.getArticleCount()).isEqualTo(2);
            assertThat(s.getClosed()).isTrue();
        });
        assertThat(windows.fetch("acme", T0).value().articleCount).isEqualTo(2);
        assertThat(windows.fetch("acme", T0).timestamp()).isEqualTo(T0 + 20_000);
        assertThat(live.get("acme").openWindows(SIZE.toMillis())).isEmpty();
        assertThat(live.get("acme").recent().items()).hasSize(2);
    }

    @Test
    void shouldLeaveAMentionPastGraceOutOfItsClosedWindowWithoutAnnouncingItAgain() {
        CompanySignalsProcessor processor = processor();
        processor.init(context);
        mention(processor, "acme", T0 + 10_000);
        mention(processor, "acme", T0 + 5 * 60_000);
        context.resetForwards();

        mention(processor, "acme", T0 + 30_000); // window 10:00 closed at 10:02
        assertThat(context.forwarded()).isEmpty();
        assertThat(windows.fetch("acme", T0).value().articleCount).isEqualTo(1);
        assertThat(live.get("acme").recent().items()).as("still a recent article").hasSize(3);

        mention(processor, "acme", T0 + 20 * 60_000);
        assertThat(closed()).extracting(s -> s.getWindowStart().toEpochMilli()).containsExactly(T0 + 5 * 60_000);
    }

    @Test
    void shouldRebuildTheOpenWindowsFromTheLiveStoreAfterARestartWithoutEmittingClosedOnesAgain() {
        CompanySignalsProcessor before = processor();
        before.init(context);
        mention(before, "acme", T0 + 1_000);
        mention(before, "beta", T0 + 2 * 60_000 + 5_000); // closes acme's 10:00; beta's 10:02 open until 10:04
        assertThat(closed()).extracting(CompanySignal::getCompanyId).containsExactly("acme");
        context.resetForwards();

        CompanySignalsProcessor after = processor(); // the task restarts: stream time restored from the committed offsets
        after.init(context);
        assertThat(after.openWindows()).isEqualTo(1);

        mention(after, "gamma", T0 + 30 * 60_000);
        assertThat(closed()).extracting(CompanySignal::getCompanyId, CompanySignal::getArticleCount)
                .containsExactly(tuple("beta", 1L));
    }

    @Test
    void shouldForwardOnlyTheLatestUpdateOfEachWindowAtEachFlushWithItsScoresAndComputedAt() {
        CompanySignalsProcessor processor = processor();
        processor.init(context);
        mention(processor, "acme", T0 + 10_000);
        mention(processor, "beta", T0 + 15_000);
        mention(processor, "acme", T0 + 12_000); // older than stream time: computed at 10:00:15
        assertThat(updates()).as("nothing before the flush").isEmpty();

        flush();

        assertThat(updates()).extracting(CompanySignal::getCompanyId, CompanySignal::getArticleCount, s -> s.getComputedAt().toEpochMilli())
                .containsExactly(tuple("acme", 2L, T0 + 15_000), tuple("beta", 1L, T0 + 15_000));
        assertThat(live.get("acme").window(SIZE.toMillis(), T0).pending()).as("marks cleared in the store").isNull();
        context.resetForwards();
        flush();
        assertThat(updates()).as("nothing new: nothing to flush").isEmpty();

        mention(processor, "beta", T0 + 20_000);
        flush();
        assertThat(updates()).extracting(CompanySignal::getCompanyId, CompanySignal::getArticleCount).containsExactly(tuple("beta", 2L));
    }

    @Test
    void shouldForwardAWindowsLastUpdateBeforeItClosesWhenNoFlushCameInBetween() {
        CompanySignalsProcessor processor = processor();
        processor.init(context);
        mention(processor, "acme", T0 + 10_000);
        mention(processor, "acme", T0 + 20_000);

        mention(processor, "other", T0 + 2 * 60_000); // closes acme's 10:00 before any flush

        assertThat(context.forwarded()).extracting(f -> f.record().value().getClass().getSimpleName())
                .containsExactly("Update", "Closed");
        assertThat(updates()).extracting(CompanySignal::getCompanyId, CompanySignal::getArticleCount, CompanySignal::getClosed)
                .containsExactly(tuple("acme", 2L, false));
        context.resetForwards();
        flush();
        assertThat(updates()).extracting(CompanySignal::getCompanyId).containsExactly("other");
    }

    @Test
    void shouldEmitAfterARestartTheUpdatesItHadNotFlushed() {
        CompanySignalsProcessor before = processor();
        before.init(context);
        mention(before, "acme", T0 + 1_000);
        mention(before, "beta", T0 + 2_000);
        flush();
        mention(before, "acme", T0 + 3_000); // not flushed when the task stops (an aborted transaction keeps the mark)
        context.resetForwards();

        CompanySignalsProcessor after = processor(); // the task restarts on the restored store
        context.resetForwards();
        after.init(context);
        flush();

        assertThat(updates()).extracting(CompanySignal::getCompanyId, CompanySignal::getArticleCount).containsExactly(tuple("acme", 2L));
    }

    @Test
    void shouldRaiseAnAlertAsTheMentionArrivesAndFlushItsUpdateLater() {
        CompanySignalsProcessor processor = processor();
        processor.init(context);
        for (int minute = 0; minute < 6; minute++) {
            mention(processor, "acme", T0 + minute * 60_000L + 1_000); // one article a minute: the baseline
        }
        flush();
        context.resetForwards();
        for (int i = 0; i < 8; i++) {
            mention(processor, "acme", T0 + 6 * 60_000L + 2_000 + i);
        }

        List<SignalOutput> forwarded = context.forwarded().stream().<SignalOutput>map(f -> f.record().value()).toList();
        assertThat(forwarded).filteredOn(o -> o instanceof SignalOutput.Alerts).singleElement()
                .satisfies(o -> assertThat(((SignalOutput.Alerts) o).alerts()).isNotEmpty());
        assertThat(updates()).isEmpty();
        flush();
        assertThat(updates()).singleElement().satisfies(s -> {
            assertThat(s.getArticleCount()).isEqualTo(8);
            assertThat(s.getSpikeScore()).isGreaterThanOrEqualTo(3.0);
        });
    }

    @Test
    void shouldFlushAtTheCommitInterval() {
        processor().init(context);

        assertThat(context.scheduledPunctuators()).singleElement().satisfies(p -> {
            assertThat(p.getInterval()).isEqualTo(Duration.ofSeconds(30)); // the mock's commit.interval.ms: Kafka's default without exactly-once
            assertThat(p.getType()).isEqualTo(org.apache.kafka.streams.processor.PunctuationType.WALL_CLOCK_TIME);
        });
        assertThat(CompanySignalsProcessor.flushIntervalMs(java.util.Map.of("commit.interval.ms", "100"))).isEqualTo(100);
    }

    private void flush() {
        context.scheduledPunctuators().get(context.scheduledPunctuators().size() - 1).getPunctuator().punctuate(T0);
    }

    private CompanySignalsProcessor processor() {
        return new CompanySignalsProcessor(LIVE, List.of(new CompanySignalsProcessor.WindowSize(TimeWindows.ofSizeAndGrace(SIZE, GRACE),
                new SignalFactory("1m", SIZE.toMillis(), 5), WINDOWS, CLOSED_BASELINE)), new SpikeRules(0.3, 3, 3, 3.0, 3.0));
    }

    private void mention(CompanySignalsProcessor processor, String company, long at) {
        context.setCurrentStreamTimeMs(Math.max(context.currentStreamTimeMs(), at));
        processor.process(new Record<>(company, mentionOf(company, at), at));
    }

    private List<CompanySignal> updates() {
        return context.forwarded().stream().map(f -> f.record().value())
                .filter(o -> o instanceof SignalOutput.Update).map(o -> ((SignalOutput.Update) o).signal()).toList();
    }

    private List<CompanySignal> closed() {
        return context.forwarded().stream().map(f -> f.record().value())
                .filter(o -> o instanceof SignalOutput.Closed).map(o -> ((SignalOutput.Closed) o).signal()).toList();
    }

    private static Mention mentionOf(String company, long at) {
        Instant t = Instant.ofEpochMilli(at);
        return Mention.newBuilder()
                .setArticleId(company + "-" + at).setCompanyId(company).setCompanyName(company)
                .setCount(1).setRelevance(1.0).setNovel(true).setDuplicateOf(null)
                .setSentiment(0.0).setEvents(List.of()).setArticleTone(0.0)
                .setSource("test").setPublishedAt(t).setIngestedAt(t)
                .build();
    }
}
