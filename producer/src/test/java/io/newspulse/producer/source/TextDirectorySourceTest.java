package io.newspulse.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.CollectingSink;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
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
        assertThat(c.rejects).extracting(r -> Path.of(r.ref()).getFileName().toString() + ": " + r.reason().replaceAll(" \\(.*|; force.*", ""))
                .containsExactly("bad.txt: invalid UTF-8 at byte 2; no other charset detected that decodes it cleanly", "big.txt: file of 2000 bytes exceeds max.article.bytes=1000",
                        "empty.txt: empty body after removing navigation junk");
        assertThat(c.rejects.get(0).raw()).hasSize(5);
    }

    static final String JAPANESE = """
            トヨタ自動車は五日、新型の電気自動車を来年の春に発売すると発表した。
            同社によると、国内の工場で生産を始め、価格はこれまでの車種よりも安く抑えるという。
            社長は記者会見で「多くのお客様に乗っていただきたい」と話した。
            """.strip();
    static final String GERMAN = """
            Die Übernahme der Bäckerei durch die Müller Gruppe wurde am Montag in München bekanntgegeben.
            Der Geschäftsführer äußerte sich zufrieden über den Verkauf; die Angestellten behalten ihre Stellen.
            Über den Kaufpreis wurde Stillschweigen vereinbart, berichtete die Zeitung à la une.
            """.strip();

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 16; i++) {
            image.setRGB(i, (i * 7) % 16, 0x123456 * (i + 1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void shouldDetectTheCharsetOfShiftJisEucJpUtf16Latin1AndBomFilesAndRecordIt(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a-sjis.txt"), JAPANESE.getBytes(Charset.forName("Shift_JIS")));
        Files.write(dir.resolve("b-eucjp.txt"), JAPANESE.getBytes(Charset.forName("EUC-JP")));
        Files.write(dir.resolve("c-utf16be-bom.txt"), JAPANESE.getBytes(StandardCharsets.UTF_16)); // Java writes a BOM
        Files.write(dir.resolve("d-utf16le-bom.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, GERMAN.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("e-latin1.txt"), GERMAN.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("f-utf8-bom.txt"), withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, JAPANESE.getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("g-utf8.txt"), GERMAN.getBytes(StandardCharsets.UTF_8));

        CollectingSink c = read(dir, 1 << 20);

        assertThat(c.rejects).isEmpty();
        assertThat(c.articles).hasSize(7);
        assertThat(c.articles).extracting(a -> a.attributes().get("file") + "=" + a.attributes().get("charset")).containsExactly(
                "a-sjis.txt=Shift_JIS", "b-eucjp.txt=EUC-JP", "c-utf16be-bom.txt=UTF-16BE", "d-utf16le-bom.txt=UTF-16LE",
                "e-latin1.txt=ISO-8859-1", "f-utf8-bom.txt=UTF-8", "g-utf8.txt=UTF-8");
        assertThat(c.articles).allSatisfy(a -> {
            String text = (a.title() == null ? "" : a.title() + "\n") + a.body();
            assertThat(text).isIn(JAPANESE, GERMAN).doesNotContain("\uFEFF").doesNotContain("\uFFFD");
        });
        assertThat(c.articles.get(0).language()).isEqualTo("ja");
        assertThat(c.articles.get(4).language()).isEqualTo("de");
    }

    @Test
    void shouldStillRejectABinaryFileNamedTxtWithAClearReason(@TempDir Path dir) throws IOException {
        byte[] png = png();
        Files.write(dir.resolve("picture.txt"), png);
        CollectingSink c = read(dir, 1 << 20);
        assertThat(c.articles).isEmpty();
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("binary").contains("PNG");
            assertThat(r.raw()).isEqualTo(png);
        });
    }

    @Test
    void shouldDecodeWithAForcedEncodingAndRejectBytesThatAreNotValidInIt(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a-latin1.txt"), "Café Müller".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("b-sjis.txt"), JAPANESE.getBytes(Charset.forName("Shift_JIS")));
        CollectingSink latin = new CollectingSink();
        new TextDirectorySource(dir, 1 << 20, "a-*.txt", StandardCharsets.ISO_8859_1).readInto(latin);
        assertThat(latin.articles).singleElement().satisfies(a -> {
            assertThat(a.body()).isEqualTo("Café Müller");
            assertThat(a.attributes()).containsEntry("charset", "ISO-8859-1");
        });
        CollectingSink utf8 = new CollectingSink();
        new TextDirectorySource(dir, 1 << 20, "b-*.txt", StandardCharsets.UTF_8).readInto(utf8);
        assertThat(utf8.articles).isEmpty();
        assertThat(utf8.rejects).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("invalid UTF-8 at byte 0").contains("--encoding"));
    }
}
