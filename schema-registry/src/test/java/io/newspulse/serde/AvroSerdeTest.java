package io.newspulse.serde;

import io.newspulse.avro.Company;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.registry.client.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroSerdeTest {
    private static final String SCOPE = "avro-serde-test";
    private static final Map<String, Object> CONFIG = Map.of("schema.registry.url", "mock://" + SCOPE);
    private static final Schema OLD_COMPANY = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Company\","
            + "\"namespace\":\"io.newspulse.avro\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"legacy\",\"type\":\"int\"}]}");

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    private static Company company() {
        return Company.newBuilder().setId("microsoft").setName("Microsoft").setCountry("US")
                .setAliases(Map.of("ja", List.of("マイクロソフト"))).build();
    }

    private static SchemaRegistryClient registry() {
        return MockSchemaRegistry.getClientForScope(SCOPE);
    }

    @Test
    void shouldRoundTripSpecificRecordsAndRegisterUnderTopicNameSubject() {
        try (SpecificAvroSerde<Company> serde = SpecificAvroSerde.forClass(Company.class, CONFIG, false)) {
            byte[] bytes = serde.serializer().serialize("companies", company());
            assertThat(serde.deserializer().deserialize("companies", bytes)).isEqualTo(company());
        }
        assertThat(registry().getAllSubjects()).containsExactly("companies-value");
        assertThat(registry().getLatestVersion("companies-value").id()).isEqualTo(1);
    }

    @Test
    void shouldReadOlderWriterSchemaIntoCurrentClass() {
        GenericRecord old = new GenericData.Record(OLD_COMPANY);
        old.put("id", "sony");
        old.put("name", "Sony");
        old.put("legacy", 42);
        byte[] bytes = new WireAvroSerializer(null, CONFIG, false).serialize("companies", old);

        try (SpecificAvroSerde<Company> serde = SpecificAvroSerde.forClass(Company.class, CONFIG, false)) {
            Company read = serde.deserializer().deserialize("companies", bytes);
            assertThat(read.getId()).isEqualTo("sony");
            assertThat(read.getCountry()).isNull();
            assertThat(read.getTickers()).isEmpty();
        }
    }

    @Test
    void shouldReadSpecificDataAsGenericRecord() {
        byte[] bytes = SpecificAvroSerde.forClass(Company.class, CONFIG, false).serializer()
                .serialize("companies", company());
        try (GenericAvroSerde serde = new GenericAvroSerde()) {
            serde.configure(CONFIG, false);
            GenericRecord r = serde.deserializer().deserialize("companies", bytes);
            assertThat(r.get("name").toString()).isEqualTo("Microsoft");
            assertThat(r.getSchema()).isEqualTo(Company.getClassSchema());
        }
    }

    @Test
    void shouldFindSpecificClassFromWriterSchemaWithSpecificReaderFlag() {
        byte[] bytes = new WireAvroSerializer(null, CONFIG, true).serialize("companies", company());
        Map<String, Object> cfg = new HashMap<>(CONFIG);
        cfg.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        Object read = new WireAvroDeserializer(null, cfg, true).deserialize("companies", bytes);
        assertThat(read).isInstanceOf(Company.class).isEqualTo(company());
        assertThat(registry().getAllSubjects()).containsExactly("companies-key");
    }

    @Test
    void shouldNameTopicUnknownMagicByteInError() {
        WireAvroDeserializer d = new WireAvroDeserializer(null, CONFIG, false);
        assertThatThrownBy(() -> d.deserialize("news.articles", new byte[] {1, 0, 0, 0, 1, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.articles").hasMessageContaining("magic byte 0x01");
    }

    @Test
    void shouldNameTopicUnknownIdInError() {
        WireAvroDeserializer d = new WireAvroDeserializer(null, CONFIG, false);
        assertThatThrownBy(() -> d.deserialize("news.articles", new byte[] {0, 0, 0, 3, (byte) 0xE7, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.articles").hasMessageContaining("unknown schema id 999");
    }

    @Test
    void shouldNameTopicTruncatedPayloadInError() {
        byte[] full = new WireAvroSerializer(null, CONFIG, false).serialize("t", "hello");
        WireAvroDeserializer d = new WireAvroDeserializer(null, CONFIG, false);
        assertThatThrownBy(() -> d.deserialize("t", new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("'t'")
                .hasMessageContaining("truncated");
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 2);
        assertThatThrownBy(() -> d.deserialize("t", cut))
                .isInstanceOf(SerializationException.class).hasMessageContaining("'t'")
                .hasMessageContaining("truncated");
    }

    @Test
    void shouldRefuseUnregisteredSchemaWhenAutoRegisterIsOff() {
        Map<String, Object> cfg = new HashMap<>(CONFIG);
        cfg.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
        WireAvroSerializer s = new WireAvroSerializer(null, cfg, false);
        assertThatThrownBy(() -> s.serialize("companies", company()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("companies-value");
        registry().register("companies-value", Company.getClassSchema());
        assertThat(s.serialize("companies", company())).startsWith(0, 0, 0, 0, 1);
    }

    @Test
    void shouldAcceptConfluentSubjectStrategyClassNames() {
        Map<String, Object> cfg = new HashMap<>(CONFIG);
        cfg.put(AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "io.confluent.kafka.serializers.subject.RecordNameStrategy");
        new WireAvroSerializer(null, cfg, false).serialize("companies", company());
        cfg.put(AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, io.newspulse.serde.subject.TopicRecordNameStrategy.class);
        new WireAvroSerializer(null, cfg, false).serialize("companies", company());
        assertThat(registry().getAllSubjects())
                .containsExactly("companies-io.newspulse.avro.Company", "io.newspulse.avro.Company");
    }

    @Test
    void shouldUseLatestVersionIdWhenConfigured() {
        int id = registry().register("companies-value", Company.getClassSchema());
        Map<String, Object> cfg = new HashMap<>(CONFIG);
        cfg.put(AvroSerdeConfig.USE_LATEST_VERSION, true);
        cfg.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
        byte[] bytes = new WireAvroSerializer(null, cfg, false).serialize("companies", company());
        assertThat(java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    }
}
