package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class IndexValueTest {

    private static IndexValue roundTrip(IndexValue value) {
        return IndexValue.decode(value.encode());
    }

    /** A value as releases before the version byte wrote it. */
    private static byte[] unversioned(String id, String cluster, byte[] signature) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(id);
        out.writeUTF(cluster == null ? "" : cluster);
        out.writeShort(signature == null ? 0 : signature.length);
        if (signature != null) {
            out.write(signature);
        }
        return bytes.toByteArray();
    }

    @Test
    void shouldRoundTripAsciiIdsWithoutSignature() {
        IndexValue back = roundTrip(new IndexValue("reuters-123", "reuters-100", null));
        assertThat(back.articleId()).isEqualTo("reuters-123");
        assertThat(back.clusterId()).isEqualTo("reuters-100");
        assertThat(back.signature()).isNull();
    }

    @Test
    void shouldRoundTripSignatureAndMissingCluster() {
        byte[] signature = {1, 0, -7, 42, 0, -128};
        IndexValue back = roundTrip(new IndexValue("a1", null, signature));
        assertThat(back.clusterId()).isNull();
        assertThat(back.signature()).containsExactly(signature);
    }

    @Test
    void shouldRoundTripNonAsciiAndNulCharactersInIds() {
        IndexValue back = roundTrip(new IndexValue("日経-記事\u00001", "ソフトバンク", new byte[] {9}));
        assertThat(back.articleId()).isEqualTo("日経-記事\u00001");
        assertThat(back.clusterId()).isEqualTo("ソフトバンク");
        assertThat(back.signature()).containsExactly(9);
    }

    @Test
    void shouldStartWithAVersionByte() {
        assertThat(new IndexValue("a1", "a0", null).encode()[0]).isEqualTo(IndexValue.VERSION);
    }

    @Test
    void shouldReadValuesWrittenBeforeTheVersionByte() throws IOException {
        IndexValue back = IndexValue.decode(unversioned("reuters-123", "reuters-100", new byte[] {4, 5}));
        assertThat(back.articleId()).isEqualTo("reuters-123");
        assertThat(back.clusterId()).isEqualTo("reuters-100");
        assertThat(back.signature()).containsExactly(4, 5);
        assertThat(IndexValue.decode(unversioned("記事-1", null, null)).articleId()).isEqualTo("記事-1");
        for (int length : new int[] {600, 800}) { // the length's high byte equals a version byte (2, 3)
            String longId = "x".repeat(length);
            assertThat(IndexValue.decode(unversioned(longId, "c", null)).articleId()).isEqualTo(longId);
        }
    }

    @Test
    void shouldRoundTripTheKeyMask() {
        IndexValue back = roundTrip(new IndexValue("a1", "a0", new byte[] {1, 2}, 0b1_0000_0000_0000_0101));
        assertThat(back.keyMask()).isEqualTo(0b1_0000_0000_0000_0101);
        assertThat(back.signature()).containsExactly(1, 2);
        assertThat(back.clusterId()).isEqualTo("a0");
    }

    @Test
    void shouldReadFormatTwoValuesAsWrittenPerKey() throws IOException {
        byte[] body = unversioned("reuters-123", "reuters-100", new byte[] {4, 5});
        byte[] formatTwo = new byte[body.length + 1];
        formatTwo[0] = 2;
        System.arraycopy(body, 0, formatTwo, 1, body.length);
        IndexValue back = IndexValue.decode(formatTwo);
        assertThat(back.articleId()).isEqualTo("reuters-123");
        assertThat(back.signature()).containsExactly(4, 5);
        assertThat(back.keyMask()).isEqualTo(IndexValue.LEGACY_KEYS);
    }

    @Test
    void shouldRefuseATruncatedValue() {
        byte[] ok = new IndexValue("a1", "a0", new byte[] {1, 2, 3}).encode();
        assertThatThrownBy(() -> IndexValue.decode(java.util.Arrays.copyOf(ok, ok.length - 2)))
                .isInstanceOf(SerializationException.class);
    }
}
