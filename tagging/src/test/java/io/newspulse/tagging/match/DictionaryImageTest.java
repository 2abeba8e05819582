package io.newspulse.tagging.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspulse.avro.Company;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryImageTest {

    @Test
    void shouldReadBackEveryFieldOfTheDictionaryItWrote() throws IOException {
        AliasDictionary built = AliasDictionary.build(fixture());

        AliasDictionary read = DictionaryImage.read(ByteBuffer.wrap(bytes(built)), built.companies());

        // field by field, down to the arrays of both matchers: a field the image forgets differs here
        assertThat(read).usingRecursiveComparison().isEqualTo(built);
    }

    @Test
    void shouldRefuseCompaniesOtherThanTheWrittenOnes() throws IOException {
        AliasDictionary built = AliasDictionary.build(fixture());
        byte[] image = bytes(built);

        assertThatThrownBy(() -> DictionaryImage.read(ByteBuffer.wrap(image), built.companies().subList(1, built.companies().size())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(AliasDictionary dictionary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            DictionaryImage.write(dictionary, data);
        }
        return out.toByteArray();
    }

    private static List<Company> fixture() throws IOException {
        try (InputStream in = io.newspulse.tagging.Tagger.class.getResourceAsStream("test-companies.jsonl")) {
            return List.copyOf(CompanyKnowledgeBase.fromJsonl(in, "test-companies.jsonl").companies());
        }
    }
}
