package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DedupCodecTest {
    private static final Verdict NEAR = new Verdict(MatchKind.NEAR, "a2", "a", 42L, 0.93);

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
    void shouldRoundTripVerdictsOfEveryKind() {
        for (GroupVerdict v : List.of(new GroupVerdict("b", 9, NEAR), new GroupVerdict("c", 4, Verdict.none()),
                new GroupVerdict("d", 17, new Verdict(MatchKind.EXACT, "a", "a", 7L, 1.0)),
                new GroupVerdict("e", 2, new Verdict(MatchKind.DIFFERENT, "a", "a", 7L, 0.2)),
                new GroupVerdict("f", 5, NEAR, "b4:0102ffee", "a"))) {
            assertThat(DedupCodec.VERDICTS.deserializer().deserialize("t", DedupCodec.VERDICTS.serializer().serialize("t", v))).isEqualTo(v);
        }
    }

    @Test
    void shouldWriteTheMatchKindAsAByteCodeNotItsName() {
        byte[] bytes = DedupCodec.VERDICTS.serializer().serialize("t", new GroupVerdict("b", 9, NEAR));
        assertThat(bytes[0]).isEqualTo((byte) 2);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("NEAR");
        for (MatchKind kind : MatchKind.values()) {
            assertThat(uncheckedKind(DedupCodec.code(kind))).isEqualTo(kind);
        }
    }

    @Test
    void shouldReadVerdictsAndPendingArticlesOfTheFirstFormat() throws IOException {
        byte[] verdict = v1(out -> writeV1Verdict(out, "b", 9, "NEAR", "a", 42L, 0.93));
        assertThat(DedupCodec.VERDICTS.deserializer().deserialize("t", verdict))
                .isEqualTo(new GroupVerdict("b", 9, new Verdict(MatchKind.NEAR, "a", "a", 42L, 0.93)));
        byte[] different = v1(out -> writeV1Verdict(out, "c", 4, "DIFFERENT", "", 7L, 0.0));
        assertThat(DedupCodec.VERDICTS.deserializer().deserialize("t", different)).isEqualTo(new GroupVerdict("c", 4, Verdict.none()));

        byte[] pending = v1(out -> {
            out.writeInt(3);
            out.write(new byte[] {1, 2, 3});
            out.writeInt(17);
            out.writeInt(5);
            out.writeBoolean(true);
            writeV1Verdict(out, "b", 5, "EXACT", "a", 42L, 1.0);
        });
        PendingArticle back = DedupCodec.PENDING.deserializer().deserialize("t", pending);
        assertThat(back.article()).containsExactly(1, 2, 3);
        assertThat(back.expectedKeys()).isEqualTo(17);
        assertThat(back.coveredKeys()).isEqualTo(5);
        assertThat(back.best()).isEqualTo(new Verdict(MatchKind.EXACT, "a", "a", 42L, 1.0));
        byte[] noBest = v1(out -> {
            out.writeInt(-1);
            out.writeInt(-1);
            out.writeInt(2);
            out.writeBoolean(false);
        });
        assertThat(DedupCodec.PENDING.deserializer().deserialize("t", noBest)).isEqualTo(new PendingArticle(null, -1, 2, Verdict.none(), List.of()));
    }

    @Test
    void shouldRoundTripPendingArticlesBeforeAndAfterTheArticleArrived() {
        PendingArticle waiting = new PendingArticle(null, -1, 5, new Verdict(MatchKind.EXACT, "a", "a", 42L, 1.0),
                List.of(new PendingArticle.IndexedAs("b1:00ff", "b"), new PendingArticle.IndexedAs("x:abc", "a")));
        PendingArticle arrived = new PendingArticle(new byte[] {1, 2, 3}, 17, 0, Verdict.none(), List.of());
        PendingArticle back = DedupCodec.PENDING.deserializer().deserialize("t", DedupCodec.PENDING.serializer().serialize("t", waiting));
        assertThat(back.article()).isNull();
        assertThat(back.coveredKeys()).isEqualTo(5);
        assertThat(back.best()).isEqualTo(waiting.best());
        assertThat(back.indexed()).isEqualTo(waiting.indexed());
        back = DedupCodec.PENDING.deserializer().deserialize("t", DedupCodec.PENDING.serializer().serialize("t", arrived));
        assertThat(back.article()).containsExactly(1, 2, 3);
        assertThat(back.expectedKeys()).isEqualTo(17);
        assertThat(back.best()).isEqualTo(Verdict.none());
    }

    @Test
    void shouldRoundTripAClusterFix() {
        ClusterFix fix = new ClusterFix("b3:0102ffee", "c", "a", 42L);
        assertThat(DedupCodec.CLUSTER_FIXES.deserializer().deserialize("t", DedupCodec.CLUSTER_FIXES.serializer().serialize("t", fix)))
                .isEqualTo(fix);
    }

    @Test
    void shouldRefuseAnUnknownVersionOrTruncatedBytes() {
        assertThatThrownBy(() -> DedupCodec.VERDICTS.deserializer().deserialize("t", new byte[] {9, 0})).isInstanceOf(SerializationException.class);
        byte[] ok = DedupCodec.VERDICTS.serializer().serialize("t", new GroupVerdict("b", 9, NEAR));
        assertThatThrownBy(() -> DedupCodec.VERDICTS.deserializer().deserialize("t", java.util.Arrays.copyOf(ok, ok.length - 3)))
                .isInstanceOf(SerializationException.class);
    }

    private static MatchKind uncheckedKind(byte code) {
        try {
            return DedupCodec.kind(code);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** A value as the first format wrote it: version byte 1, then the body. */
    private static byte[] v1(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        body.write(out);
        return bytes.toByteArray();
    }

    private static void writeV1Verdict(DataOutputStream out, String id, int covered, String kind, String cluster,
                                       long time, double similarity) throws IOException {
        out.writeUTF(id);
        out.writeShort(covered);
        out.writeUTF(kind);
        out.writeUTF(cluster);
        out.writeLong(time);
        out.writeDouble(similarity);
    }
}
