package io.newspulse.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.CollectingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDirectorySourceTest {
    static final Path SEEDS = Path.of("/work/shared/samples/seeds");

    private static CollectingSink read(Path dir, long max) throws IOException {
        CollectingSink c = new CollectingSink();
        new TextDirectorySource(dir, max).readInto(c);
        return c;
    }

    @Test
    void shouldReadSeedPagesAsJapaneseArticlesWithoutNavigationJunk() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS));
        CollectingSink c = read(SEEDS, 1 << 20);
        assertThat(c.rejects).isEmpty();
        assertThat(c.articles).hasSize(2).allSatisfy(a -> {
            assertThat(a.language()).isEqualTo("ja");
            assertThat(a.title()).isNotBlank();
            assertThat(a.body()).doesNotStartWith("|").doesNotEndWith("|").contains("マイクロソフト");
            assertThat(a.body().lines()).noneMatch(l -> l.strip().equals("|"));
        });
        ArticleDraft second = c.articles.get(1);
        assertThat(second.title()).startsWith("独立?マイクロソフトは「AIで自給自足」");
        assertThat(second.body()).doesNotContain("0 comments").doesNotContain("abmhh")
                .doesNotStartWith("独立?マイクロソフトは")
                .startsWith("スマートフォンに表示された Microsoft ロゴ");
        ArticleDraft first = c.articles.get(0);
        assertThat(first.body()).startsWith("OpenAIとOracleがデータセンター").endsWith("[4]https://x.com/sama/status/188...");
        assertThat(first.title()).startsWith("OpenAIとOracleがデータセンターの構築に協力した瞬間から");
    }

    @Test
    void shouldStripMenuBarsAndFindDateAndTitle(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ホーム | ニュース | テクノロジー | 経済
                # トヨタ、新型EVを発表
                • シェア
                2024年3月5日 10時30分
                トヨタ自動車は新型の電気自動車を発表した。|
                12 comments
                https://example.com/x
                """);
        CollectingSink c = read(dir, 1 << 20);
        ArticleDraft a = c.articles.get(0);
        assertThat(a.title()).isEqualTo("トヨタ、新型EVを発表");
        assertThat(a.body()).isEqualTo("2024年3月5日 10時30分\nトヨタ自動車は新型の電気自動車を発表した。");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
        assertThat(a.attributes()).containsEntry("file", "a.txt");
    }

    @Test
    void shouldRejectInvalidUtf8EmptyAndOversizeFilesWithReasons(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', 'b', (byte) 0xC3, '(', 'x'});
        Files.writeString(dir.resolve("empty.txt"), " | \n  • 0 comments \n");
        Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        Files.writeString(dir.resolve("ok.txt"), "Title\nThe body of the article is here.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ignored.md"), "not a txt file");
        CollectingSink c = read(dir, 1000);
        assertThat(c.articles).extracting(ArticleDraft::title).containsExactly("Title");
        assertThat(c.rejects).extracting(r -> Path.of(r.ref()).getFileName().toString() + ": " + r.reason())
                .containsExactly("bad.txt: invalid UTF-8 at byte 2", "big.txt: file of 2000 bytes exceeds max.article.bytes=1000",
                        "empty.txt: empty body after removing navigation junk");
        assertThat(c.rejects.get(0).raw()).hasSize(5);
    }
}
