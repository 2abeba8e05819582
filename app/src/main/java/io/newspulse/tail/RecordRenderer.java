package io.newspulse.tail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import io.newspulse.serde.WireAvroDeserializer;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Renders a raw record as one JSON line: Confluent-framed Avro (magic byte 0) is decoded through the registry,
 * JSON and UTF-8 text are shown as such, anything else as base64.
 */
public final class RecordRenderer implements AutoCloseable {
    private final WireAvroDeserializer avro;

    /** @param registryUrl schema registry URL, or null to show Avro payloads as base64 */
    public RecordRenderer(String registryUrl) {
        if (registryUrl == null) {
            avro = null;
        } else {
            avro = new WireAvroDeserializer();
            Map<String, Object> config = new HashMap<>();
            config.put("schema.registry.url", registryUrl);
            avro.configure(config, false);
        }
    }

    public String render(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("topic", record.topic());
        line.put("partition", record.partition());
        line.put("offset", record.offset());
        line.put("timestamp", record.timestamp());
        line.set("key", decode(record.topic(), record.key()));
        line.set("value", decode(record.topic(), record.value()));
        if (record.headers().toArray().length > 0) {
            ObjectNode headers = line.putObject("headers");
            for (Header header : record.headers()) {
                headers.set(header.key(), text(header.value()));
            }
        }
        return line.toString();
    }

    private JsonNode decode(String topic, byte[] bytes) {
        if (bytes == null) {
            return Json.mapper().nullNode();
        }
        if (avro != null && bytes.length >= 5 && bytes[0] == 0) {
            try {
                Object value = avro.deserialize(topic, bytes);
                return Json.mapper().readTree(GenericData.get().toString(value));
            } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
                return Json.mapper().getNodeFactory().textNode("<undecodable Avro: " + e.getMessage() + "> " + Base64.getEncoder().encodeToString(bytes));
            }
        }
        return text(bytes);
    }

    private static JsonNode text(byte[] bytes) {
        if (bytes == null) {
            return Json.mapper().nullNode();
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            String s = chars.toString();
            String trimmed = s.trim();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                try {
                    return Json.mapper().readTree(trimmed);
                } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                    // plain text that happens to start with a brace
                }
            }
            return Json.mapper().getNodeFactory().textNode(s);
        } catch (CharacterCodingException e) {
            return Json.mapper().getNodeFactory().textNode("base64:" + Base64.getEncoder().encodeToString(bytes));
        }
    }

    @Override
    public void close() {
        if (avro != null) {
            avro.close();
        }
    }
}
