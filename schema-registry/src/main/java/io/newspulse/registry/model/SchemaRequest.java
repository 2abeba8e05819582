package io.newspulse.registry.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Body of a register / lookup / compatibility request.
 *
 * @param schemaType null means AVRO
 * @param metadata   {@code {"properties":{...}}} or null
 */
public record SchemaRequest(String schema, String schemaType, List<SchemaReference> references, JsonNode metadata) {

    public SchemaRequest {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A request carrying only the schema text. */
    public static SchemaRequest of(String schema) {
        return new SchemaRequest(schema, null, List.of(), null);
    }
}
