package io.newspulse.streams.recent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.newspulse.streams.serde.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class RecentListCodecTest {
    private final RecentMention original = new RecentMention("a1", "ソフトバンクG、アーム株を追加取得", "nikkei", "ja", 1_700_000_000_000L,
            0.92, true, null, List.of("ソフトバンクG", "SoftBank"), List.of(new int[] {0, 7}), List.of("…同社は火曜日…"),
            0.45, List.of("merger_acquisition", "stock_move"), 0.2);
    private final RecentMention repost = new RecentMention("a2", "SoftBank buys more Arm shares", null, "en", 1_700_000_100_000L,
            0.4, false, "a1", List.of(), List.of(), List.of(), -0.3, List.of(), -0.1);

    private static RecentList roundTrip(RecentList list) {
        return RecentListCodec.SERDE.deserializer().deserialize("t", RecentListCodec.SERDE.serializer().serialize("t", list));
    }

    @Test
    void shouldRoundTripEveryFieldIncludingNullsAndJapanese() {
        RecentList back = roundTrip(new RecentList(List.of(original, repost)));
        assertThat(back.items()).hasSize(2);
        RecentMention first = back.items().get(0);
        assertThat(first).usingRecursiveComparison().ignoringFields("titleSpans").isEqualTo(original);
        assertThat(first.titleSpans().get(0)).containsExactly(0, 7);
        assertThat(back.items().get(1)).usingRecursiveComparison().isEqualTo(repost);
    }

    @Test
    void shouldStillReadValuesWrittenAsJsonByEarlierReleases() {
        byte[] json = JsonSerde.of(RecentList.class).serializer().serialize("t", new RecentList(List.of(repost)));
        RecentList back = RecentListCodec.SERDE.deserializer().deserialize("t", json);
        assertThat(back.items().get(0).articleId()).isEqualTo("a2");
    }

    @Test
    void shouldReadVersionOneListsWrittenBeforeSentimentAsNeutral() {
        RecentMention plain = new RecentMention("a3", "t", "s", "en", 1L, 0.5, true, null, List.of("x"), List.of(), List.of("snip"),
                0.0, List.of(), 0.0);
        byte[] v2 = RecentListCodec.SERDE.serializer().serialize("t", new RecentList(List.of(plain)));
        byte[] v1 = java.util.Arrays.copyOf(v2, v2.length - 18); // sentiment, an empty event list and tone came with v2
        v1[0] = 1;
        assertThat(RecentListCodec.SERDE.deserializer().deserialize("t", v1).items().get(0)).usingRecursiveComparison().isEqualTo(plain);
    }

    @Test
    void shouldRefuseAnUnknownVersion() {
        assertThatThrownBy(() -> RecentListCodec.SERDE.deserializer().deserialize("t", new byte[] {7, 0, 0}))
                .isInstanceOf(SerializationException.class);
    }
}
