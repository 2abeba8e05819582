package io.newspulse.registry.client;

/** A registered subject version: global id, version number and schema text. */
public record SchemaMetadata(int id, int version, String subject, String schema) {
}
