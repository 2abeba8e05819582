package io.newspulse.dedup.fingerprint;

import io.newspulse.core.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFoldingTest {
    private static final String[] BASES = {"a", "e", "ア", "か", "가", "ᄀ", "1", " "};

    private static String fold(String text) {
        return new String(CaseFolding.fold(text));
    }

    @Test
    void shouldFoldEveryCharLikeTheSharedNormalizerAloneAndAfterOtherChars() {
        for (int c = 0; c < 0x10000; c++) {
            String ch = String.valueOf((char) c);
            assertThat(fold(ch)).as("U+%04X", c).isEqualTo(TextNormalizer.normalize(ch));
            for (String base : BASES) {
                assertThat(fold(base + ch)).as("%s + U+%04X", base, c).isEqualTo(TextNormalizer.normalize(base + ch));
                assertThat(fold(ch + base)).as("U+%04X + %s", c, base).isEqualTo(TextNormalizer.normalize(ch + base));
            }
        }
    }

    @Test
    void shouldFoldMixedTextLikeTheSharedNormalizer() {
        String alphabet = "AbcΣσΑΒΓ İı ｶﾞｷﾞ ガ ㈱ ＴＯＹＯＴＡ４５％ é e\u0301 각 ᄀ\u1161 \uD83D\uDE00 。、！？ ,.-|｜ 1,234.5 \t\n";
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                int at = random.nextInt(alphabet.length());
                sb.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                        : String.valueOf(alphabet.charAt(at)));
            }
            String text = sb.toString();
            assertThat(fold(text)).as("[%s]", text).isEqualTo(TextNormalizer.normalize(text));
        }
    }

    @Test
    void shouldFoldNullToNothing() {
        assertThat(CaseFolding.fold(null)).isEmpty();
    }
}
