package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DedupCodecTest {
    @Test
    void shouldRoundTripAProbe() {
        DedupProbe probe = new DedupProbe("a-1", 1_795_600_800_000L, new byte[] {1, 2, 3, (byte) 0xff}, List.of("x:abc", "b3:0102ffee"));
        DedupProbe back = DedupCodec.PROBES.deserializer().deserialize("t", DedupCodec.PROBES.serializer().serialize("t", probe));
        assertThat(back.articleId()).isEqualTo("a-1");
        assertThat(back.eventTimeMs()).isEqualTo(1_795_600_800_000L);
        assertThat(back.signature()).containsExactly(1, 2, 3, (byte) 0xff);
        assertThat(back.keys()).containsExactly("x:abc", "b3:0102ffee");
    }

    @Test
    void shouldRoundTripVerdictsWithAndWithoutACluster() {
        GroupVerdict near = new GroupVerdict("b", 9, "NEAR", "a", 42L, 0.93);
        GroupVerdict none = new GroupVerdict("c", 4, "DIFFERENT", null, 7L, 0.0);
        assertThat(DedupCodec.VERDICTS.deserializer().deserialize("t", DedupCodec.VERDICTS.serializer().serialize("t", near))).isEqualTo(near);
        assertThat(DedupCodec.VERDICTS.deserializer().deserialize("t", DedupCodec.VERDICTS.serializer().serialize("t", none))).isEqualTo(none);
    }

    @Test
    void shouldRoundTripPendingArticlesBeforeAndAfterTheArticleArrived() {
        PendingArticle waiting = new PendingArticle(null, -1, 5, new GroupVerdict("b", 5, "EXACT", "a", 42L, 1.0));
        PendingArticle arrived = new PendingArticle(new byte[] {1, 2, 3}, 17, 0, null);
        PendingArticle back = DedupCodec.PENDING.deserializer().deserialize("t", DedupCodec.PENDING.serializer().serialize("t", waiting));
        assertThat(back.article()).isNull();
        assertThat(back.coveredKeys()).isEqualTo(5);
        assertThat(back.best()).isEqualTo(waiting.best());
        back = DedupCodec.PENDING.deserializer().deserialize("t", DedupCodec.PENDING.serializer().serialize("t", arrived));
        assertThat(back.article()).containsExactly(1, 2, 3);
        assertThat(back.expectedKeys()).isEqualTo(17);
        assertThat(back.best()).isNull();
    }

    @Test
    void shouldRefuseAnUnknownVersionOrTruncatedBytes() {
        assertThatThrownBy(() -> DedupCodec.VERDICTS.deserializer().deserialize("t", new byte[] {9, 0})).isInstanceOf(SerializationException.class);
        byte[] ok = DedupCodec.VERDICTS.serializer().serialize("t", new GroupVerdict("b", 9, "NEAR", "a", 42L, 0.93));
        assertThatThrownBy(() -> DedupCodec.VERDICTS.deserializer().deserialize("t", java.util.Arrays.copyOf(ok, ok.length - 3)))
                .isInstanceOf(SerializationException.class);
    }
}
