package io.newspulse.producer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.source.feed.FeedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared feed corpus against what its manifest entry says a correct reader yields:
 * well-formed feeds give exactly their items (and titles where the manifest has none missing), broken or hostile
 * files give one clear error or — where the manifest names a lenient repair — exactly the recoverable items,
 * and no entity or DTD is ever resolved.
 */
class FeedCorpusTest {
    static final Path FEEDS = Path.of("/work/shared/samples/feeds");

    static Stream<Arguments> corpus() throws IOException {
        Path manifest = FEEDS.resolve("manifest.json");
        Assumptions.assumeTrue(Files.exists(manifest), "shared feed corpus not present");
        JsonNode files = new ObjectMapper().readTree(manifest.toFile()).get("files");
        List<Arguments> args = new ArrayList<>();
        files.forEach(f -> args.add(Arguments.of(f.get("path").asText(), f)));
        return args.stream();
    }

    @Test
    void shouldListAllFiftyEightFeedsInTheManifest() throws IOException {
        assertThat(corpus().count()).isEqualTo(58);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldReadEachFeedAsItsManifestSays(String path, JsonNode entry) throws IOException {
        byte[] bytes = Files.readAllBytes(FEEDS.resolve(path));
        JsonNode expected = entry.get("expected");
        FeedSource source = new FeedSource(path, null, null);
        if (expected.get("well_formed").asBoolean() || expected.has("recoverable_items") && expected.get("recovery") != null) {
            readable(source, path, bytes, expected);
        } else {
            assertThatThrownBy(() -> source.read(path, bytes))
                    .isInstanceOf(FeedException.class)
                    .hasMessageMatching("(?s).{10,}");
        }
        assertThat(source.externalResolutions()).as("external entities/DTDs resolved").isZero();
    }

    private static void readable(FeedSource source, String path, byte[] bytes, JsonNode expected) {
        FeedSource.FeedRead read;
        try {
            read = source.read(path, bytes);
        } catch (FeedException e) {
            boolean mayRefuse = path.contains("xxe") || !expected.get("well_formed").asBoolean();
            assertThat(mayRefuse).as("%s must be readable but failed: %s", path, e.getMessage()).isTrue();
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        boolean wellFormed = expected.get("well_formed").asBoolean();
        int items = wellFormed ? expected.get("items").asInt() : expected.get("recoverable_items").asInt();
        if (!wellFormed) {
            assertThat(read.repairs()).as("a broken file read leniently must say which repair").isNotEmpty();
        }
        assertThat(read.entries()).as("entries of %s", path).isEqualTo(items);
        assertThat(read.articles().size() + read.rejects().size()).isEqualTo(items);
        JsonNode stats = wellFormed ? expected : expected.get("recovered_stats");
        if (stats != null && stats.path("items_without_title").asInt(-1) == 0) {
            assertThat(read.articles()).as("titles of %s", path).allSatisfy(a -> assertThat(a.title()).isNotBlank());
        }
        assertThat(read.articles()).allSatisfy(a -> {
            assertThat(a.body()).isNotBlank().doesNotContain("\uFFFD").doesNotContain("root:x:0:0");
            assertThat(a.title() == null ? "" : a.title()).doesNotContain("\uFFFD");
        });
    }

    @Test
    void shouldKeepCp932OnlyCharactersOfShiftJisFeed() throws Exception {
        byte[] bytes = Files.readAllBytes(FEEDS.resolve("ja_rss2_yahoo_news_sports_declared_shift_jis_with_cp932_only_chars.xml"));
        List<ArticleDraft> articles = new FeedSource("f", null, null).read("f", bytes).articles();
        String all = articles.stream().map(a -> a.title() + a.body()).reduce("", String::concat);
        assertThat(all).doesNotContain("\uFFFD").containsAnyOf("Ⅰ", "Ⅲ", "〝", "〟");
    }

    @Test
    void shouldDecodeDeclaredLatin1AsWindows1252Punctuation() throws Exception {
        byte[] bytes = Files.readAllBytes(FEEDS.resolve("en_rss2_guardian_declared_iso-8859-1_but_windows-1252_bytes.xml"));
        String all = new FeedSource("f", null, null).read("f", bytes).articles().stream()
                .map(a -> a.title() + a.body()).reduce("", String::concat);
        assertThat(all.chars().filter(c -> c >= 0x80 && c <= 0x9F).count()).isZero();
        assertThat(all).containsAnyOf("\u2019", "\u201C", "\u2013", "\u2014");
    }

    @Test
    void shouldCorrectUtf8BytesDeclaredAsLatin1() throws Exception {
        byte[] bytes = Files.readAllBytes(FEEDS.resolve("en_rss2_dailymail_declared_iso-8859-1_but_utf8_bytes.xml"));
        FeedSource.FeedRead read = new FeedSource("f", null, null).read("f", bytes);
        assertThat(read.articles()).hasSize(1);
        assertThat(read.articles().get(0).title() + read.articles().get(0).body()).doesNotContain("â€");
    }

    @Test
    void shouldRefuseBillionLaughsQuickly() throws Exception {
        byte[] bytes = Files.readAllBytes(FEEDS.resolve("en_rss2_bbc_radio4_billion_laughs_entity_expansion.xml"));
        assertThatThrownBy(() -> new FeedSource("f", null, null).read("f", bytes))
                .isInstanceOf(FeedException.class).hasMessageContaining("entities");
    }

    @Test
    void shouldNeverReadLocalFileThroughExternalEntity(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>a &x;</title><description>b &x;</description></item></channel></rss>";
        FeedSource source = new FeedSource("f", null, null);
        try {
            FeedSource.FeedRead read = source.read("f", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(read.articles()).allSatisfy(a -> assertThat(a.title() + a.body()).doesNotContain("TOP-SECRET-MARKER"));
        } catch (FeedException e) {
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET-MARKER");
        }
        assertThat(source.externalResolutions()).isZero();
    }

    @Test
    void shouldNotFetchExternalDtdAndStillReadTheItem() throws Exception {
        byte[] bytes = Files.readAllBytes(FEEDS.resolve("en_rss2_bbc_radio4_with_external_netscape_dtd.xml"));
        FeedSource source = new FeedSource("f", null, null);
        assertThat(source.read("f", bytes).articles()).hasSize(1);
        assertThat(source.externalResolutions()).isZero();
    }
}
