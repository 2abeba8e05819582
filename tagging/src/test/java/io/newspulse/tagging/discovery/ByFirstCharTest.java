package io.newspulse.tagging.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ByFirstCharTest {
    private static final List<String> WORDS = List.of("株式会社", "銀行", "(株)", "株", "証券", "(有)");

    @Test
    void shouldListTheWordsStartingWithACharInListOrder() {
        ByFirstChar index = new ByFirstChar(WORDS);
        assertThat(index.startingWith('株')).containsExactly("株式会社", "株");
        assertThat(index.startingWith('(')).containsExactly("(株)", "(有)");
        assertThat(index.startingWith('銀')).containsExactly("銀行");
    }

    @Test
    void shouldListNothingForACharNoWordStartsWith() {
        assertThat(new ByFirstChar(WORDS).startingWith('x')).isEmpty();
        assertThat(new ByFirstChar(List.of()).startingWith('x')).isEmpty();
    }

    @Test
    void shouldGroupByLastCharForEndsWithLoops() {
        ByFirstChar index = ByFirstChar.byLastChar(List.of(", inc.", " plc", " corp.", " ag"));
        assertThat(index.endingWith('.')).containsExactly(", inc.", " corp.");
        assertThat(index.endingWith('c')).containsExactly(" plc");
        assertThat(index.endingWith('z')).isEmpty();
    }
}
