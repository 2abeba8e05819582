package io.newspulse.registry.model;

/** A reference from one schema to a named type registered under another subject/version. */
public record SchemaReference(String name, String subject, int version) {
}
