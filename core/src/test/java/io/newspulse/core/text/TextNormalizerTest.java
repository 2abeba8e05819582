package io.newspulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void shouldFoldHalfWidthKatakanaWithVoicedMarksToFullWidth() {
        NormalizedText folded = TextNormalizer.normalizeWithOffsets("ｿﾌﾄﾊﾞﾝｸｸﾞﾙｰﾌﾟ");
        assertThat(folded.text()).isEqualTo("ソフトバンクグループ");
        // ﾊﾞ (2 chars at 3-4) folds to バ at 3; ﾝ at 5 folds to ン at 4.
        assertThat(folded.originalOffset(3)).isEqualTo(3);
        assertThat(folded.originalOffset(4)).isEqualTo(5);
    }

    @Test
    void shouldFoldFullWidthLatinAndCase() {
        assertThat(TextNormalizer.normalizeWithOffsets("ＭＩＣＲＯＳＯＦＴ Corp").text()).isEqualTo("microsoft corp");
        assertThat(TextNormalizer.normalize("ＭＩＣＲＯＳＯＦＴ")).isEqualTo("microsoft");
    }

    @Test
    void shouldMapSpansBackToTheOriginalWhenOneCharFoldsToSeveral() {
        NormalizedText folded = TextNormalizer.normalizeWithOffsets("a㈱b");
        assertThat(folded.text()).isEqualTo("a(株)b");
        int b = folded.text().indexOf('b');
        assertThat(folded.originalOffset(b)).isEqualTo(2);
        assertThat(folded.originalEnd(b)).isEqualTo(2);
    }

    @Test
    void shouldAgreeWithPlainNfkcOnMixedText() {
        String text = "Ｓｏｎｙ ソニー株式会社 三菱ＵＦＪ 삼성전자 ＡＢＣ① ｶﾞｷﾞ Ǆ ﬁ";
        assertThat(TextNormalizer.normalizeWithOffsets(text).text())
                .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    @Test
    void shouldFoldSingleCharsExactlyAsNfkcAndLowerCaseDo() {
        for (int cp = 0; cp < 0xFFFF; cp++) {
            if (Character.isSurrogate((char) cp) || !TextNormalizer.isFoldInvariant(cp)) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            String expected = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            assertThat(expected).as("U+%04X", cp).hasSize(1);
            assertThat(TextNormalizer.normalizeWithOffsets(s).text()).as("U+%04X", cp).isEqualTo(expected);
        }
    }
}
