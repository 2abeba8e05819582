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
}
