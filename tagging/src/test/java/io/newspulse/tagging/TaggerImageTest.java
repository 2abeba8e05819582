package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import io.newspulse.tagging.match.DictionaryImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The built-in knowledge base's tagger compiled at build time (process-classes) and loaded instead of built. */
class TaggerImageTest {

    @Test
    void shouldLoadTheSameDictionaryAsABuildOfTheBuiltInKnowledgeBase() throws IOException {
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();

        Tagger loaded = TaggerImage.load(kb).orElseThrow();

        assertThat(loaded.companyCount()).isEqualTo(kb.size());
        assertThat(loaded.dictionary().companies()).isEqualTo(BuiltInTagger.get().dictionary().companies());
        assertThat(bytes(loaded)).isEqualTo(bytes(BuiltInTagger.get()));
    }

    @Test
    void shouldTagTheDevSetAsTheBuiltTaggerDoes() {
        Tagger loaded = Tagger.of(CompanyKnowledgeBase.builtIn());

        for (JsonNode article : io.newspulse.testsupport.DevSet.articles()) {
            String title = article.path("title").asText(null);
            String body = article.get("body").asText();
            String lang = article.get("lang").asText();
            assertThat(loaded.tag(title, body, lang)).as(article.get("id").asText())
                    .isEqualTo(BuiltInTagger.get().tag(title, body, lang));
        }
    }

    @Test
    void shouldBuildTheTaggerOfAnyOtherKnowledgeBase() {
        CompanyKnowledgeBase fixture = TestCompanies.fixture();

        assertThat(TaggerImage.load(fixture)).isEmpty();
        assertThat(TaggerImage.load(CompanyKnowledgeBase.builtIn().overlay(fixture))).isEmpty();
        assertThat(Tagger.of(fixture).companyCount()).isEqualTo(fixture.size());
    }

    @Test
    void shouldRefuseAnImageCompiledForAnotherKnowledgeBaseImage() throws IOException {
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        byte[] image;
        try (InputStream in = TaggerImage.class.getClassLoader().getResourceAsStream(TaggerImage.RESOURCE)) {
            image = in.readAllBytes();
        }

        assertThat(TaggerImage.read(ByteBuffer.wrap(image), kb, "4242:deadbeef")).isEmpty();
        assertThat(TaggerImage.read(ByteBuffer.wrap(image), kb, kb.imageFingerprint().orElseThrow())).isPresent();
    }

    private static byte[] bytes(Tagger tagger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            DictionaryImage.write(tagger.dictionary(), data);
        }
        return out.toByteArray();
    }
}
