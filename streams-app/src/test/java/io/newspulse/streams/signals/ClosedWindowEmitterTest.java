package io.newspulse.streams.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.Mention;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClosedWindowEmitterTest {
    private static final Duration SIZE = Duration.ofMinutes(1);
    private static final Duration GRACE = Duration.ofMinutes(1);
    private static final String STORE = "signals-1m-store";
    private static final long T0 = Instant.parse("2026-12-05T10:00:00Z").toEpochMilli();

    private MockProcessorContext<String, CompanySignal> context;
    private TimestampedWindowStore<String, SignalAccumulator> store;

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        store = Stores.timestampedWindowStoreBuilder(
                        Stores.inMemoryWindowStore(STORE, Duration.ofHours(4), SIZE, false), Serdes.String(), SignalCodecs.ACCUMULATOR)
                .withLoggingDisabled().withCachingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        context.setCurrentStreamTimeMs(-1); // a new task: no stream time yet
    }

    @Test
    void shouldEmitAWindowOnceWhenStreamTimeReachesItsEndPlusGrace() {
        ClosedWindowEmitter emitter = emitter();
        emitter.init(context);
        mention(emitter, "acme", T0 + 10_000);
        mention(emitter, "acme", T0 + 20_000);
        mention(emitter, "other", T0 + 2 * 60_000 - 1); // window end + grace - 1 ms: still open
        assertThat(context.forwarded()).isEmpty();

        mention(emitter, "other", T0 + 2 * 60_000);
        assertThat(signals()).singleElement().satisfies(s -> {
            assertThat(s.getCompanyId()).isEqualTo("acme");
            assertThat(s.getWindowStart()).isEqualTo(Instant.ofEpochMilli(T0));
            assertThat(s.getArticleCount()).isEqualTo(2);
            assertThat(s.getClosed()).isTrue();
        });

        context.resetForwards();
        mention(emitter, "other", T0 + 10 * 60_000);
        assertThat(signals()).extracting(CompanySignal::getCompanyId, s -> s.getWindowStart().toEpochMilli())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("other", T0 + 60_000),
                        org.assertj.core.groups.Tuple.tuple("other", T0 + 2 * 60_000));
    }

    @Test
    void shouldNotReopenAWindowForAMentionPastItsGrace() {
        ClosedWindowEmitter emitter = emitter();
        emitter.init(context);
        mention(emitter, "acme", T0 + 10_000);
        mention(emitter, "acme", T0 + 5 * 60_000);
        context.resetForwards();

        // the aggregate drops it (window 10:00 closed at 10:02): it must not be announced a second time
        mention(emitter, "acme", T0 + 30_000);
        mention(emitter, "acme", T0 + 20 * 60_000);
        assertThat(signals()).extracting(s -> s.getWindowStart().toEpochMilli()).containsExactly(T0 + 5 * 60_000);
    }

    @Test
    void shouldRebuildTheOpenWindowsFromTheStoreAfterARestartWithoutEmittingClosedOnesAgain() {
        put("acme", T0, 3);                // closed at 10:02
        put("beta", T0 + 2 * 60_000, 1);   // window 10:02, open until 10:04
        context.setCurrentStreamTimeMs(T0 + 2 * 60_000 + 5_000); // restored from the committed offsets

        ClosedWindowEmitter emitter = emitter();
        emitter.init(context);
        assertThat(emitter.openWindows()).isEqualTo(1);

        mention(emitter, "gamma", T0 + 30 * 60_000);
        assertThat(signals()).extracting(CompanySignal::getCompanyId, CompanySignal::getArticleCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("beta", 1L));
    }

    private ClosedWindowEmitter emitter() {
        return new ClosedWindowEmitter(STORE, org.apache.kafka.streams.kstream.TimeWindows.ofSizeAndGrace(SIZE, GRACE),
                new SignalFactory("1m", SIZE.toMillis(), 5));
    }

    /** What the aggregate does with a mention, then the emitter (the same order as in the topology). */
    private void mention(ClosedWindowEmitter emitter, String company, long at) {
        long start = at - Math.floorMod(at, SIZE.toMillis());
        long observed = Math.max(context.currentStreamTimeMs(), at);
        if (start + SIZE.toMillis() + GRACE.toMillis() > observed) {
            ValueAndTimestamp<SignalAccumulator> old = store.fetch(company, start);
            SignalAccumulator acc = old == null ? new SignalAccumulator() : old.value();
            store.put(company, ValueAndTimestamp.make(acc.add(mentionOf(company, at)), at), start);
        }
        context.setCurrentStreamTimeMs(observed);
        emitter.process(new Record<>(company, mentionOf(company, at), at));
    }

    private void put(String company, long start, int articles) {
        SignalAccumulator acc = new SignalAccumulator();
        for (int i = 0; i < articles; i++) {
            acc.add(mentionOf(company, start + i));
        }
        store.put(company, ValueAndTimestamp.make(acc, start + articles - 1), start);
    }

    private List<CompanySignal> signals() {
        return context.forwarded().stream().map(f -> (CompanySignal) f.record().value()).toList();
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
