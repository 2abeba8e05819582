package io.newspulse.producer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.avro.Company;
import io.newspulse.core.text.TextNormalizer;
import io.newspulse.producer.ArticleDraft;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticArticleGeneratorTest {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static Collection<Company> companies;

    @BeforeAll
    static void loadKnowledgeBase() {
        companies = BuiltInCompanies.curated();
    }

    private static List<GeneratedArticle> generate(long seed, int n, List<String> bursts) {
        var g = new SyntheticArticleGenerator(companies, new SyntheticArticleGenerator.Options(seed, START, Duration.ofSeconds(2), bursts));
        List<GeneratedArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(g.next());
        }
        return out;
    }

    @Test
    void shouldProduceTheSameArticlesAndTruthForTheSameSeed() {
        assertThat(generate(7, 300, List.of())).isEqualTo(generate(7, 300, List.of()));
        assertThat(generate(7, 50, List.of()).get(10).draft().body()).isNotEqualTo(generate(8, 50, List.of()).get(10).draft().body());
    }

    @Test
    void shouldWriteEveryTruthCompanyByANameOfThatCompanyInTheArticleLanguage() {
        Map<String, Company> byId = new HashMap<>();
        companies.forEach(c -> byId.put(c.getId(), c));
        for (GeneratedArticle a : generate(11, 400, List.of())) {
            String text = TextNormalizer.normalize(a.draft().title() + "\n" + a.draft().body());
            String aliasLanguage = a.draft().language().equals("de") ? "en" : a.draft().language();
            assertThat(a.truth().companies()).isNotEmpty().allSatisfy(id -> {
                List<String> names = byId.get(id).getAliases().get(aliasLanguage);
                assertThat(names).as("aliases of %s in %s", id, aliasLanguage).isNotNull();
                assertThat(names.stream().map(TextNormalizer::normalize).anyMatch(text::contains))
                        .as("%s names %s", a.truth().id(), id).isTrue();
                assertThat(byId.get(id).getAmbiguous()).isFalse();
            });
        }
    }

    @Test
    void shouldPointDuplicatesAtEarlierOriginalsWithMatchingText() {
        List<GeneratedArticle> all = generate(3, 500, List.of());
        Map<String, GeneratedArticle> byId = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Instant previous = START;
        for (GeneratedArticle a : all) {
            TruthRecord t = a.truth();
            kinds.merge(t.variant(), 1, Integer::sum);
            assertThat(t.publishedAt()).isAfterOrEqualTo(previous).isEqualTo(a.draft().publishedAt());
            previous = t.publishedAt();
            assertThat(a.draft().givenId()).isEqualTo(t.id());
            assertThat(a.draft().body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(1500, 3500);
            if (t.kind().equals("original")) {
                assertThat(t.duplicateOf()).isNull();
            } else {
                GeneratedArticle original = byId.get(t.duplicateOf());
                assertThat(original).as("original of %s generated earlier", t.id()).isNotNull();
                assertThat(original.truth().kind()).isEqualTo("original");
                assertThat(t.companies()).isEqualTo(original.truth().companies());
                ArticleDraft o = original.draft();
                if (t.kind().equals("exact")) {
                    assertThat(a.draft().body()).isEqualTo(o.body());
                    assertThat(a.draft().source()).isNotEqualTo(o.source());
                } else {
                    assertThat(a.draft().body()).isNotEqualTo(o.body());
                }
            }
            byId.put(t.id(), a);
        }
        assertThat(kinds).containsKeys("original", "repost", "rewrap", "edit");
        assertThat(kinds.get("original")).isGreaterThan(300);
    }

    @Test
    void shouldConcentrateBurstCompaniesInBurstWindows() {
        List<GeneratedArticle> all = generate(5, 300, List.of("microsoft", "toyota"));
        long inBurst = all.subList(100, 200).stream().filter(a -> a.truth().kind().equals("original"))
                .filter(a -> a.truth().companies().contains("microsoft") || a.truth().companies().contains("toyota")).count();
        long outside = all.subList(0, 100).stream().filter(a -> a.truth().kind().equals("original"))
                .filter(a -> a.truth().companies().contains("microsoft") || a.truth().companies().contains("toyota")).count();
        assertThat(inBurst).isGreaterThan(30).isGreaterThan(outside * 5);
    }

    @Test
    void shouldUseLocalAliasesAndSeveralLanguages() {
        List<GeneratedArticle> all = generate(9, 600, List.of("microsoft"));
        assertThat(all.stream().map(a -> a.draft().language()).distinct()).contains("en", "ja", "zh", "ko", "de");
        assertThat(all).filteredOn(a -> a.draft().language().equals("ja") && a.truth().companies().contains("microsoft")
                && a.truth().kind().equals("original")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.draft().body()).doesNotContain("Microsoft"));
    }

    @Test
    void shouldWriteTruthAsJsonLines() throws Exception {
        var g = new SyntheticArticleGenerator(companies, SyntheticArticleGenerator.Options.of(1, START));
        StringWriter truth = new StringWriter();
        var collected = new io.newspulse.producer.CollectingSink();
        new GeneratorSource(g, 5, 0, truth).readInto(collected);
        assertThat(collected.articles).hasSize(5);
        assertThat(truth.toString().lines()).hasSize(5).first().asString()
                .startsWith("{\"id\":\"gen-1-0000000\",\"companies\":[").contains("\"duplicate_of\":null,\"kind\":\"original\"");
    }
}
