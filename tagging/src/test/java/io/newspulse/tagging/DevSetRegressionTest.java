package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.core.json.Json;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Company tagging quality on the labelled development set (test-support's {@code DevSet}, see its README for the
 * Wikinews attribution), scored as {@code shared/dev-set/score.py} does: a predicted company matches a gold entry
 * when its name or one of its mentions equals (NFKC, case-insensitive) the gold name or an alias; predictions that
 * only match {@code gold_optional} are ignored, extra predictions of an already matched entry are duplicates (not
 * counted). The thresholds are the figures reached on 2026-12-05 (knowledge base 2026.12.05-3, pattern discovery with
 * the Japanese context rules: P 0.958 R 0.896; en 0.951/0.901, ja 0.973/0.909, ko 0.958/0.836; the English recall is
 * flattered by the curated history file, see docs/quality.md), rounded down a little; the precision floors of all and
 * Korean raised with knowledge base 2026.12.05-4 and the club short names of {@code match.SportsTeamRule} (P 0.960,
 * ko 0.979: KIA in a player-trade story is the club); all, English and Japanese raised with knowledge base
 * 2026.12.05-5 (P 0.965 R 0.898; en 0.958/0.901, ja 0.974/0.917; three of the four gained companies were dev-set
 * misses, see docs/knowledge-base.md).
 */
class DevSetRegressionTest {
    private static final Logger LOG = LoggerFactory.getLogger(DevSetRegressionTest.class);
    /** Per language: minimum precision, minimum recall. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "ALL", new double[] {0.96, 0.89},
            "en", new double[] {0.95, 0.895},
            "ja", new double[] {0.965, 0.91},
            "ko", new double[] {0.96, 0.82},
            "de", new double[] {0.6, 0.5}); // two gold entries only: one miss is 50 points

    private static final Map<String, int[]> COUNTS = new HashMap<>(); // tp, fp, fn

    @BeforeAll
    static void score() throws IOException {
        Tagger tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
        for (JsonNode article : articles()) {
            String lang = article.get("lang").asText();
            List<CompanyMatch> predicted = new ArrayList<>(tagger.tag(text(article, "title"),
                    article.get("body").asText(), lang));
            predicted.sort(Comparator.comparingDouble(CompanyMatch::relevance).reversed());
            List<Set<String>> gold = new ArrayList<>();
            article.get("gold").forEach(g -> gold.add(keys(g)));
            Set<String> optional = new HashSet<>();
            article.path("gold_optional").forEach(g -> optional.addAll(keys(g)));
            Set<Integer> taken = new HashSet<>();
            int tp = 0;
            int fp = 0;
            for (CompanyMatch m : predicted) {
                Set<String> k = new HashSet<>();
                k.add(norm(m.companyName()));
                m.surfaceForms().forEach(f -> k.add(norm(f)));
                Integer free = null;
                boolean any = false;
                for (int i = 0; i < gold.size(); i++) {
                    if (!java.util.Collections.disjoint(gold.get(i), k)) {
                        any = true;
                        if (!taken.contains(i)) {
                            free = i;
                            break;
                        }
                    }
                }
                if (free != null) {
                    taken.add(free);
                    tp++;
                } else if (!any && java.util.Collections.disjoint(optional, k)) {
                    fp++;
                }
            }
            int fn = gold.size() - taken.size();
            for (String key : List.of(lang, "ALL")) {
                int[] c = COUNTS.computeIfAbsent(key, x -> new int[3]);
                c[0] += tp;
                c[1] += fp;
                c[2] += fn;
            }
        }
        COUNTS.forEach((lang, c) -> LOG.info("dev set {}: P={} R={} (tp={} fp={} fn={})", lang,
                String.format(Locale.ROOT, "%.3f", precision(c)), String.format(Locale.ROOT, "%.3f", recall(c)),
                c[0], c[1], c[2]));
    }

    @Test
    void shouldKeepPrecisionAndRecallPerLanguage() {
        FLOORS.forEach((lang, floor) -> {
            int[] c = COUNTS.get(lang);
            assertThat(c).as("articles in %s", lang).isNotNull();
            assertThat(precision(c)).as("precision %s", lang).isGreaterThanOrEqualTo(floor[0]);
            assertThat(recall(c)).as("recall %s", lang).isGreaterThanOrEqualTo(floor[1]);
        });
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    private static Set<String> keys(JsonNode entry) {
        Set<String> keys = new HashSet<>();
        keys.add(norm(entry.get("name").asText()));
        entry.path("aliases").forEach(a -> keys.add(norm(a.asText())));
        return keys;
    }

    /** As score.py: NFKC, case folded, stripped. */
    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private static String text(JsonNode article, String field) {
        JsonNode v = article.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static List<JsonNode> articles() {
        return io.newspulse.testsupport.DevSet.articles();
    }
}
