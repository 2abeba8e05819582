package io.newspulse.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every event schema evolves BACKWARD-compatibly from its previous committed version, and documents every field. */
class SchemaEvolutionTest {
    private static final String[] SCHEMAS = {"ArticleEvent", "Company", "Mention", "DuplicateEvent", "CompanySignal", "Alert"};

    @ParameterizedTest
    @ValueSource(strings = {"ArticleEvent", "Company", "Mention", "DuplicateEvent", "CompanySignal", "Alert"})
    void shouldReadDataWrittenWithThePreviousVersion(String name) throws IOException {
        Schema previous = parse("/previous/" + name + ".avsc");
        Schema current = parse("/avro/" + name + ".avsc");
        var result = SchemaCompatibility.checkReaderWriterCompatibility(current, previous);
        assertThat(result.getType()).as(name + ": " + result.getDescription()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void shouldDetectAnIncompatibleChange() throws IOException {
        Schema previous = parse("/previous/ArticleEvent.avsc");
        Schema broken = new Schema.Parser().parse(previous.toString().replace(
                "{\"name\":\"body\",\"type\":\"string\"", "{\"name\":\"body\",\"type\":\"int\""));
        var result = SchemaCompatibility.checkReaderWriterCompatibility(broken, previous);
        assertThat(result.getType()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void shouldDocumentEveryRecordAndFieldAndUseOurNamespace() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (String name : SCHEMAS) {
            collectUndocumented(parse("/avro/" + name + ".avsc"), undocumented);
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void shouldKeepTimestampsAsTimestampMillis() throws IOException {
        Schema article = parse("/avro/ArticleEvent.avsc");
        assertThat(article.getField("ingested_at").schema().getLogicalType().getName()).isEqualTo("timestamp-millis");
    }

    private static void collectUndocumented(Schema schema, List<String> out) {
        switch (schema.getType()) {
            case RECORD -> {
                if (!"io.newspulse.avro".equals(schema.getNamespace())) {
                    out.add(schema.getFullName() + " (namespace)");
                }
                if (schema.getDoc() == null || schema.getDoc().isBlank()) {
                    out.add(schema.getFullName());
                }
                for (Schema.Field field : schema.getFields()) {
                    if (field.doc() == null || field.doc().isBlank()) {
                        out.add(schema.getFullName() + "." + field.name());
                    }
                    collectUndocumented(field.schema(), out);
                }
            }
            case ARRAY -> collectUndocumented(schema.getElementType(), out);
            case MAP -> collectUndocumented(schema.getValueType(), out);
            case UNION -> schema.getTypes().forEach(t -> collectUndocumented(t, out));
            default -> { }
        }
    }

    private static Schema parse(String resource) throws IOException {
        try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new Schema.Parser().parse(in);
        }
    }
}
