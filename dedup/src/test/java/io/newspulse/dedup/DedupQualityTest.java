package io.newspulse.dedup;

import io.newspulse.dedup.LabelledPairs.Pair;
import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import io.newspulse.dedup.index.DedupIndex;
import io.newspulse.dedup.index.DedupResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures detection quality on the labelled pairs (exact / rewrapped / edited / different, English and Japanese)
 * and writes the measured table to {@code target/dedup-quality.md} (copied into docs/quality.md).
 */
class DedupQualityTest {
    private static final Logger LOG = LoggerFactory.getLogger(DedupQualityTest.class);
    private static final long MINUTE = 60_000L;
    private static List<Pair> pairs;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    @BeforeAll
    static void loadPairs() throws IOException {
        pairs = LabelledPairs.load();
    }

    /** Per (label, language): pairs, detected as duplicate, detected as exact kind, minimum/mean similarity. */
    private static final class Row {
        int pairs;
        int duplicate;
        int exactKind;
        double simSum;
        double simMin = 1.0;
    }

    private DedupResult judge(Pair p) {
        DedupIndex index = new DedupIndex();
        index.offer("a", 0, fp(p.a()));
        return index.offer("b", MINUTE, fp(p.b()));
    }

    private Fingerprint fp(LabelledPairs.Article a) {
        return fingerprinter.fingerprint(a.title(), a.body(), a.lang());
    }

    @Test
    void shouldHaveEnoughLabelledPairsInBothLanguages() {
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(160);
        long ja = pairs.stream().filter(p -> p.language().equals("ja")).count();
        assertThat(ja).isBetween(pairs.size() * 2L / 5, pairs.size() * 3L / 5);
        assertThat(pairs).extracting(Pair::label).contains("exact", "rewrapped", "edited", "different");
    }

    @Test
    void shouldDetectExactAndRewrappedAlwaysEditedMostlyAndNeverMergeDifferentStories() throws IOException {
        Map<String, Row> table = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Pair p : pairs) {
            DedupResult r = judge(p);
            for (String key : List.of(p.label() + " " + p.language(), p.label() + " all")) {
                Row row = table.computeIfAbsent(key, k -> new Row());
                row.pairs++;
                if (r.isDuplicate()) {
                    row.duplicate++;
                    row.simSum += r.similarity();
                    row.simMin = Math.min(row.simMin, r.similarity());
                }
                if (r.kind() == DedupResult.Kind.EXACT) {
                    row.exactKind++;
                }
            }
            boolean wrong = p.label().equals("different") == r.isDuplicate();
            if (wrong) {
                failures.add(p.label() + " -> " + r.kind() + " " + r.similarity() + " : " + p.note());
            }
        }
        String report = render(table, crossPairFalseMerges());
        Path out = Path.of("target", "dedup-quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        LOG.info("dedup quality:\n{}\nmisjudged pairs: {}", report, failures);

        assertThat(table.get("exact all").exactKind).isEqualTo(table.get("exact all").pairs);
        assertThat(table.get("rewrapped all").duplicate).isEqualTo(table.get("rewrapped all").pairs);
        assertThat(table.get("edited all").duplicate).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * table.get("edited all").pairs));
        assertThat(table.get("different all").duplicate).as("different stories merged: %s", failures).isZero();
    }

    @Test
    void shouldNeverMergeArticlesOfDifferentPairsInOneStream() {
        assertThat(crossPairFalseMerges()).isZero();
    }

    /**
     * Offers every article of every pair into one index (a then b, pair after pair); every pair holds independently
     * generated stories, so an article clustered with an article of another pair is a false merge.
     */
    private int crossPairFalseMerges() {
        DedupIndex index = new DedupIndex();
        Map<String, Integer> pairOf = new TreeMap<>();
        int falseMerges = 0;
        long t = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            for (String side : List.of("a", "b")) {
                String id = i + side;
                pairOf.put(id, i);
                DedupResult r = index.offer(id, t += MINUTE, fp(side.equals("a") ? p.a() : p.b()));
                if (r.isDuplicate() && pairOf.get(r.clusterId()) != i) {
                    falseMerges++;
                }
            }
        }
        return falseMerges;
    }

    private static String render(Map<String, Row> table, int crossMerges) {
        StringBuilder sb = new StringBuilder();
        sb.append("Measured ").append(LocalDate.now()).append(" by DedupQualityTest on ")
                .append(pairs.size()).append(" labelled pairs.\n\n");
        sb.append("| label | lang | pairs | judged duplicate | judged exact | mean sim (dups) | min sim (dups) |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Row> e : table.entrySet()) {
            String[] parts = e.getKey().split(" ");
            Row r = e.getValue();
            sb.append(String.format(java.util.Locale.ROOT, "| %s | %s | %d | %d (%.1f%%) | %d | %s | %s |%n",
                    parts[0], parts[1], r.pairs, r.duplicate, 100.0 * r.duplicate / r.pairs, r.exactKind,
                    r.duplicate == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.3f", r.simSum / r.duplicate),
                    r.duplicate == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.3f", r.simMin)));
        }
        sb.append("\nCross-pair false merges when all ").append(pairs.size() * 2)
                .append(" articles go through one index: ").append(crossMerges).append('\n');
        return sb.toString();
    }
}
