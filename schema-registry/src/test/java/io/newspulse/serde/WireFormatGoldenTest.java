package io.newspulse.serde;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Byte vectors computed by hand from the Confluent wire format (magic 0, big-endian id) and the Avro binary
 * encoding (zig-zag varints, length-prefixed UTF-8 strings).
 */
class WireFormatGoldenTest {
    private static final Schema T = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"T\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"s\",\"type\":\"string\"}]}");
    private static final Schema STRING = Schema.create(Schema.Type.STRING);
    private static final Map<String, Object> CONFIG = Map.of("schema.registry.url", "http://unused");

    private final StubRegistryClient client = new StubRegistryClient(Map.of(258, T, 7, STRING));
    private final WireAvroSerializer serializer = new WireAvroSerializer(client, CONFIG, false);
    private final WireAvroDeserializer deserializer = new WireAvroDeserializer(client, CONFIG, false);

    private static GenericRecord t(int a, String s) {
        GenericRecord r = new GenericData.Record(T);
        r.put("a", a);
        r.put("s", s);
        return r;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void shouldWriteMagicBigEndianIdAndZigZagFields() {
        // id 258 = 0x00000102; a=1 -> zigzag 2; "hi" -> length 2 (zigzag 4), 'h' 'i'
        assertThat(serializer.serialize("t", t(1, "hi")))
                .containsExactly(bytes(0x00, 0x00, 0x00, 0x01, 0x02, 0x02, 0x04, 0x68, 0x69));
        // a=-3 -> zigzag 5; empty string -> length 0
        assertThat(serializer.serialize("t", t(-3, "")))
                .containsExactly(bytes(0x00, 0x00, 0x00, 0x01, 0x02, 0x05, 0x00));
    }

    @Test
    void shouldReadHandWrittenBytesWithMultiByteVarint() {
        // a=300 -> zigzag 600 = 0b100_1011000 -> 0xD8 0x04; s="é" -> UTF-8 C3 A9, length 2 (zigzag 4)
        Object value = deserializer.deserialize("t", bytes(0x00, 0x00, 0x00, 0x01, 0x02, 0xD8, 0x04, 0x04, 0xC3, 0xA9));
        GenericRecord r = (GenericRecord) value;
        assertThat(r.get("a")).isEqualTo(300);
        assertThat(r.get("s").toString()).isEqualTo("é");
    }

    @Test
    void shouldEncodeTopLevelPrimitiveString() {
        assertThat(serializer.serialize("t", "hi")).containsExactly(bytes(0x00, 0x00, 0x00, 0x00, 0x07, 0x04, 0x68, 0x69));
        assertThat(deserializer.deserialize("t", bytes(0x00, 0x00, 0x00, 0x00, 0x07, 0x04, 0x68, 0x69))).isEqualTo("hi");
    }

    @Test
    void shouldMapNullToNullBothWays() {
        assertThat(serializer.serialize("t", null)).isNull();
        assertThat(deserializer.deserialize("t", null)).isNull();
    }
}
