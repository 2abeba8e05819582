package io.newspulse.registry.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One (subject, version) entry: the global id, the canonical schema text, its references and optional metadata.
 *
 * @param metadata {@code {"properties":{...}}} object as sent by the client, or null
 */
public record StoredSchema(String subject, int version, int id, String schemaType, String schema,
                           List<SchemaReference> references, JsonNode metadata, boolean deleted) {

    public StoredSchema {
        references = references == null ? List.of() : List.copyOf(references);
        schemaType = schemaType == null ? "AVRO" : schemaType;
    }

    /** Identity of the schema content: same key means same global id. */
    public SchemaIdentity identity() {
        return new SchemaIdentity(schemaType, schema, references);
    }

    public StoredSchema withDeleted(boolean flag) {
        return new StoredSchema(subject, version, id, schemaType, schema, references, metadata, flag);
    }
}
