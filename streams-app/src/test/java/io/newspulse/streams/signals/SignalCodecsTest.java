package io.newspulse.streams.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.CorporateEvent;
import io.newspulse.streams.serde.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class SignalCodecsTest {

    private static <T> T roundTrip(Serde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    private static SignalAccumulator accumulator() {
        SignalAccumulator a = new SignalAccumulator();
        a.companyName = "ソフトバンクグループ";
        a.mentionCount = 7;
        a.articleCount = 4;
        a.novelArticles = 3;
        a.repeatedArticles = 1;
        a.relevanceWeightedVolume = 2.375;
        a.sources = new LinkedHashSet<>(List.of("nikkei", "reuters", ""));
        a.sourcesTruncated = true;
        a.coMentions = new java.util.HashMap<>(Map.of("toyota", 2L, "sony", 5L));
        a.lastIngestedAt = 1_780_000_000_123L;
        a.sentimentWeightedSum = -0.75;
        a.sentimentWeight = 2.5;
        a.positiveMentions = 1;
        a.negativeMentions = 2;
        a.neutralMentions = 1;
        a.eventCounts.put(CorporateEvent.recall_safety, 2L);
        a.eventCounts.put(CorporateEvent.stock_move, 1L);
        return a;
    }

    @Test
    void shouldKeepEveryFieldOfAWindowAggregateIncludingSourceOrder() {
        SignalAccumulator back = roundTrip(SignalCodecs.ACCUMULATOR, accumulator());

        assertThat(back).usingRecursiveComparison().isEqualTo(accumulator());
        assertThat(back.sources).containsExactly("nikkei", "reuters", "");
    }

    @Test
    void shouldReadWindowAggregatesWrittenAsJsonByEarlierReleases() {
        byte[] json = JsonSerde.of(SignalAccumulator.class).serializer().serialize("t", accumulator());

        SignalAccumulator back = SignalCodecs.ACCUMULATOR.deserializer().deserialize("t", json);

        // the JSON reader of earlier releases gave a plain set: the order of sources was never kept there
        assertThat(back).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(accumulator());
    }

    @Test
    void shouldKeepASpikeBaselineAndReadTheJsonOne() {
        SpikeBaseline baseline = new SpikeBaseline(1_780_000_000_000L, 12, 3.5, 1.25, 9, Long.MIN_VALUE,
                new SentimentBaseline(-0.25, true, 0.1, 0.04, 6, 1_779_000_000_000L));
        byte[] json = JsonSerde.of(SpikeBaseline.class).serializer().serialize("t", baseline);

        assertThat(roundTrip(SignalCodecs.BASELINE, baseline)).isEqualTo(baseline);
        assertThat(SignalCodecs.BASELINE.deserializer().deserialize("t", json)).isEqualTo(baseline);
    }

    @Test
    void shouldReadVersionOneValuesWrittenBeforeSentimentAsNeutral() {
        SignalAccumulator plain = accumulator();
        plain.sentimentWeightedSum = 0;
        plain.sentimentWeight = 0;
        plain.positiveMentions = plain.negativeMentions = plain.neutralMentions = 0;
        plain.eventCounts.clear();
        byte[] v2 = SignalCodecs.ACCUMULATOR.serializer().serialize("t", plain);
        byte[] v1 = java.util.Arrays.copyOf(v2, v2.length - 41); // 5 numbers and an empty event list came with v2
        v1[0] = 1;
        assertThat(SignalCodecs.ACCUMULATOR.deserializer().deserialize("t", v1)).usingRecursiveComparison().isEqualTo(plain);

        SpikeBaseline baseline = new SpikeBaseline(1_780_000_000_000L, 12, 3.5, 1.25, 9, Long.MIN_VALUE, null);
        byte[] b2 = SignalCodecs.BASELINE.serializer().serialize("t", baseline);
        byte[] b1 = java.util.Arrays.copyOf(b2, b2.length - 37);
        b1[0] = 1;
        assertThat(SignalCodecs.BASELINE.deserializer().deserialize("t", b1)).isEqualTo(baseline);
        assertThat(baseline.sentiment()).isEqualTo(SentimentBaseline.empty());
    }

    @Test
    void shouldRefuseAValueOfAnUnknownVersion() {
        assertThatThrownBy(() -> SignalCodecs.BASELINE.deserializer().deserialize("t", "\u0009abc".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
    }
}
