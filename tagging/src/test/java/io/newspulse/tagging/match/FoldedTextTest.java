package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {
    @Test
    void shouldFoldWidthCaseSpacesAndApostrophes() {
        FoldedText t = FoldedText.of("ＡＢＣ’s \n\t ﾏｲｸﾛｿﾌﾄ");
        assertThat(t.text()).isEqualTo("abc's マイクロソフト");
    }

    @Test
    void shouldMapFoldedSpansBackToOriginalOffsets() {
        String original = "x  ﾏｲｸﾛｿﾌﾄ㈱ end";
        FoldedText t = FoldedText.of(original);
        int start = t.text().indexOf("マイクロソフト");
        int end = start + "マイクロソフト".length();
        assertThat(t.originalSpan(start, end)).isEqualTo("ﾏｲｸﾛｿﾌﾄ");
        int paren = t.text().indexOf("(株)");
        assertThat(t.originalSpan(paren, paren + 3)).isEqualTo("㈱");
    }

    @Test
    void shouldFoldMixedTextExactlyAsWholeTextNormalisationDoes() {
        String alphabet = "aZ ｱｶﾞﾊﾟ\u3000\n\t’–㈱…ﬁ①½ß\u0301é漢字カナ\uD83D\uDE00\uFF9E\uFF9F\uD800x.";
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String original = sb.toString();
            FoldedText actual = FoldedText.of(original);
            Reference expected = Reference.of(original);
            assertThat(actual.text()).as("text of %s", original).isEqualTo(expected.text);
            for (int i = 0; i < expected.text.length(); i++) {
                assertThat(actual.originalStart(i)).as("start %d of %s", i, original).isEqualTo(expected.start[i]);
                assertThat(actual.originalEnd(i + 1)).as("end %d of %s", i, original).isEqualTo(expected.end[i]);
            }
        }
    }

    @Test
    void shouldFoldIntoReusedArraysExactlyAsIntoFreshOnes() {
        String alphabet = "aZ ｱｶﾞﾊﾟ\u3000\n\t’–㈱…ﬁ①½ß\u0301é漢字カナ\uD83D\uDE00\uFF9E\uFF9F\uD800x.";
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(round % 3 == 0 ? 5000 : 40); // longer and shorter than the last one
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String original = sb.toString();
            FoldedText fresh = FoldedText.of(original);
            FoldedText reused = FoldedText.ofReused(original, round & 1);
            assertThat(reused.text()).isEqualTo(fresh.text());
            for (int i = 0; i < fresh.length(); i++) {
                assertThat(reused.originalStart(i)).isEqualTo(fresh.originalStart(i));
                assertThat(reused.originalEnd(i + 1)).isEqualTo(fresh.originalEnd(i + 1));
            }
        }
    }

    /** Folding done the straightforward way: normalise the whole text, then fold and collapse spaces. */
    private static final class Reference {
        final String text;
        final int[] start;
        final int[] end;

        private Reference(String text, int[] start, int[] end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        static Reference of(String source) {
            io.newspulse.core.text.NormalizedText nt = io.newspulse.core.text.TextNormalizer.normalizeWithOffsets(source);
            String t = nt.text();
            int n = t.length();
            int[] start = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = nt.originalOffset(i);
            }
            int[] end = new int[n];
            for (int i = n - 1; i >= 0; i--) {
                end[i] = i + 1 < n ? (start[i + 1] != start[i] ? start[i + 1] : end[i + 1]) : source.length();
            }
            StringBuilder out = new StringBuilder();
            int[] outStart = new int[n];
            int[] outEnd = new int[n];
            for (int i = 0; i < n; i++) {
                char c = FoldedText.foldChar(t.charAt(i));
                int k = out.length();
                if (c == ' ' && k > 0 && out.charAt(k - 1) == ' ') {
                    outEnd[k - 1] = end[i];
                    continue;
                }
                out.append(c);
                outStart[k] = start[i];
                outEnd[k] = end[i];
            }
            return new Reference(out.toString(), outStart, outEnd);
        }
    }
}
