package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TaggerAheadTest {

    @Test
    void shouldHandTheTaggerLoadedAheadToTheNextOfOnceAndLoadAgainAfterwards() {
        CompanyKnowledgeBase kb = TestCompanies.fixture();
        CompletableFuture<Tagger> ahead = Tagger.loadAhead(kb);

        assertThat(Tagger.loadAhead(kb)).as("a second call starts nothing").isSameAs(ahead);
        Tagger first = Tagger.of(kb);
        assertThat(first).isSameAs(ahead.join());
        Tagger second = Tagger.of(kb);
        assertThat(second).as("handed over once").isNotSameAs(first);
        String text = "Regulators fined Meta on Tuesday.";
        assertThat(second.tag(null, text, null)).extracting(CompanyMatch::companyId)
                .containsExactlyElementsOf(first.tag(null, text, null).stream().map(CompanyMatch::companyId).toList())
                .containsExactly("meta");
    }

    @Test
    void shouldNotHandATaggerLoadedAheadForAnotherKnowledgeBase() {
        CompanyKnowledgeBase kb = TestCompanies.fixture();
        CompanyKnowledgeBase other = TestCompanies.fixture();
        CompletableFuture<Tagger> ahead = Tagger.loadAhead(other);

        assertThat(Tagger.of(kb)).isNotSameAs(ahead.join());
        assertThat(Tagger.of(other)).isSameAs(ahead.join());
    }
}
