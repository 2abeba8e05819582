package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconLoadTest {
    @Test
    void shouldRefuseATermListedTwiceWithTheSameKindAndEventButAnotherWeight() {
        assertThatThrownBy(() -> Lexicon.of("misconduct\tNEG\t1.0\tlegal_regulatory", "misconduct\tNEG\t0.8\tlegal_regulatory"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("misconduct");
    }

    @Test
    void shouldCountOnceASpellingThatFoldsToATermAlreadyListed() {
        Lexicon lexicon = Lexicon.of("didn't\tNEGATOR", "didn’t\tNEGATOR");
        assertThat(lexicon.terms()).isEqualTo(1);
        assertThat(lexicon.size(TermKind.NEGATOR)).isEqualTo(1);
    }

    @Test
    void shouldKeepATermThatHasTwoKinds() {
        Lexicon lexicon = Lexicon.of("misconduct\tNEG\t1.0", "misconduct\tEVENT\tlegal_regulatory");
        assertThat(lexicon.terms()).isEqualTo(1);
    }

    @Test
    void shouldLoadEveryBuiltInLexiconWithoutATermListedTwice() {
        for (Lang lang : Lang.values()) {
            assertThatCode(() -> Lexicon.load(lang)).as(lang.name()).doesNotThrowAnyException();
        }
    }
}
