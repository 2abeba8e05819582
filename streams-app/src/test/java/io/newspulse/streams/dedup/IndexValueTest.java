package io.newspulse.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexValueTest {

    private static IndexValue roundTrip(IndexValue value) {
        return IndexValue.decode(value.encode());
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
}
