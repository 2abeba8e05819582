package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.avro.Company;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Companies sharing an alias resolve the same way whatever order the knowledge base was loaded in. */
class TieBreakTest {
    private static Company company(String id, String parent, String... aliases) {
        return Company.newBuilder().setId(id).setName(aliases[0])
                .setAliases(java.util.Map.of("en", List.of(aliases))).setParentId(parent).build();
    }

    @Test
    void shouldResolveSharedAliasIndependentlyOfLoadOrder() {
        List<Company> companies = new ArrayList<>(List.of(
                company("acme-bank", null, "Acme Bank", "Acme"),
                company("acme-labs", null, "Acme Labs", "Acme"),
                company("acme-japan", "acme-labs", "Acme Japan", "Acme"),
                company("zenith", null, "Zenith", "Acme"),
                company("other", null, "Other Co")));
        String body = "Acme said on Monday that profits rose.";
        List<CompanyMatch> reference = Tagger.build(companies).tag(null, body, "en");
        // acme-labs is the parent of another candidate (acme-japan); every order must agree on it
        assertThat(reference).extracting(CompanyMatch::companyId).containsExactly("acme-labs");
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(companies, random);
            assertThat(Tagger.build(companies).tag(null, body, "en")).isEqualTo(reference);
        }
    }

    @Test
    void shouldFallBackToIdOrderIndependentlyOfLoadOrder() {
        List<Company> companies = new ArrayList<>(List.of(
                company("nimbus-b", null, "Nimbus B", "Nimbus"),
                company("nimbus-a", null, "Nimbus A", "Nimbus"),
                company("nimbus-c", null, "Nimbus C", "Nimbus")));
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(companies, random);
            assertThat(Tagger.build(companies).tag(null, "Nimbus rose.", "en"))
                    .extracting(CompanyMatch::companyId).containsExactly("nimbus-a");
        }
    }

    @Test
    void shouldPreferTheParentWhenNothingElseDecides() {
        List<Company> companies = List.of(
                company("b-child", "z-parent", "Child Co", "Nimbus"),
                company("z-parent", null, "Parent Co", "Nimbus"));
        assertThat(Tagger.build(companies).tag(null, "Nimbus rose.", "en"))
                .extracting(CompanyMatch::companyId).containsExactly("z-parent");
    }
}
