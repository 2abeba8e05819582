package io.newspulse.registry.model;

import java.util.List;

/** Content identity of a schema (type, canonical text, references): equal identities share one global id. */
public record SchemaIdentity(String schemaType, String schema, List<SchemaReference> references) {
}
