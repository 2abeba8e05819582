package io.newspulse.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import io.newspulse.registry.model.Errors;
import io.newspulse.registry.model.SchemaRequest;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.store.StoreCodec;

/** Converts between the registry's JSON request/response bodies and model objects. */
final class RegistryJson {
    private RegistryJson() {
    }

    /** Reads a register/lookup/compatibility body ({@code schema}, {@code schemaType}, {@code references}, {@code metadata}). */
    static SchemaRequest schemaRequest(JsonNode body) {
        JsonNode schema = body.get("schema");
        if (schema == null || schema.isNull()) {
            throw Errors.invalidSchema("the 'schema' field is required");
        }
        if (!schema.isTextual()) {
            throw Errors.unprocessable("The 'schema' field must be a string holding the schema JSON");
        }
        JsonNode refs = body.get("references");
        if (refs != null && !refs.isNull() && !refs.isArray()) {
            throw Errors.unprocessable("The 'references' field must be an array");
        }
        String type = body.hasNonNull("schemaType") ? body.get("schemaType").asText() : null;
        JsonNode metadata = body.hasNonNull("metadata") ? body.get("metadata") : null;
        return new SchemaRequest(schema.asText(), type, StoreCodec.parseReferences(refs), metadata);
    }

    /** {@code {"subject","version","id","schema"}} plus references/metadata when set. */
    static ObjectNode full(StoredSchema s) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("subject", s.subject());
        n.put("version", s.version());
        n.put("id", s.id());
        addContent(n, s);
        return n;
    }

    /** Adds schemaType (non-AVRO only), schema, references and metadata. */
    static ObjectNode addContent(ObjectNode n, StoredSchema s) {
        if (!"AVRO".equals(s.schemaType())) {
            n.put("schemaType", s.schemaType());
        }
        n.put("schema", s.schema());
        if (!s.references().isEmpty()) {
            n.set("references", StoreCodec.references(s.references()));
        }
        if (s.metadata() != null) {
            n.set("metadata", s.metadata());
        }
        return n;
    }
}
