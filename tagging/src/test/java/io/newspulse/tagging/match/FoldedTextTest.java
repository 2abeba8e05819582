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
}
