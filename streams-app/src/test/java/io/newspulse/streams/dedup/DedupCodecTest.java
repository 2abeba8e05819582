package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DedupCodecTest {
    private static final Verdict NEAR = new Verdict(MatchKind.NEAR, "a2", "a", 42L, 0.93);

    private static ChainMessage roundTrip(ChainMessage message) {
        return DedupCodec.CHAIN.deserializer().deserialize("t", DedupCodec.CHAIN.serializer().serialize("t", message));
    }

    @Test
    void shouldRoundTripAHopWithEveryKindOfBestVerdict() {
        for (Verdict best : List.of(NEAR, Verdict.none(), new Verdict(MatchKind.EXACT, "a", "a", 7L, 1.0),
                new Verdict(MatchKind.DIFFERENT, "a", "a", 7L, 0.2))) {
            ChainHop hop = new ChainHop(2, 1, "a-1", 1_795_600_800_000L, new byte[] {1, 2, 3, (byte) 0xff}, new byte[] {9, 8, 7},
                    best, List.of(new ChainHop.IndexedAs(1, "b"), new ChainHop.IndexedAs(0, "a")));
            ChainHop back = (ChainHop) roundTrip(hop);
            assertThat(back.partition()).isEqualTo(2);
            assertThat(back.origin()).isEqualTo(1);
            assertThat(back.articleId()).isEqualTo("a-1");
            assertThat(back.eventTimeMs()).isEqualTo(1_795_600_800_000L);
            assertThat(back.signature()).containsExactly(1, 2, 3, (byte) 0xff);
            assertThat(back.article()).containsExactly(9, 8, 7);
            assertThat(back.best()).isEqualTo(best);
            assertThat(back.indexed()).isEqualTo(hop.indexed());
        }
    }

    @Test
    void shouldRoundTripAClusterFix() {
        ClusterFix fix = new ClusterFix(4, "c", "a", 42L);
        assertThat(roundTrip(fix)).isEqualTo(fix);
    }

    @Test
    void shouldWriteTheMatchKindAsAByteCodeNotItsName() {
        byte[] bytes = DedupCodec.CHAIN.serializer().serialize("t",
                new ChainHop(0, 0, "b", 1L, new byte[] {1}, new byte[] {2}, NEAR, List.of()));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("NEAR");
        for (MatchKind kind : MatchKind.values()) {
            assertThat(uncheckedKind(DedupCodec.code(kind))).isEqualTo(kind);
        }
    }

    @Test
    void shouldRefuseAnUnknownVersionTagOrTruncatedBytes() {
        assertThatThrownBy(() -> DedupCodec.CHAIN.deserializer().deserialize("t", new byte[] {9, 1})).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> DedupCodec.CHAIN.deserializer().deserialize("t", new byte[] {1, 7})).isInstanceOf(SerializationException.class);
        byte[] ok = DedupCodec.CHAIN.serializer().serialize("t", new ChainHop(0, 0, "b", 1L, new byte[] {1}, new byte[] {2, 3, 4}, NEAR, List.of()));
        assertThatThrownBy(() -> DedupCodec.CHAIN.deserializer().deserialize("t", java.util.Arrays.copyOf(ok, ok.length - 3)))
                .isInstanceOf(SerializationException.class);
    }

    private static MatchKind uncheckedKind(byte code) {
        try {
            return DedupCodec.kind(code);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
