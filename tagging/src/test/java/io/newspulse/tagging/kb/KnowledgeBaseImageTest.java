package io.newspulse.tagging.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseImageTest {
    private static final String ACME = "{\"id\":\"acme\",\"name\":\"Acme\",\"aliases\":{\"en\":[\"Acme Corp\"]},"
            + "\"tickers\":[{\"exchange\":\"NYSE\",\"symbol\":\"ACME\"}],\"country\":\"US\",\"parent_id\":\"nowhere\"}";
    private static final String GLOBEX = "{\"id\":\"globex\",\"name\":\"Globex\",\"curated\":false,\"unknown\":1}";

    @TempDir
    Path dir;

    @Test
    void shouldGiveTheBundledKnowledgeBaseExactlyAsParsedFromItsJsonLinesFiles() throws IOException {
        CompanyKnowledgeBase parsed = CompanyKnowledgeBase.parseBuiltIn();
        Path image = dir.resolve(KnowledgeBaseImage.RESOURCE);
        Files.write(image, imageOf(parsed, CompanyKnowledgeBase.builtInSources()));

        CompanyKnowledgeBase read = KnowledgeBaseImage.read(image.toUri().toURL(),
                CompanyKnowledgeBase.builtInSources()).orElseThrow();

        assertThat(read.size()).isEqualTo(parsed.size()).isGreaterThan(1000);
        assertThat(List.copyOf(read.companies())).isEqualTo(List.copyOf(parsed.companies()));
        assertThat(read.version()).isEqualTo(parsed.version());
        assertThat(read.warnings()).isEqualTo(parsed.warnings());
    }

    @Test
    void shouldBuildTheBuiltInKnowledgeBaseFromTheImageTheBuildWrote() {
        URL image = CompanyKnowledgeBase.class.getResource(CompanyKnowledgeBase.RESOURCE_DIR + KnowledgeBaseImage.RESOURCE);

        assertThat(image).as("the image written at process-classes").isNotNull();
        assertThat(KnowledgeBaseImage.read(image, CompanyKnowledgeBase.builtInSources()))
                .as("an image matching the bundled files").isPresent();
    }

    @Test
    void shouldKeepCompaniesInOrderWithVersionAndLoadWarnings() throws IOException {
        Map<String, URL> sources = sources(ACME + "\n" + GLOBEX);
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.fromJsonl(sources.get("a.jsonl").openStream(), "a.jsonl");
        Path image = dir.resolve("image.avro");
        Files.write(image, imageOf(kb, sources));

        CompanyKnowledgeBase read = KnowledgeBaseImage.read(image.toUri().toURL(), sources).orElseThrow();

        assertThat(read.companies()).extracting(c -> c.getId()).containsExactly("acme", "globex");
        assertThat(read.get("globex").orElseThrow().getCurated()).isFalse();
        assertThat(read.version()).isEqualTo("a.jsonl");
        assertThat(read.warnings()).isEqualTo(kb.warnings()).hasSize(2); // the unknown field and the unknown parent
    }

    @Test
    void shouldIgnoreAnImageWrittenFromOtherSourceFiles() throws IOException {
        Map<String, URL> sources = sources(ACME);
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.fromJsonl(sources.get("a.jsonl").openStream(), "a.jsonl");
        Path image = dir.resolve("image.avro");
        Files.write(image, imageOf(kb, sources));

        Files.writeString(dir.resolve("a.jsonl"), ACME + "\n" + GLOBEX, StandardCharsets.UTF_8); // edited since

        assertThat(KnowledgeBaseImage.read(image.toUri().toURL(), sources)).isEmpty();
    }

    @Test
    void shouldIgnoreAMissingOrUnreadableImage() throws IOException {
        Map<String, URL> sources = sources(ACME);
        Path garbage = dir.resolve("garbage.avro");
        Files.writeString(garbage, "not an avro file");

        assertThat(KnowledgeBaseImage.read(null, sources)).isEmpty();
        assertThat(KnowledgeBaseImage.read(garbage.toUri().toURL(), sources)).isEmpty();
    }

    @Test
    void shouldWriteTheSameBytesForTheSameFiles() throws IOException {
        Map<String, URL> sources = sources(ACME + "\n" + GLOBEX);
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.fromJsonl(sources.get("a.jsonl").openStream(), "a.jsonl");

        assertThat(imageOf(kb, sources)).isEqualTo(imageOf(kb, sources));
    }

    private Map<String, URL> sources(String jsonl) throws IOException {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, jsonl, StandardCharsets.UTF_8);
        Map<String, URL> sources = new LinkedHashMap<>();
        sources.put("a.jsonl", file.toUri().toURL());
        return sources;
    }

    private static byte[] imageOf(CompanyKnowledgeBase kb, Map<String, URL> sources) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KnowledgeBaseImage.write(kb, sources, out);
        return out.toByteArray();
    }
}
