package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.junit.jupiter.api.Test;

class GermanInflectionTest {

    @Test
    void shouldDeclineTheOpeningAdjectiveOfAGermanCompanysName() {
        assertThat(GermanInflection.variants("Deutsche Bank", "DE")).containsExactly("Deutschen Bank");
        assertThat(GermanInflection.variants("Bayerische Motoren Werke", "DE")).containsExactly("Bayerischen Motoren Werke");
        assertThat(GermanInflection.variants("Schweizerische Post", "CH")).containsExactly("Schweizerischen Post");
    }

    @Test
    void shouldLeaveOtherNamesAlone() {
        assertThat(GermanInflection.variants("Deutsche Bank", "US")).isEmpty();
        assertThat(GermanInflection.variants("Deutsche Bank", null)).isEmpty();
        assertThat(GermanInflection.variants("Siemens", "DE")).isEmpty();
        assertThat(GermanInflection.variants("Commerzbank AG", "DE")).isEmpty();
        assertThat(GermanInflection.variants("SAP SE", "DE")).isEmpty();
        assertThat(GermanInflection.variants("Die Zeit", "DE")).isEmpty(); // too short to be an adjective
        assertThat(GermanInflection.variants("Deutsche bahn", "DE")).isEmpty();
    }

    @Test
    void shouldTagTheDeclinedNameAsTheCompany() {
        String kb = "{\"id\":\"deutsche-bank\",\"name\":\"Deutsche Bank\",\"aliases\":{\"en\":[\"Deutsche Bank\"]},"
                + "\"tickers\":[],\"country\":\"DE\",\"parent_id\":null,\"ambiguous\":false,\"context_terms\":[]}\n";
        Tagger tagger = Tagger.build(CompanyKnowledgeBase.fromJsonl(
                new ByteArrayInputStream(kb.getBytes(StandardCharsets.UTF_8)), "test.jsonl").companies());
        assertThat(tagger.tag(null, "Die Aktien der Deutschen Bank fielen am Montag.", "de"))
                .extracting(CompanyMatch::companyId).containsExactly("deutsche-bank");
    }
}
