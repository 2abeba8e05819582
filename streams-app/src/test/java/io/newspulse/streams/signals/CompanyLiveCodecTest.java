package io.newspulse.streams.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newspulse.avro.CorporateEvent;
import io.newspulse.avro.Mention;
import io.newspulse.streams.recent.RecentList;
import io.newspulse.streams.recent.RecentMention;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class CompanyLiveCodecTest {
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final long T0 = Instant.parse("2026-12-05T10:00:00Z").toEpochMilli();

    private static CompanyLive roundTrip(CompanyLive live) {
        return CompanyLiveCodec.SERDE.deserializer().deserialize("t", bytes(live));
    }

    private static byte[] bytes(CompanyLive live) {
        return CompanyLiveCodec.SERDE.serializer().serialize("t", live);
    }

    @Test
    void shouldRoundTripTheRecentListOpenWindowsAndBaselinesOfEverySize() {
        CompanyLive live = new CompanyLive();
        live.remember(recent("a1", 0.4));
        live.remember(recent("a2", -0.3));
        live.add(MINUTE, T0, T0 + 5, mention("a1", T0 + 5, List.of("beta", "gamma"), CorporateEvent.earnings));
        live.add(MINUTE, T0 + MINUTE, T0 + MINUTE + 1, mention("a2", T0 + MINUTE + 1, List.of(), CorporateEvent.recall_safety));
        live.add(HOUR, T0, T0 + MINUTE + 1, mention("a2", T0 + MINUTE + 1, List.of(), CorporateEvent.recall_safety));
        live.add(HOUR, T0, T0 + 5, mention("a1", T0 + 5, List.of("beta"))); // older record: the window keeps the newest timestamp
        SpikeBaseline baseline = SpikeBaseline.empty().observe(T0, 3, MINUTE, 0.3).observe(T0 + MINUTE, 2, MINUTE, 0.3)
                .observeSentiment(T0 + MINUTE, 0.25, true).alerted(T0);
        live.baseline(MINUTE, baseline);

        CompanyLive back = roundTrip(live);

        assertThat(back.recent()).usingRecursiveComparison().isEqualTo(live.recent());
        assertThat(back.windowSizes()).containsExactly(MINUTE, HOUR);
        assertThat(back.baseline(MINUTE)).isEqualTo(baseline);
        assertThat(back.baseline(HOUR)).isEqualTo(SpikeBaseline.empty());
        assertThat(back.openWindows(MINUTE).keySet()).containsExactly(T0, T0 + MINUTE);
        assertThat(back.window(HOUR, T0).timestamp()).isEqualTo(T0 + MINUTE + 1);
        assertThat(back.window(HOUR, T0).accumulator()).usingRecursiveComparison().isEqualTo(live.window(HOUR, T0).accumulator());
        assertThat(back.window(MINUTE, T0).accumulator().coMentions).containsEntry("beta", 1L).containsEntry("gamma", 1L);
        assertThat(back.window(HOUR, T0).accumulator().eventCounts).containsEntry(CorporateEvent.recall_safety, 1L);
        assertThat(bytes(back)).isEqualTo(bytes(live));
    }

    @Test
    void shouldDropAClosedWindowFromTheValue() {
        CompanyLive live = new CompanyLive();
        live.add(MINUTE, T0, T0, mention("a1", T0, List.of("beta")));
        live.add(MINUTE, T0 + MINUTE, T0 + MINUTE, mention("a2", T0 + MINUTE, List.of()));
        int before = bytes(live).length;

        CompanyLive.OpenWindow closed = live.close(MINUTE, T0);

        assertThat(closed.accumulator().articleCount).isEqualTo(1);
        assertThat(live.close(MINUTE, T0)).isNull();
        CompanyLive back = roundTrip(live);
        assertThat(back.openWindows(MINUTE).keySet()).containsExactly(T0 + MINUTE);
        assertThat(bytes(back).length).isLessThan(before);

        live.close(MINUTE, T0 + MINUTE);
        assertThat(roundTrip(live).windowSizes()).as("a size with no window and no baseline leaves the value").isEmpty();
    }

    @Test
    void shouldStayBoundedLikeTheStoresItReplaces() {
        CompanyLive live = new CompanyLive();
        for (int i = 0; i < RecentList.MAX + 15; i++) {
            live.remember(recent("r" + i, 0.0));
        }
        for (int i = 0; i < 3 * SignalAccumulator.MAX_CO_MENTIONS; i++) {
            live.add(HOUR, T0, T0 + i, mention("m" + i, T0 + i, List.of("co-" + i, "co-" + (i + 1))));
        }

        CompanyLive back = roundTrip(live);

        assertThat(back.recent().items()).hasSize(RecentList.MAX);
        assertThat(back.recent().items().get(0).articleId()).isEqualTo("r" + (RecentList.MAX + 14));
        assertThat(back.window(HOUR, T0).accumulator().coMentions).hasSize(SignalAccumulator.MAX_CO_MENTIONS);
        assertThat(back.window(HOUR, T0).accumulator().articleCount).isEqualTo(3L * SignalAccumulator.MAX_CO_MENTIONS);
    }

    @Test
    void shouldKeepTheNotYetEmittedMarkOfEachOpenWindow() {
        CompanyLive live = new CompanyLive();
        live.add(MINUTE, T0, T0, mention("a1", T0, List.of()));
        live.add(MINUTE, T0 + MINUTE, T0 + MINUTE, mention("a2", T0 + MINUTE, List.of()));
        live.window(MINUTE, T0 + MINUTE).pending(new CompanyLive.Pending(2.5, -1.25, T0 + MINUTE + 7));

        CompanyLive back = roundTrip(live);

        assertThat(back.window(MINUTE, T0).pending()).isNull();
        assertThat(back.window(MINUTE, T0 + MINUTE).pending()).isEqualTo(new CompanyLive.Pending(2.5, -1.25, T0 + MINUTE + 7));
        assertThat(bytes(back)).isEqualTo(bytes(live));
    }

    @Test
    void shouldReadAVersionOneValueAsHavingEmittedEveryUpdate() {
        CompanyLive live = new CompanyLive();
        live.add(MINUTE, T0, T0 + 5, mention("a1", T0 + 5, List.of("beta")));
        byte[] v2 = bytes(live);
        // version 1 is version 2 without the one-byte mark after each window (here: the last byte, unset)
        assertThat(v2[v2.length - 1]).isZero();
        byte[] v1 = java.util.Arrays.copyOf(v2, v2.length - 1);
        v1[0] = 1;

        CompanyLive back = CompanyLiveCodec.SERDE.deserializer().deserialize("t", v1);

        assertThat(back.window(MINUTE, T0).pending()).isNull();
        assertThat(back.window(MINUTE, T0).accumulator()).usingRecursiveComparison().isEqualTo(live.window(MINUTE, T0).accumulator());
    }

    @Test
    void shouldRefuseAnUnknownVersion() {
        assertThatThrownBy(() -> CompanyLiveCodec.SERDE.deserializer().deserialize("t", new byte[] {9, 0, 0}))
                .isInstanceOf(SerializationException.class);
    }

    private static RecentMention recent(String id, double sentiment) {
        return new RecentMention(id, "title " + id, "src", "en", T0, 0.8, true, null, List.of("Acme"), new ArrayList<>(List.of(new int[] {0, 4})),
                List.of("snippet"), sentiment, List.of("earnings"), 0.1);
    }

    private static Mention mention(String article, long at, List<String> coMentions, CorporateEvent... events) {
        Instant t = Instant.ofEpochMilli(at);
        return Mention.newBuilder()
                .setArticleId(article).setCompanyId("acme").setCompanyName("Acme")
                .setCount(1).setRelevance(0.7).setNovel(true).setDuplicateOf(null)
                .setSentiment(0.3).setEvents(List.of(events)).setArticleTone(0.3)
                .setCoMentions(coMentions)
                .setSource("src-" + article).setPublishedAt(t).setIngestedAt(t)
                .build();
    }
}
