package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.avro.Company;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormerNamesAndBrandsTest {
    private static final String KB = String.join("\n",
            "{\"id\":\"sfcg\",\"name\":\"SFCG\",\"aliases\":{\"en\":[\"SFCG\"]},"
                    + "\"former_names\":{\"ja\":[\"商工ファンド\"],\"en\":[\"Shoko Fund\"]},\"curated\":false}",
            "{\"id\":\"inditex\",\"name\":\"Inditex\",\"aliases\":{\"en\":[\"Inditex\"]},"
                    + "\"brands\":{\"en\":[\"Zara\",\"Massimo Dutti\"]}}",
            "{\"id\":\"old-bank\",\"name\":\"Old Bank\",\"aliases\":{\"en\":[\"Old Bank plc\"]},\"successor_id\":\"inditex\"}");

    private static Tagger tagger() {
        List<Company> companies = List.copyOf(CompanyKnowledgeBase.fromJsonl(
                new ByteArrayInputStream(KB.getBytes(StandardCharsets.UTF_8)), "test.jsonl").companies());
        return Tagger.build(companies);
    }

    private static List<String> ids(String body) {
        return tagger().tag(null, body, null).stream().map(CompanyMatch::companyId).toList();
    }

    @Test
    void shouldTagFormerNameAsTheCompanyThatBoreIt() {
        assertThat(ids("商工ローン最大手の商工ファンドが倒産した。")).containsExactly("sfcg");
        assertThat(ids("Creditors of Shoko Fund met on Monday.")).containsExactly("sfcg");
    }

    @Test
    void shouldTagBrandAsItsOwner() {
        assertThat(ids("Sales at Zara rose 10% in the quarter.")).containsExactly("inditex");
    }

    @Test
    void shouldTagTheBuiltInBrandsAsTheirMakersInEveryLanguageTheyAreWrittenIn() {
        assertThat(BuiltInTagger.ids("Jeep sales fell in China in the third quarter.", "en")).containsExactly("stellantis");
        assertThat(BuiltInTagger.ids("Lexus sales rose 12% in Europe.", "en")).containsExactly("toyota");
        assertThat(BuiltInTagger.ids("レクサスの国内販売が好調だ。", "ja")).containsExactly("toyota");
        assertThat(BuiltInTagger.ids("Chevrolet recalled 10,000 pickup trucks.", "en")).containsExactly("general-motors");
        assertThat(BuiltInTagger.ids("Gucci sales slowed in Asia.", "en")).containsExactly("kering");
    }

    @Test
    void shouldNotTagALowerCaseWordSpelledLikeABrand() {
        assertThat(BuiltInTagger.ids("He drove an old jeep across the desert.", "en")).isEmpty();
    }

    @Test
    void shouldKeepTaggingAMergedCompanyUnderItsOwnId() {
        assertThat(ids("Shares of Old Bank plc were suspended.")).containsExactly("old-bank");
    }

    @Test
    void shouldReportTheSurfaceOfAFormerName() {
        CompanyMatch m = tagger().tag(null, "The old name Shoko Fund is gone.", null).get(0);
        assertThat(m.spans()).extracting(Span::text).containsExactly("Shoko Fund");
    }
}
