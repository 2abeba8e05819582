package io.newspulse.registry.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import io.newspulse.registry.model.CompatibilityLevel;
import io.newspulse.registry.model.Mode;
import io.newspulse.registry.model.SchemaReference;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.model.SubjectConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON encoding of store keys and values, laid out like Confluent's {@code _schemas} records
 * ({@code {"keytype":"SCHEMA","subject":..,"version":..,"magic":1}}).
 */
public final class StoreCodec {
    private static final ObjectMapper MAPPER = Json.mapper();

    private StoreCodec() {
    }

    public static byte[] encodeKey(StoreKey key) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("keytype", key.type().name());
        if (key.subject() != null) {
            node.put("subject", key.subject());
        }
        if (key.version() != null) {
            node.put("version", key.version());
        }
        node.put("magic", key.type() == StoreKey.KeyType.SCHEMA ? 1 : 0);
        return bytes(node);
    }

    /** Decodes a key; returns null for key types this registry does not use (they are skipped). */
    public static StoreKey decodeKey(byte[] raw) throws IOException {
        JsonNode node = MAPPER.readTree(raw);
        String type = node.path("keytype").asText("");
        String subject = node.hasNonNull("subject") ? node.get("subject").asText() : null;
        switch (type) {
            case "SCHEMA":
                return StoreKey.schema(subject, node.path("version").asInt());
            case "CONFIG":
                return StoreKey.config(subject);
            case "MODE":
                return StoreKey.mode(subject);
            default:
                return null;
        }
    }

    public static byte[] encodeSchema(StoredSchema s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("subject", s.subject());
        node.put("version", s.version());
        node.put("id", s.id());
        if (!"AVRO".equals(s.schemaType())) {
            node.put("schemaType", s.schemaType());
        }
        node.put("schema", s.schema());
        if (!s.references().isEmpty()) {
            node.set("references", references(s.references()));
        }
        if (s.metadata() != null) {
            node.set("metadata", s.metadata());
        }
        node.put("deleted", s.deleted());
        return bytes(node);
    }

    public static StoredSchema decodeSchema(byte[] raw) throws IOException {
        JsonNode node = MAPPER.readTree(raw);
        List<SchemaReference> refs = parseReferences(node.get("references"));
        JsonNode metadata = node.hasNonNull("metadata") ? node.get("metadata") : null;
        String type = node.hasNonNull("schemaType") ? node.get("schemaType").asText() : "AVRO";
        return new StoredSchema(node.path("subject").asText(), node.path("version").asInt(), node.path("id").asInt(),
                type, node.path("schema").asText(), refs, metadata, node.path("deleted").asBoolean(false));
    }

    /** Renders references as the JSON array used on the wire and in the store. */
    public static ArrayNode references(List<SchemaReference> refs) {
        ArrayNode array = MAPPER.createArrayNode();
        for (SchemaReference r : refs) {
            ObjectNode ref = array.addObject();
            ref.put("name", r.name());
            ref.put("subject", r.subject());
            ref.put("version", r.version());
        }
        return array;
    }

    /** Parses a {@code references} array (null or missing gives an empty list). */
    public static List<SchemaReference> parseReferences(JsonNode array) {
        List<SchemaReference> refs = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode r : array) {
                refs.add(new SchemaReference(r.path("name").asText(), r.path("subject").asText(),
                        r.path("version").asInt(-1)));
            }
        }
        return refs;
    }

    /** A config record: {@code {"compatibilityLevel":..}} plus every Confluent config field that is set. */
    public static byte[] encodeConfig(SubjectConfig config) {
        return bytes(config.toJson(SubjectConfig.LEVEL_KEY, null));
    }

    public static byte[] encodeConfig(CompatibilityLevel level) {
        return encodeConfig(SubjectConfig.ofLevel(level));
    }

    public static SubjectConfig decodeConfig(byte[] raw) throws IOException {
        return SubjectConfig.fromJson(MAPPER.readTree(raw), SubjectConfig.LEVEL_KEY);
    }

    public static byte[] encodeMode(Mode mode) {
        return bytes(MAPPER.createObjectNode().put("mode", mode.name()));
    }

    public static Mode decodeMode(byte[] raw) throws IOException {
        return Mode.parse(MAPPER.readTree(raw).path("mode").asText());
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
