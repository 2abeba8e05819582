package io.newspulse.tagging.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyKnowledgeBaseTest {
    private static final String ACME = "{\"id\":\"acme\",\"name\":\"Acme\",\"aliases\":{\"en\":[\"Acme Corp\"]},"
            + "\"tickers\":[{\"exchange\":\"NYSE\",\"symbol\":\"ACME\"}],\"country\":\"US\"}";
    private static final String GLOBEX = "{\"id\":\"globex\",\"name\":\"Globex\",\"parent_id\":\"acme\"}";

    private static CompanyKnowledgeBase load(String... lines) {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return CompanyKnowledgeBase.fromJsonl(new ByteArrayInputStream(bytes), "test.jsonl");
    }

    @Test
    void shouldReadCompaniesWithAvroFieldNames() {
        CompanyKnowledgeBase kb = load(ACME, "", "# comment", GLOBEX);
        assertThat(kb.size()).isEqualTo(2);
        assertThat(kb.get("acme").orElseThrow().getTickers().get(0).getSymbol()).isEqualTo("ACME");
        assertThat(kb.get("globex").orElseThrow().getParentId()).isEqualTo("acme");
        assertThat(kb.warnings()).isEmpty();
    }

    @Test
    void shouldReportFileLineAndReasonForInvalidJson() {
        assertThatThrownBy(() -> load(ACME, "{\"id\":"))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("test.jsonl line 2: not valid JSON");
    }

    @Test
    void shouldRejectIdThatIsNotASlug() {
        assertThatThrownBy(() -> load("{\"id\":\"Acme Inc\",\"name\":\"Acme\"}"))
                .hasMessageContaining("line 1").hasMessageContaining("not a slug");
    }

    @Test
    void shouldRejectDuplicateIds() {
        assertThatThrownBy(() -> load(ACME, GLOBEX, ACME))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("line 3").hasMessageContaining("duplicate id 'acme'");
    }

    @Test
    void shouldRejectMissingNameAndWrongTypes() {
        assertThatThrownBy(() -> load("{\"id\":\"x\"}")).hasMessageContaining("missing required field 'name'");
        assertThatThrownBy(() -> load("{\"id\":\"x\",\"name\":\"X\",\"ambiguous\":\"yes\"}"))
                .hasMessageContaining("'ambiguous' must be true or false");
        assertThatThrownBy(() -> load("{\"id\":\"x\",\"name\":\"X\",\"tickers\":[{\"symbol\":\"X\"}]}"))
                .hasMessageContaining("exchange");
    }

    @Test
    void shouldWarnAboutUnknownParent() {
        CompanyKnowledgeBase kb = load(GLOBEX);
        assertThat(kb.warnings()).anyMatch(w -> w.contains("unknown parent 'acme'"));
    }

    @Test
    void shouldOverlayUserCompaniesAddingOverridingAndDeleting() {
        CompanyKnowledgeBase base = load(ACME, GLOBEX);
        CompanyKnowledgeBase user = load(
                "{\"id\":\"acme\",\"name\":\"Acme Renamed\"}",
                "{\"id\":\"globex\",\"deleted\":true}",
                "{\"id\":\"initech\",\"name\":\"Initech\"}");
        CompanyKnowledgeBase merged = base.overlay(user);
        assertThat(merged.companies()).extracting(c -> c.getId()).containsExactly("acme", "initech");
        assertThat(merged.get("acme").orElseThrow().getName()).isEqualTo("Acme Renamed");
        assertThat(merged.get("globex")).isEmpty();
        assertThat(base.size()).isEqualTo(2);
    }

    @Test
    void shouldReadFromPathAndNameTheFileInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.jsonl");
        Files.writeString(file, ACME + "\n{\"id\":\"-bad\",\"name\":\"B\"}\n");
        assertThatThrownBy(() -> CompanyKnowledgeBase.fromJsonl(file))
                .hasMessageContaining("mine.jsonl line 2");
        assertThatThrownBy(() -> CompanyKnowledgeBase.fromJsonl(dir.resolve("missing.jsonl")))
                .hasMessageContaining("file not found");
    }

    @Test
    void shouldLoadBuiltInKnowledgeBaseWithValidUniqueIds() {
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        assertThat(kb.size()).isGreaterThan(50);
        assertThat(kb.version()).isNotBlank();
        assertThat(kb.companies()).allMatch(c -> CompanyIds.isSlug(c.getId()));
        assertThat(kb.warnings()).noneMatch(w -> w.contains("already defined"));
    }

    @Test
    void shouldDefaultNewFieldsForCuratedLines() {
        var acme = load(ACME).get("acme").orElseThrow();
        assertThat(acme.getCurated()).isTrue();
        assertThat(acme.getIndustry()).isNull();
        assertThat(acme.getSuccessorId()).isNull();
        assertThat(acme.getFormerNames()).isEmpty();
        assertThat(acme.getBrands()).isEmpty();
    }

    @Test
    void shouldReadIndustryFormerNamesSuccessorBrandsAndCuratedFlag() {
        CompanyKnowledgeBase kb = load(ACME, "{\"id\":\"old-acme\",\"name\":\"Old Acme\",\"industry\":\"retail\","
                + "\"former_names\":{\"en\":[\"Acme Stores\"],\"ja\":[\"アクメ商店\"]},\"successor_id\":\"acme\","
                + "\"brands\":{\"en\":[\"Roadrunner\"]},\"curated\":false}");
        var old = kb.get("old-acme").orElseThrow();
        assertThat(old.getIndustry()).isEqualTo("retail");
        assertThat(old.getFormerNames()).containsEntry("ja", java.util.List.of("アクメ商店"));
        assertThat(old.getSuccessorId()).isEqualTo("acme");
        assertThat(old.getBrands()).containsEntry("en", java.util.List.of("Roadrunner"));
        assertThat(old.getCurated()).isFalse();
        assertThat(kb.warnings()).isEmpty();
    }

    @Test
    void shouldRejectSuccessorThatIsNotAnotherCompanysSlug() {
        assertThatThrownBy(() -> load("{\"id\":\"x\",\"name\":\"X\",\"successor_id\":\"x\"}"))
                .hasMessageContaining("successor_id 'x'");
        assertThatThrownBy(() -> load("{\"id\":\"x\",\"name\":\"X\",\"former_names\":[\"Y\"]}"))
                .hasMessageContaining("'former_names' must be an object");
    }

    @Test
    void shouldWarnAboutUnknownSuccessor() {
        CompanyKnowledgeBase kb = load("{\"id\":\"x\",\"name\":\"X\",\"successor_id\":\"nowhere\"}");
        assertThat(kb.warnings()).anyMatch(w -> w.contains("unknown successor 'nowhere'"));
    }

    @Test
    void shouldAddGeneratedNamesToCuratedCompanyButKeepItsFlags() {
        var curated = load("{\"id\":\"acme\",\"name\":\"Acme\",\"aliases\":{\"en\":[\"Acme Corp\"]},"
                + "\"ambiguous\":true,\"context_terms\":[\"anvil\"],\"tickers\":[{\"exchange\":\"NYSE\",\"symbol\":\"ACME\"}]}")
                .get("acme").orElseThrow();
        var generated = load("{\"id\":\"acme\",\"name\":\"Acme\",\"aliases\":{\"en\":[\"Acme Corp\",\"Acme Corporation\"],"
                + "\"ja\":[\"アクメ\"]},\"tickers\":[{\"exchange\":\"NYSE\",\"symbol\":\"ACME\"},{\"exchange\":\"TSE\","
                + "\"symbol\":\"9999\"}],\"industry\":\"retail\",\"ambiguous\":false,\"curated\":false}")
                .get("acme").orElseThrow();
        assertThat(CuratedSupplement.applies(curated, generated)).isTrue();
        assertThat(CuratedSupplement.applies(generated, curated)).isFalse();
        var merged = CuratedSupplement.apply(curated, generated);
        assertThat(merged.getAliases().get("en")).containsExactly("Acme Corp", "Acme Corporation");
        assertThat(merged.getAliases().get("ja")).containsExactly("アクメ");
        assertThat(merged.getTickers()).extracting(t -> t.getExchange() + ":" + t.getSymbol())
                .containsExactly("NYSE:ACME", "TSE:9999");
        assertThat(merged.getIndustry()).isEqualTo("retail");
        assertThat(merged.getAmbiguous()).isTrue();
        assertThat(merged.getContextTerms()).containsExactly("anvil");
        assertThat(merged.getCurated()).isTrue();
    }

    @Test
    void shouldBundleTwentyThousandCompaniesWithTheCuratedCoreIntact() {
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        assertThat(kb.size()).isGreaterThanOrEqualTo(20_000);
        assertThat(kb.companies().stream().filter(c -> c.getCurated()).count()).isGreaterThan(1_000);
        var toyota = kb.get("toyota").orElseThrow();
        assertThat(toyota.getCurated()).isTrue();
        assertThat(toyota.getContextTerms()).contains("Lexus");
        assertThat(kb.companies()).filteredOn(c -> !c.getCurated()).anyMatch(c -> "JP".equals(c.getCountry()))
                .anyMatch(c -> "US".equals(c.getCountry())).anyMatch(c -> "KR".equals(c.getCountry()));
    }

    @Test
    void shouldBundleDefunctEuropeanAndEnglishNamedCompaniesUnderTheNameRules() {
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        // Fortune 500 of 1990-2009: companies gone since, a proper-noun-only name needs evidence
        var polaroid = kb.get("polaroid").orElseThrow();
        assertThat(polaroid.getAliases().get("en")).contains("Polaroid");
        assertThat(polaroid.getAmbiguous()).isTrue();
        // a name the curated history file holds (Enron, 2026.12.05-5) wins: curated, no evidence needed
        var enron = kb.get("enron").orElseThrow();
        assertThat(enron.getAliases().get("en")).contains("Enron");
        assertThat(enron.getCurated()).isTrue();
        assertThat(enron.getAmbiguous()).isFalse();
        // a Fortune company also in the curated history file is merged into the curated one
        assertThat(kb.get("compaq").orElseThrow().getAliases().get("en")).contains("Compaq", "Compaq Computer");
        assertThat(kb.get("compaq-computer")).isEmpty();
        // a company taken over points to its successor
        assertThat(kb.get("merrill-lynch").orElseThrow().getSuccessorId()).isEqualTo("bank-of-america");
        // FinanceDatabase: non-US listings with their country and home listing, English names of Asian codes
        var qantas = kb.get("qantas-airways").orElseThrow();
        assertThat(qantas.getCountry()).isEqualTo("AU");
        assertThat(qantas.getTickers()).extracting(t -> t.getExchange() + ":" + t.getSymbol()).contains("ASX:QAN");
        assertThat(kb.get("jp-3101").orElseThrow().getAliases().get("en")).contains("Toyobo");
        // a frequent surname alone is no alias of a generated company; a publication keeps its article
        assertThat(kb.get("hayward").orElseThrow().getAliases().get("en")).doesNotContain("Hayward");
        assertThat(kb.get("new-york-times").orElseThrow().getAliases().get("en")).contains("The New York Times");
        assertThat(kb.companies()).filteredOn(c -> !c.getCurated()).anyMatch(c -> "GB".equals(c.getCountry()))
                .anyMatch(c -> "DE".equals(c.getCountry())).anyMatch(c -> "IN".equals(c.getCountry()))
                .anyMatch(c -> "HK".equals(c.getCountry()));
    }
}
