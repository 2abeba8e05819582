package io.newspulse.dedup.fingerprint;

import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verifier;
import io.newspulse.dedup.index.IndexEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Behaviour on the real messy Japanese seed articles of /work/shared/samples/seeds. */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of(System.getProperty("newspulse.seeds", "/work/shared/samples/seeds"));
    private static String seed0;
    private static String seed1;
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Verifier verifier = new Verifier();

    @BeforeAll
    static void loadSeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed directory not available");
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path[] sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toArray(Path[]::new);
            assumeTrue(sorted.length >= 2, "need two seeds");
            seed0 = Files.readString(sorted[0], StandardCharsets.UTF_8);
            seed1 = Files.readString(sorted[1], StandardCharsets.UTF_8);
        }
    }

    private MatchKind judge(String a, String b) {
        Fingerprint fa = fingerprinter.fingerprint(null, a, null);
        Fingerprint fb = fingerprinter.fingerprint(null, b, null);
        return verifier.verify(fb, new IndexEntry("a", "a", 0, fa.signature())).kind();
    }

    @Test
    void shouldDetectASeedRewrappedWithAnotherPortalsHeaderAndFooter() {
        for (String seed : new String[] {seed0, seed1}) {
            String wrapped = "ホーム | ニュース | 経済 | テクノロジー\n11/3(月) 10:15配信\nこの記事をシェア\nツイート\n"
                    + seed.replace("|", "")
                    + "\n【関連記事】マイクロソフト、独自AIモデルを発表\n無断転載・複製を禁じます\n"
                    + "Copyright © 2026 ニュースサイト Inc. All rights reserved.";
            assertThat(judge(seed, wrapped)).isIn(MatchKind.EXACT, MatchKind.NEAR);
        }
    }

    @Test
    void shouldDetectASeedWithAddedAuthorBioAsNearDuplicate() {
        String withBio = seed0 + "\n筆者は東京を拠点とするテクノロジー記者で、人工知能や半導体業界を中心に取材している。"
                + "以前は経済誌で自動車業界を担当していた。";
        assertThat(judge(seed0, withBio)).isEqualTo(MatchKind.NEAR);
    }

    @Test
    void shouldTellTheTwoSeedsApartAlthoughTheyShareCompaniesAndTopic() {
        assertThat(judge(seed0, seed1)).isEqualTo(MatchKind.DIFFERENT);
        assertThat(judge(seed1, seed0)).isEqualTo(MatchKind.DIFFERENT);
    }

    @Test
    void shouldDropSeedHeaderFurniture() {
        String content = TextCleaner.clean(null, seed1, null).content();
        assertThat(content).doesNotContain("abmhh").doesNotContain("comments").doesNotContain("cfoto");
    }
}
