package io.newspulse.dedup.fingerprint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {

    @Test
    void shouldRemovePunctuationAndCollapseWhitespace() {
        assertThat(TextCleaner.tokens("Hello,   world!!  (it's)\t\"fine\"")).isEqualTo("Hello world it s fine");
        assertThat(TextCleaner.clean(null, "Hello,   WORLD!!\n\n  It's fine.", "en").content())
                .isEqualTo("hello world it s fine");
    }

    @Test
    void shouldKeepThousandsTogetherAndCollectFigures() {
        CleanedText t = TextCleaner.clean(null, "Profit rose 12.5% to 1,234 billion yen on Nov 3, 2026.", "en");
        assertThat(t.content()).contains("1234");
        assertThat(t.numbers()).containsExactly("12.5", "1234");
    }

    @Test
    void shouldFoldFullWidthFormsViaTheSharedNormalizer() {
        assertThat(TextCleaner.clean("ＴＯＹＯＴＡ　４５％", "", "ja").content())
                .isEqualTo(TextCleaner.clean("toyota 45%", "", "ja").content());
    }

    @Test
    void shouldDropTitleSiteSuffixAndRepeatedHeadline() {
        CleanedText a = TextCleaner.clean("Toyota raises outlook - Reuters", "Toyota raises outlook\nToyota said profit rose.", "en");
        CleanedText b = TextCleaner.clean("Toyota raises outlook | Nikkei Asia", "Toyota said profit rose.", "en");
        assertThat(a.content()).isEqualTo(b.content()).isEqualTo("toyota raises outlook toyota said profit rose");
    }

    @Test
    void shouldDropWrapperLinesAndDatelines() {
        String plain = TextCleaner.clean("t", "Toyota said profit rose sharply in the quarter.", "en").content();
        String wrapped = TextCleaner.clean("t", "Home | Business | Autos\nBy Jane Doe\n"
                + "TOKYO, Nov 3 (Reuters) - Toyota said profit rose sharply in the quarter.\n"
                + "Reporting by Jane Doe; Editing by John Roe\nCopyright 2026 Reuters. All rights reserved.\nRead more", "en")
                .content();
        assertThat(wrapped).isEqualTo(plain);
    }

    @Test
    void shouldChooseCharacterShinglesForJapaneseEvenWithoutLanguage() {
        assertThat(TextCleaner.clean(null, "トヨタ自動車は3日、新工場を建設すると発表した。", null).charShingles()).isTrue();
        assertThat(TextCleaner.clean(null, "Toyota said on Tuesday it would build a plant.", null).charShingles()).isFalse();
        assertThat(TextCleaner.clean(null, "Toyota said on Tuesday it would build a plant.", "ja").charShingles()).isTrue();
    }

    @Test
    void shouldNotCountDaysAndYearsAsFigures() {
        assertThat(TextCleaner.isFigure("3")).isFalse();
        assertThat(TextCleaner.isFigure("2026")).isFalse();
        assertThat(TextCleaner.isFigure("4500")).isTrue();
        assertThat(TextCleaner.isFigure("12.5")).isTrue();
    }

    @Test
    void shouldSplitSentencesAtTerminatorsAndLineEnds() {
        long[] s = TextCleaner.sentences("the first sentence is long enough. the second one is long enough too!\n"
                + "a third line without a terminator\nshort.", false);
        assertThat(s).hasSize(3);
        assertThat(TextCleaner.sentences("トヨタは新工場を建設する。部品は地元から調達する。", true)).hasSize(2);
    }
}
