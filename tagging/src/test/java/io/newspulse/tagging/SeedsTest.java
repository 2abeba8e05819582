package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two real seed articles against the built-in knowledge base. The expected companies were written down by
 * hand from reading the articles: companies, including the Microsoft AI division and the media companies
 * Business Insider, Bloomberg and Getty Images; people (Musk, Altman), products (Copilot, Azure, ChatGPT) and
 * universities are not companies.
 */
class SeedsTest {
    private static Tagger tagger;

    @BeforeAll
    static void buildTagger() {
        tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = SeedsTest.class.getResourceAsStream("seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> ids(List<CompanyMatch> matches) {
        return matches.stream().map(CompanyMatch::companyId).toList();
    }

    @Test
    void shouldFindEveryCompanyOfTheMicrosoftOpenAiRiftSeedAndNothingElse() throws IOException {
        String body = seed("000_be0c72954be3d6da.txt");
        List<CompanyMatch> matches = tagger.tag(null, body, "ja");
        assertThat(ids(matches)).containsExactlyInAnyOrder(
                "openai", "oracle", "microsoft", "salesforce", "deepmind", "inflection-ai", "nvidia",
                "alphabet", "anthropic", "meta", "lightspeed-venture-partners", "microsoft-ai");
        assertThat(ids(matches).subList(0, 2)).containsExactlyInAnyOrder("microsoft", "openai");
        CompanyMatch microsoft = matches.stream().filter(m -> m.companyId().equals("microsoft")).findFirst().orElseThrow();
        assertThat(microsoft.surfaceForms()).contains("Microsoft", "マイクロソフト");
        CompanyMatch nvidia = matches.stream().filter(m -> m.companyId().equals("nvidia")).findFirst().orElseThrow();
        assertThat(nvidia.relevance()).isLessThan(0.3);
    }

    @Test
    void shouldFindEveryCompanyOfTheMicrosoftSelfSufficiencySeedAndNothingElse() throws IOException {
        String text = seed("001_9a11fdea5a0c0b54.txt");
        int firstBreak = text.indexOf('\n');
        String title = text.substring(0, firstBreak);
        String body = text.substring(firstBreak + 1);
        List<CompanyMatch> matches = tagger.tag(title, body, "ja");
        assertThat(ids(matches)).containsExactlyInAnyOrder(
                "microsoft", "openai", "microsoft-ai", "salesforce", "softbank-group", "getty-images", "bloomberg-lp",
                "business-insider");
        assertThat(matches.get(0).companyId()).isEqualTo("microsoft");
        assertThat(matches.get(0).inTitle()).isTrue();
        assertThat(matches.get(0).relevance()).isGreaterThan(0.7);
        for (CompanyMatch m : matches) {
            for (Span s : m.spans()) {
                assertThat((s.inTitle() ? title : body).substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
    }
}
